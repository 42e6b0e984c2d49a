import { periodFromKey } from '../../domain/reports/period';
import { defaultSlides, type Report } from '../../domain/reports/report';
import type { ReportDeltas } from '../../domain/reports/deltas';
import type { ReportModel, ReportTexts } from '../../domain/reports/types';
import { ValidationError } from '../core/errors';
import { newId, nowIso } from '../core/ids';
import { deleteRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';

/** Board reports: drafts the user edits, frozen with a snapshot when first exported. */

/** Edits of texts and slides go through `updateRecord(db, 'reports', id, { 'texts.headlines.0': ... })`; a frozen report refuses them. */
export { FROZEN_MESSAGE } from '../core/recordRules';

export async function createReport(
  database: CaioDatabase,
  clientId: string,
  periodKey: string,
  texts: ReportTexts,
): Promise<Report> {
  if (!periodFromKey(periodKey))
    throw new ValidationError('Choose a month or quarter for the report', 'period');
  const now = nowIso();
  const report: Report = {
    id: newId(),
    clientId,
    periodKey,
    slides: defaultSlides(),
    texts,
    snapshot: null,
    exportedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await database.reports.add(report);
  return report;
}

/**
 * Reopens an exported report as its next version: a new draft of the same period that carries all
 * the exported texts and slide choices, while the exported one stays frozen in the history.
 */
export async function reopenAsNewVersion(database: CaioDatabase, id: string): Promise<Report> {
  return database.transaction('rw', database.reports, async () => {
    const report = await database.reports.get(id);
    if (!report) throw new ValidationError('This report no longer exists.');
    if (!report.snapshot)
      throw new ValidationError('Only an exported report can be reopened; this one is still a draft.');
    const now = nowIso();
    const next: Report = {
      id: newId(),
      clientId: report.clientId,
      periodKey: report.periodKey,
      slides: report.snapshot.slides.map((s) => ({ ...s })),
      texts: structuredClone(report.snapshot.texts),
      snapshot: null,
      exportedAt: null,
      version: (report.version ?? 1) + 1,
      previousVersionId: report.id,
      createdAt: now,
      updatedAt: now,
    };
    await database.reports.add(next);
    return next;
  });
}

/**
 * Freezes the report once its exported file has really been written (desktop: after the save; browser:
 * after the user confirms the file was saved). Later calls keep the first snapshot (exact re-export).
 */
export async function freezeReport(
  database: CaioDatabase,
  id: string,
  model: ReportModel,
  deltas: ReportDeltas,
): Promise<Report> {
  return database.transaction('rw', database.reports, async () => {
    const report = await database.reports.get(id);
    if (!report) throw new ValidationError('This report no longer exists.');
    if (report.snapshot) return report;
    const frozen: Report = {
      ...report,
      snapshot: { model, deltas, texts: report.texts, slides: report.slides },
      exportedAt: nowIso(),
      updatedAt: nowIso(),
    };
    await database.reports.put(frozen);
    return frozen;
  });
}

export function reportsForClient(database: CaioDatabase, clientId: string): Promise<Report[]> {
  return database.reports
    .where('[clientId+periodKey]')
    .between([clientId, ''], [clientId, '\uffff'])
    .reverse()
    .toArray();
}

/**
 * The report the board saw last: this client's most recently exported report (other than this one).
 * "Since the last report" compares with it, whatever period kind either report covers.
 */
export async function previousExportedReport(
  database: CaioDatabase,
  report: Pick<Report, 'id' | 'clientId'>,
): Promise<Report | null> {
  // Keys first, then only the exported reports: in a live query, a keystroke in the draft's texts (same
  // client, same keys) does not re-read this client's frozen snapshots.
  const [ofClient, exportedIds] = await Promise.all([
    database.reports
      .where('[clientId+periodKey]')
      .between([report.clientId, ''], [report.clientId, '\uffff'])
      .primaryKeys(),
    database.reports.where('exportedAt').above('').primaryKeys(),
  ]);
  const exportedSet = new Set(exportedIds);
  const ids = ofClient.filter((id) => id !== report.id && exportedSet.has(id));
  const exported = (await database.reports.bulkGet(ids)).filter((r): r is Report =>
    Boolean(r?.snapshot && r.exportedAt),
  );
  return exported.sort((a, b) => b.exportedAt!.localeCompare(a.exportedAt!))[0] ?? null;
}

/**
 * The ids of every exported report (keys only, from the `exportedAt` index). As a live query it runs again when
 * a report is exported, restored or deleted, and not when a draft is edited: what to watch for the previous export.
 */
export function exportedReportIds(database: CaioDatabase): Promise<string[]> {
  return database.reports.where('exportedAt').above('').primaryKeys();
}

export async function deleteReport(database: CaioDatabase, id: string): Promise<void> {
  await deleteRecord(database, 'reports', id);
}
