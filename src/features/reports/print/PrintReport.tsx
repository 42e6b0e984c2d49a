import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { reportPages, type ReportPage } from '../../../domain/reports';
import { reportView } from '../../../db/reports/sources';
import { db } from '../../../db/core/schema';
import { ReportSlide, type ReportView } from '../slides/ReportSlides';
import '../slides/slides.css';
import '../../../ui/slidePrint.css';
import { todayIso } from '../../../domain/shared/dates';
import { loadLanguage } from '../../../i18n/i18n';
import { reportLanguage } from '../reportLanguage';

/**
 * The print view of one report: every page at 1280 x 720, nothing else. Electron's printToPDF and
 * the browser's print dialog both print this route; it signals `data-print-ready` when drawn.
 */
export function PrintReport() {
  const { reportId } = useParams();
  const [params] = useSearchParams();
  const [state, setState] = useState<{ view: ReportView; pages: ReportPage[] } | { error: string } | null>(
    null,
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const report = reportId ? await db.reports.get(reportId) : undefined;
      if (!report) return setState({ error: 'This report does not exist.' });
      const view = await reportView(db, report, todayIso());
      if (!view) return setState({ error: 'The client of this report no longer exists.' });
      await loadLanguage(view.model.client.reportLanguage ?? 'en');
      const words = reportLanguage(view.model);
      if (!cancelled) setState({ view, pages: reportPages(view.model, view.slides, words) });
    })().catch((error: unknown) => setState({ error: String(error) }));
    return () => {
      cancelled = true;
    };
  }, [reportId]);

  useEffect(() => {
    if (!state || 'error' in state) return;
    const { t, period } = reportLanguage(state.view.model);
    document.title = `${state.view.model.client.name} - ${t('AI progress update')} - ${period}`;
    // Charts render synchronously (no animation); wait two frames for layout and fonts, then signal.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        void document.fonts.ready.then(() => {
          document.body.dataset.printReady = 'true';
          if (params.get('autoprint') === '1') window.print();
        });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [state, params]);

  if (!state) return null;
  if ('error' in state) return <p role="alert">{state.error}</p>;
  return (
    <div className="print-report">
      {state.pages.map((page, i) => (
        <ReportSlide
          key={i}
          page={page}
          view={state.view}
          pageNumber={i + 1}
          pageCount={state.pages.length}
        />
      ))}
    </div>
  );
}
