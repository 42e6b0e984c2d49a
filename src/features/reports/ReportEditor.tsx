import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { periodFromKey, reportPages, type Report } from '../../domain/reports';
import { periodLabelIn } from '../../domain/reports/period';
import { useInterfaceWording } from '../../state/interfaceLanguage';
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
import { LiveReportTexts } from './liveTexts';
import './reports.css';
import { useLanguageLoaded } from '../../i18n/useLanguageLoaded';
import { reportLanguage } from './reportLanguage';
import { todayIso } from '../../domain/shared/dates';

/** Edit one board update: choose and order slides, write the texts, preview, export. */
export function ReportEditor() {
  const { reportId } = useParams();
  const report = useLiveQuery(
    async () => (reportId ? ((await db.reports.get(reportId)) ?? null) : null),
    [reportId],
  );
  // Each saved keystroke re-reads the report: only the parts that show its texts follow them (see `liveTexts`).
  const stored = report ? (report.snapshot?.texts ?? report.texts) : null;
  // The same object while the texts are the same (ticking a slide re-reads them too).
  const textsKey = JSON.stringify(stored);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const texts = useMemo(() => stored, [textsKey]);
  return (
    <LiveReportTexts value={texts}>
      <EditorPage report={report} />
    </LiveReportTexts>
  );
}

/** The editor is drawn again when anything of its report but the texts (and the time of the edit) changed. */
const EditorPage = memo(ReportEditorPage, (before, after) => sameBesidesTexts(before.report, after.report));

function sameBesidesTexts(a: Report | null | undefined, b: Report | null | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('texts');
  keys.delete('updatedAt');
  const left = a as unknown as Record<string, unknown>;
  const right = b as unknown as Record<string, unknown>;
  return [...keys].every((k) => left[k] === right[k] || JSON.stringify(left[k]) === JSON.stringify(right[k]));
}

function ReportEditorPage({ report }: { report: Report | null | undefined }) {
  const client = useClient();
  const navigate = useNavigate();
  const [actualSize, setActualSize] = useState(false);
  const { lang, t } = useInterfaceWording();
  const today = todayIso();
  const view = useReportView(report ?? undefined, today);
  const languageLoaded = useLanguageLoaded(view?.model.client.reportLanguage ?? 'en');
  // The pages depend on the model and the slide choice, not the texts: unchanged slides keep their props.
  const pages = useMemo(
    () => (view ? reportPages(view.model, view.slides, reportLanguage(view.model)) : []),
    [view],
  );

  if (report === undefined || (report !== null && view === undefined) || !languageLoaded) return null;
  if (report === null || report.clientId !== client.id || !view) {
    return (
      <div className="empty-state">
        <p>{t('This report does not exist for {{client}}.', { client: client.name })}</p>
        <Link to="..">{t('Back to reports')}</Link>
      </div>
    );
  }
  const known = periodFromKey(report.periodKey);
  const period = known ? periodLabelIn(known, lang) : report.periodKey;

  return (
    <div className="page page--full">
      <PageHeader
        title={
          (report.version ?? 1) > 1
            ? t('Board update · {{period}} · version {{version}}', { period, version: report.version ?? 1 })
            : t('Board update · {{period}}', { period })
        }
        subtitle={
          view.frozen
            ? t('Exported and frozen: re-exports are identical to what was sent. {{count}} pages.', {
                count: pages.length,
              })
            : t('Draft · live from the registers · {{count}} pages', { count: pages.length })
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
                {t('Reopen as a new version')}
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
                {t('Delete draft')}
              </button>
            )}
          </>
        }
      />
      <div className="report-editor">
        <div className="report-editor__side">
          <SlideList reportId={report.id} slides={view.slides} frozen={view.frozen} model={view.model} />
          <ReportTextsForm reportId={report.id} frozen={view.frozen} model={view.model} />
        </div>
        <div className="report-editor__preview">
          <div className="report-editor__preview-bar">
            <h2>{t('Preview')}</h2>
            <label className="checkbox">
              <input type="checkbox" checked={actualSize} onChange={(e) => setActualSize(e.target.checked)} />{' '}
              {t('Actual size (1280 × 720)')}
            </label>
          </div>
          <SlidePreview pages={pages} view={view} actualSize={actualSize} />
        </div>
      </div>
    </div>
  );
}
