import { format } from 'date-fns';
import {
  countRecords,
  generateLargeWorkspace,
  loadLargeWorkspace,
  type LargeWorkspaceOptions,
} from '../src/demo/large/workspace';
import { db } from '../src/db/core/schema';
import { setSetting, SETTING_KEYS } from '../src/db/core/settings';
import { REGISTERS } from '../src/domain/governance';
import { createBenchReport, createDraftReport } from './benchReport';
import { backupAvailable, timeBackup, timeRestore, timeRestoreFloor } from './backupSteps';
import { countRows, RAW_READS, type BenchTargets } from './rawReads';
import { drawAndPaint } from './drawFloors';
import { setUpVault } from '../src/db/vault/vault';
import { syncBench } from './syncSteps';

/**
 * The benchmark's in-page helpers, on `window.caioBench` of the loader page only (this page is built
 * apart from the app: see vite.config.ts here). The runner calls them with Playwright.
 */

/** Generates the workspace dated relative to today (as the app sees it: overdue, due soon, this month's hours) and loads it. */
async function load(options: LargeWorkspaceOptions) {
  const t0 = performance.now();
  const workspace = generateLargeWorkspace({ today: format(new Date(), 'yyyy-MM-dd'), ...options });
  const t1 = performance.now();
  await db.open();
  await loadLargeWorkspace(db, workspace);
  await setSetting(db, SETTING_KEYS.welcomeDone, true);
  const t2 = performance.now();
  const report = await createBenchReport(db, workspace.facts.largestClientId);
  const draftReportId = await createDraftReport(db, workspace.facts.largestClientId);
  const targets: BenchTargets = { ...workspace.facts, reportId: report.reportId, draftReportId };
  const { largestClientId, heavyUseCaseId, largestRegister } = workspace.facts;
  const register = REGISTERS[largestRegister.registerId];
  const rowsOf = (table: string) => workspace.tables[table] as unknown as Record<string, unknown>[];
  return {
    targets,
    reportPages: report.pages,
    counts: countRecords(workspace),
    generateMs: t1 - t0,
    writeMs: t2 - t1,
    clientUseCases: rowsOf('useCases').filter((u) => u.clientId === largestClientId).length,
    heavyKpis: rowsOf('kpis').filter((k) => k.useCaseId === heavyUseCaseId).length,
    heavyMeasurements: rowsOf('kpiMeasurements').filter((m) => m.useCaseId === heavyUseCaseId).length,
    registerSlug: register.slug,
    registerTitle: register.title,
  };
}

function readOf(step: string) {
  const read = RAW_READS[step];
  if (!read) throw new Error(`No raw read for ${step}`);
  return read;
}

/** Runs one floor read; returns its time and the rows it read. */
async function raw(step: string, targets: BenchTargets) {
  const read = readOf(step);
  const start = performance.now();
  const rows = countRows(await read(db, targets));
  return { ms: performance.now() - start, rows };
}

/** The read-and-draw floor: the same read, then its rows drawn with plain DOM calls, up to the painted frame. */
async function drawn(step: string, targets: BenchTargets) {
  const read = readOf(step);
  const start = performance.now();
  await drawAndPaint(step, await read(db, targets));
  return { ms: performance.now() - start };
}

/** Builds the PPTX of the frozen report as the Export PPTX button does (the module is loaded once, before timing). */
async function pptx(reportId: string) {
  const { buildPptx } = await import('../src/features/reports/pptx/buildPptx');
  const report = await db.reports.get(reportId);
  if (!report?.snapshot) throw new Error('The benchmark report is not frozen');
  const start = performance.now();
  const bytes = await buildPptx(report.snapshot);
  return { ms: performance.now() - start, bytes: bytes.byteLength };
}

declare global {
  interface Window {
    caioBench: typeof api;
  }
}

/** Turns encryption on for the loaded workspace (every record encrypted in place, as the setup dialog does). */
async function encrypt(passphrase: string) {
  const start = performance.now();
  await setUpVault(db, passphrase);
  return { ms: performance.now() - start };
}

const api = {
  load,
  encrypt,
  raw,
  drawn,
  pptx,
  backupAvailable,
  backup: () => timeBackup(db),
  restore: () => timeRestore(db),
  restoreFloor: () => timeRestoreFloor(db),
  sync: syncBench,
  heapUsed: () =>
    (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
};

window.caioBench = api;
document.getElementById('status')!.textContent = 'Benchmark loader ready.';
document.body.dataset.ready = 'true';
