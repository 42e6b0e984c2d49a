import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { db } from '../../db/core/schema';
import { exportedReportIds, previousExportedReport } from '../../db/reports/reports';
import { draftReportModel, type reportView } from '../../db/reports/sources';
import { compareReports } from '../../domain/reports';
import { withAllSlides, type Report } from '../../domain/reports/report';
import { reportLanguage } from './reportLanguage';

/**
 * What the editor shows of a report, as `reportView` computes it, but from parts that change apart: the
 * live model of the registers (read again only when they change, not when the report's own texts or
 * slides do), the previous export, the texts and the slide choice. Typing a headline then re-reads nothing
 * and redraws only the slides that show texts. Undefined while loading, null for a draft whose client is gone.
 */
export function useReportView(
  report: Report | undefined,
  today: string,
): Awaited<ReturnType<typeof reportView>> | undefined {
  const draft = report && !report.snapshot ? report : null;
  const clientId = draft?.clientId;
  const periodKey = draft?.periodKey;
  const id = draft?.id;
  const model = useLiveQuery(
    async () => (clientId && periodKey ? draftReportModel(db, { clientId, periodKey }, today) : null),
    [clientId, periodKey, today],
  );
  // The previous export changes only when a report is exported or removed: its keys (the `exportedAt` index,
  // keys only) are what is watched live. A live query of the client's reports would run again on every saved
  // keystroke in this draft (same client) and read every frozen snapshot of the client each time.
  const exportedIds = useLiveQuery(() => exportedReportIds(db), []);
  const [loaded, setLoaded] = useState<{
    of: unknown;
    key: string;
    report: Report | null;
    error?: unknown;
  }>();
  const key = `${id}|${clientId}`;
  useEffect(() => {
    if (!exportedIds) return;
    let current = true;
    const of = exportedIds;
    void (id && clientId ? previousExportedReport(db, { id, clientId }) : Promise.resolve(null)).then(
      (report) => {
        if (current) setLoaded({ of, key, report });
      },
      (error: unknown) => {
        if (current) setLoaded({ of, key, report: null, error });
      },
    );
    return () => {
      current = false;
    };
  }, [exportedIds, id, clientId, key]);
  if (loaded?.error) throw loaded.error;
  const previous = loaded && loaded.of === exportedIds && loaded.key === key ? loaded.report : undefined;
  const previousModel = previous?.snapshot?.model ?? null;
  const previousKey = previous ? `${previous.id}@${previous.exportedAt}` : '';
  const deltas = useMemo(
    () => (model ? compareReports(previousModel, model, reportLanguage(model)) : null),
    // The deltas follow the previous export by its id and time, not by the identity of each re-read copy.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, previousKey],
  );
  const slidesKey = JSON.stringify(draft?.slides ?? []);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const slides = useMemo(() => withAllSlides(draft?.slides ?? []), [slidesKey]);
  const texts = draft?.texts;
  return useMemo(() => {
    if (report === undefined) return undefined;
    if (report.snapshot) return { ...report.snapshot, frozen: true };
    if (model === undefined || previous === undefined) return undefined;
    if (model === null || !deltas || !texts) return null;
    return { model, deltas, texts, slides, frozen: false };
  }, [report, model, previous, deltas, texts, slides]);
}
