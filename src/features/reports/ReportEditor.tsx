import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { periodFromKey, reportPages } from '../../domain/reports';
import { deleteReport, reopenAsNewVersion } from '../../db/reports/reports';
import { db } from '../../db/core/schema';
import { trackSave } from '../../state/saveStatus';
import { PageHeader } from '../../ui/PageHeader';
import { useClient } from '../clients/ClientLayout';
import { ExportButtons } from './ExportButtons';
import { ReportTextsForm } from './ReportTextsForm';
import { SlideList } from './SlideList';
import { SlidePreview } from './SlidePreview';
import { useReportView } from './useReportView';
import './reports.css';
import { useLanguageLoaded } from '../../i18n/useLanguageLoaded';
import { reportLanguage } from './reportLanguage';
import { todayIso } from '../../domain/shared/dates';

/** Edit one board update: choose and order slides, write the texts, preview, export. */
export function ReportEditor() {
  const client = useClient();
  const { reportId } = useParams();
  const navigate = useNavigate();
  const [actualSize, setActualSize] = useState(false);
  const report = useLiveQuery(
    async () => (reportId ? ((await db.reports.get(reportId)) ?? null) : null),
    [reportId],
  );
  const today = todayIso();
  const view = useReportView(report ?? undefined, today);
  const languageLoaded = useLanguageLoaded(view?.model.client.reportLanguage ?? 'en');

  if (report === undefined || (report !== null && view === undefined) || !languageLoaded) return null;
  if (report === null || report.clientId !== client.id || !view) {
    return (
      <div className="empty-state">
        <p>This report does not exist for {client.name}.</p>
        <Link to="..">Back to reports</Link>
      </div>
    );
  }
  const pages = reportPages(view.model, view.slides, reportLanguage(view.model));
  const period = periodFromKey(report.periodKey)?.label ?? report.periodKey;

  return (
    <div className="page page--full">
      <PageHeader
        title={`Board update · ${period}${(report.version ?? 1) > 1 ? ` · version ${report.version}` : ''}`}
        subtitle={
          view.frozen
            ? `Exported and frozen: re-exports are identical to what was sent. ${pages.length} pages.`
            : `Draft · live from the registers · ${pages.length} pages`
        }
        actions={
          <>
            <ExportButtons report={report} view={view} />
            {view.frozen && (
              <button
                type="button"
                className="button"
                onClick={async () => {
                  const next = await trackSave(reopenAsNewVersion(db, report.id));
                  navigate(`../${next.id}`, { relative: 'path' });
                }}
              >
                Reopen as a new version
              </button>
            )}
            {!view.frozen && (
              <button
                type="button"
                className="button button--danger"
                onClick={async () => {
                  await trackSave(deleteReport(db, report.id));
                  navigate('..', { relative: 'path' });
                }}
              >
                Delete draft
              </button>
            )}
          </>
        }
      />
      <div className="report-editor">
        <div className="report-editor__side">
          <SlideList report={report} slides={view.slides} frozen={view.frozen} model={view.model} />
          <ReportTextsForm report={report} texts={view.texts} frozen={view.frozen} model={view.model} />
        </div>
        <div className="report-editor__preview">
          <div className="report-editor__preview-bar">
            <h2>Preview</h2>
            <label className="checkbox">
              <input type="checkbox" checked={actualSize} onChange={(e) => setActualSize(e.target.checked)} />{' '}
              Actual size (1280 × 720)
            </label>
          </div>
          <SlidePreview pages={pages} view={view} actualSize={actualSize} />
        </div>
      </div>
    </div>
  );
}
