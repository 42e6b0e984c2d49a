import { format } from 'date-fns';
import { createReport, freezeReport } from '../src/db/reports/reports';
import { updateRecord } from '../src/db/core/records';
import { reportView } from '../src/db/reports/sources';
import type { CaioDatabase } from '../src/db/core/schema';
import {
  periodContaining,
  previousPeriod,
  reportPages,
  SLIDE_KINDS,
  suggestTexts,
  type SlideConfig,
} from '../src/domain/reports';

/**
 * The report the export steps print: the largest client's report of the current period, with the
 * slides chosen (in their usual order, title first) so that it prints exactly `pages` pages, frozen
 * as the first export freezes it. Returns the report id and its page count.
 */
export async function createBenchReport(
  db: CaioDatabase,
  clientId: string,
  pages = 12,
): Promise<{ reportId: string; pages: number }> {
  const client = (await db.clients.get(clientId))!;
  const today = format(new Date(), 'yyyy-MM-dd');
  const period = periodContaining(today, client.reportCadence === 'monthly' ? 'month' : 'quarter');
  const draft = await createReport(db, clientId, period.key, {
    headlines: [],
    overallStatus: 'green',
    decisionsRequested: [],
    nextSteps: [],
    notDoing: [],
  });
  const live = (await reportView(db, draft, today))!;
  const pagesOf = SLIDE_KINDS.map((kind) => reportPages(live.model, [{ kind, included: true }]).length);
  const chosen = chooseSlides(pagesOf, pages);
  const slides: SlideConfig[] = SLIDE_KINDS.map((kind, i) => ({ kind, included: chosen.includes(i) }));
  await updateRecord(db, 'reports', draft.id, { slides });
  const texts = suggestTexts(live.model, live.deltas);
  await db.reports.update(draft.id, { texts });
  await freezeReport(db, draft.id, live.model, live.deltas);
  return { reportId: draft.id, pages: chosen.reduce((sum, i) => sum + pagesOf[i], 0) };
}

/** Indexes of slides whose page counts add up to `target` (title always in), or as close below it as possible. */
export function chooseSlides(pagesOf: number[], target: number): number[] {
  let best: number[] = [0];
  let bestSum = pagesOf[0];
  const search = (i: number, picked: number[], sum: number) => {
    if (sum > target) return;
    if (sum > bestSum) [best, bestSum] = [picked, sum];
    if (bestSum === target || i >= pagesOf.length) return;
    search(i + 1, [...picked, i], sum + pagesOf[i]);
    search(i + 1, picked, sum);
  };
  search(1, [0], pagesOf[0]);
  return best;
}

/** A draft report of the period before the frozen one, for the typing measure (the report editor with its previews). */
export async function createDraftReport(db: CaioDatabase, clientId: string): Promise<string> {
  const today = format(new Date(), 'yyyy-MM-dd');
  const before = previousPeriod(periodContaining(today, 'quarter'));
  const draft = await createReport(db, clientId, before.key, {
    headlines: [],
    overallStatus: 'green',
    decisionsRequested: [],
    nextSteps: [],
    notDoing: [],
  });
  return draft.id;
}
