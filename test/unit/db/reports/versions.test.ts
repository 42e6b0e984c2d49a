import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import {
  createReport,
  freezeReport,
  previousExportedReport,
  reopenAsNewVersion,
  reportsForClient,
} from '../../../../src/db/reports/reports';
import { updateRecord } from '../../../../src/db/core/records';
import { liveReportModel } from '../../../../src/db/reports/sources';
import { compareReports, suggestTexts } from '../../../../src/domain/reports';
import { freshDb } from '../testDb';

describe('report versions: exports never trap the user', () => {
  it('a new report starts with its overall status unset; a draft stays editable until frozen', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const model = await liveReportModel(db, client, '2026-Q1', '2026-03-20');
    const report = await createReport(
      db,
      client.id,
      '2026-Q1',
      suggestTexts(model, compareReports(null, model)),
    );
    expect(report.texts.overallStatus).toBeNull();
    await updateRecord(db, 'reports', report.id, { 'texts.overallStatus': 'amber' });
    expect((await db.reports.get(report.id))!.texts.overallStatus).toBe('amber');
    expect((await db.reports.get(report.id))!.snapshot).toBeNull();
  });

  it('a frozen report reopens as a new version carrying every edit; both stay in the history; "since" compares with the last one sent', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const model = await liveReportModel(db, client, '2026-Q1', '2026-03-20');
    const first = await createReport(db, client.id, '2026-Q1', {
      ...suggestTexts(model, compareReports(null, model)),
      overallStatus: 'green',
    });
    await updateRecord(db, 'reports', first.id, {
      'texts.headlines.0': 'Edited headline',
      'texts.decisionsRequested': ['Approve the AUP'],
    });
    await expect(reopenAsNewVersion(db, first.id)).rejects.toThrow(/still a draft/);
    await freezeReport(db, first.id, model, compareReports(null, model));
    await expect(updateRecord(db, 'reports', first.id, { 'texts.headlines.0': 'x' })).rejects.toThrow(
      /Reopen it as a new version/,
    );

    const second = await reopenAsNewVersion(db, first.id);
    expect(second).toMatchObject({
      periodKey: '2026-Q1',
      version: 2,
      previousVersionId: first.id,
      snapshot: null,
      exportedAt: null,
    });
    expect(second.texts.headlines[0]).toBe('Edited headline');
    expect(second.texts.decisionsRequested).toEqual(['Approve the AUP']);
    expect(second.texts.overallStatus).toBe('green');
    expect((await db.reports.get(first.id))!.snapshot).not.toBeNull();
    expect((await reportsForClient(db, client.id)).map((r) => r.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect((await previousExportedReport(db, second))!.id).toBe(first.id);
  });
});
