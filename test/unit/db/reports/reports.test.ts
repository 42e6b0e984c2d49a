import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import {
  createReport,
  exportedReportIds,
  freezeReport,
  previousExportedReport,
} from '../../../../src/db/reports/reports';
import { updateRecord } from '../../../../src/db/core/records';
import { liveReportModel, reportView } from '../../../../src/db/reports/sources';
import { compareReports, type ReportTexts } from '../../../../src/domain/reports';
import { saveConsultantField } from '../../../../src/db/consultant/profile';
import { freshDb } from '../testDb';

const texts: ReportTexts = {
  headlines: ['One', '', ''],
  overallStatus: 'green',
  decisionsRequested: [],
  nextSteps: [],
  notDoing: [],
};

describe('board reports in the database', () => {
  it('keeps quick edits of two text fields, refuses bad ones, and freezes on first export', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const report = await createReport(db, client.id, '2026-Q4', texts);
    await Promise.all([
      updateRecord(db, 'reports', report.id, { 'texts.headlines.0': 'Changed' }),
      updateRecord(db, 'reports', report.id, { 'texts.decisionsRequested': ['Approve X'] }),
    ]);
    expect((await db.reports.get(report.id))!.texts).toMatchObject({
      headlines: ['Changed', '', ''],
      decisionsRequested: ['Approve X'],
    });
    await expect(
      updateRecord(db, 'reports', report.id, { 'texts.headlines': ['a', 'b', 'c', 'd'] }),
    ).rejects.toThrow('At most three');
    await expect(
      updateRecord(db, 'reports', report.id, { slides: [{ kind: 'title', included: false }] }),
    ).rejects.toThrow('at least one slide');
    await expect(createReport(db, client.id, '2026-Q9', texts)).rejects.toThrow('Choose a month or quarter');

    const model = await liveReportModel(db, client, '2026-Q4', '2026-11-26');
    const frozen = await freezeReport(db, report.id, model, compareReports(null, model));
    expect(frozen.snapshot!.texts.headlines[0]).toBe('Changed');
    await expect(updateRecord(db, 'reports', report.id, { 'texts.headlines.0': 'x' })).rejects.toThrow(
      'frozen',
    );

    // The client changes afterwards; the frozen report does not.
    await db.clients.update(client.id, { name: 'Renamed' });
    const again = await freezeReport(
      db,
      report.id,
      await liveReportModel(db, (await db.clients.get(client.id))!, '2026-Q4', '2026-11-27'),
      compareReports(null, model),
    );
    expect(again.snapshot!.model.client.name).toBe('Brightside');
    expect((await reportView(db, again, '2026-12-01'))!.model.client.name).toBe('Brightside');
  });

  it('finds the previous exported report of the same client only', async () => {
    const db = await freshDb();
    const a = await createClient(db, { name: 'A' });
    const b = await createClient(db, { name: 'B' });
    const q3 = await createReport(db, a.id, '2026-Q3', texts);
    const otherClient = await createReport(db, b.id, '2026-Q3', texts);
    for (const r of [q3, otherClient]) {
      const m = await liveReportModel(db, (await db.clients.get(r.clientId))!, r.periodKey, '2026-09-30');
      await freezeReport(db, r.id, m, compareReports(null, m));
    }
    const q4 = await createReport(db, a.id, '2026-Q4', texts);
    expect((await previousExportedReport(db, q4))?.id).toBe(q3.id);
    const view = await reportView(db, q4, '2026-11-26');
    expect(view!.deltas.previousPeriod).toBe('Q3 2026');
  });

  it('watches the exported reports: not changed by editing a draft of the same client, changed by an export', async () => {
    const db = await freshDb();
    const a = await createClient(db, { name: 'A' });
    const q3 = await createReport(db, a.id, '2026-Q3', texts);
    const q4 = await createReport(db, a.id, '2026-Q4', texts);
    const results: string[] = [];
    const settled = () => new Promise((resolve) => setTimeout(resolve, 100));
    const subscription = liveQuery(() => exportedReportIds(db)).subscribe((ids) => results.push(ids.join()));
    await settled();
    for (const key of ['O', 'On', 'One'])
      await updateRecord(db, 'reports', q4.id, { 'texts.headlines.0': key });
    await updateRecord(db, 'reports', q4.id, { slides: [{ kind: 'title', included: true }] });
    await settled();
    expect(results).toEqual(['']);
    const m = await liveReportModel(db, a, q3.periodKey, '2026-09-30');
    await freezeReport(db, q3.id, m, compareReports(null, m));
    await settled();
    expect(results).toEqual(['', q3.id]);
    expect((await previousExportedReport(db, q4))?.id).toBe(q3.id);
    subscription.unsubscribe();
  });

  it('is prepared by the consultant of the profile, with title and contact (the role while no name is set)', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    expect((await liveReportModel(db, client, '2026-Q4', '2026-11-26')).preparedBy).toBe(
      'Fractional Chief AI Officer',
    );
    await saveConsultantField(db, 'name', 'Anna de Wit');
    await saveConsultantField(db, 'title', 'Fractional CAIO');
    await saveConsultantField(db, 'email', 'anna@dewit-advies.nl');
    expect((await liveReportModel(db, client, '2026-Q4', '2026-11-26')).preparedBy).toBe(
      'Anna de Wit, Fractional CAIO · anna@dewit-advies.nl',
    );
    // The consultant's logo goes on the title slide (the client's logo is the report's own).
    expect((await liveReportModel(db, client, '2026-Q4', '2026-11-26')).preparedByLogo).toBe('');
    const logo =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
    await saveConsultantField(db, 'logo', logo);
    expect((await liveReportModel(db, client, '2026-Q4', '2026-11-26')).preparedByLogo).toBe(logo);
  });
});
