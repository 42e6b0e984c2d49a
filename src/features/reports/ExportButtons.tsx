import { useMemo, useState } from 'react';
import { suggestOverallStatus, type Report, type SlideConfig } from '../../domain/reports';
import { freezeReport } from '../../db/reports/reports';
import { db } from '../../db/core/schema';
import { platform } from '../../platform';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { OVERALL_STATUS_TEXT } from './slides/statusLabels';
import type { ReportView } from './slides/ReportSlides';
import { fileName, namePart } from '../../domain/shared/fileName';
import { useLiveTexts } from './liveTexts';
import { useT } from '../../state/interfaceLanguage';

export function reportFileName(view: Pick<ReportView, 'model'>, extension: 'pdf' | 'pptx'): string {
  const client = namePart(view.model.client.shortName || view.model.client.name);
  return fileName(`${client}-AI-update-${view.model.period.key}`, extension);
}

type Message = { text: string; error: boolean };

/**
 * Export to PDF (print view) or PPTX. The report is frozen only once the file has really been
 * written: on the desktop when the save reports a file, in a browser when the user confirms the file
 * was saved (a print dialog or a download cannot tell). A cancelled export changes nothing.
 */
export function ExportButtons({
  report,
  view: drawn,
}: {
  report: Report;
  view: ReportView & { frozen: boolean; slides: SlideConfig[] };
}) {
  // The texts as stored now (the editor does not redraw its page per keystroke; these buttons follow them).
  const texts = useLiveTexts();
  const view = useMemo(() => ({ ...drawn, texts }), [drawn, texts]);
  const [message, setMessage] = useState<Message | null>(null);
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<'pdf' | 'pptx' | null>(null);
  const needsStatus = !view.frozen && !view.texts.overallStatus;

  const freeze = async () => {
    await trackSave(freezeReport(db, report.id, view.model, view.deltas));
    setConfirming(null);
    setMessage({ text: t('Exported and frozen: this is the version the board received.'), error: false });
  };

  const run = async (kind: 'pdf' | 'pptx') => {
    setBusy(true);
    setMessage(null);
    setConfirming(null);
    try {
      const name = reportFileName(view, kind);
      const result =
        kind === 'pdf'
          ? await platform.printToPdf({ suggestedName: name, route: `#/print/report/${report.id}` })
          : await platform.saveFile({
              suggestedName: name,
              data: await (await import('./pptx/buildPptx')).buildPptx(view),
              filters: [{ name: t('PowerPoint presentation'), extensions: ['pptx'] }],
            });
      if (!result.saved) {
        if (result.reason === 'failed')
          setMessage({
            text: t('Not saved: {{reason}}. Nothing was half-written; try another folder.', {
              reason: result.message ?? t('the file could not be written'),
            }),
            error: true,
          });
        else setMessage({ text: t('Export cancelled: the report stays a draft.'), error: false });
        return;
      }
      if (view.frozen) {
        setMessage({ text: t('Saved {{location}}', { location: result.location ?? '' }), error: false });
        return;
      }
      const info = await platform.appInfo();
      if (info.platform === 'desktop') {
        await freeze();
        setMessage({
          text: t('Saved {{location}}. The report is frozen: this is the version the board received.', {
            location: result.location ?? '',
          }),
          error: false,
        });
      } else {
        setConfirming(kind);
        setMessage({
          text:
            kind === 'pdf'
              ? t('The print view is open: choose “Save as PDF” there.')
              : t('Downloading {{location}}.', { location: result.location ?? '' }),
          error: false,
        });
      }
    } catch (err) {
      setMessage({ text: describeWriteError(err), error: true });
    } finally {
      setBusy(false);
    }
  };

  const suggestion = suggestOverallStatus(view.model);
  return (
    <div className="export-buttons">
      <button
        type="button"
        className="button button--primary"
        disabled={busy || needsStatus}
        onClick={() => run('pdf')}
      >
        {t(view.frozen ? 'Re-export PDF' : 'Export PDF')}
      </button>
      <button type="button" className="button" disabled={busy || needsStatus} onClick={() => run('pptx')}>
        {t(view.frozen ? 'Re-export PPTX' : 'Export PPTX')}
      </button>
      {needsStatus && (
        <p className="field__hint" role="status">
          {t('Choose the overall status before exporting (suggested: {{status}}).', {
            status: t(OVERALL_STATUS_TEXT[suggestion.status]),
          })}
        </p>
      )}
      {confirming && (
        <div className="export-confirm" role="group" aria-label={t('Was the file saved?')}>
          <p>
            {t(
              'Was the {{kind}} file saved? Only then is the report frozen as the version the board received.',
              {
                kind: confirming === 'pdf' ? 'PDF' : 'PPTX',
              },
            )}
          </p>
          <button type="button" className="button button--primary" onClick={() => void freeze()}>
            {t('Yes, the file is saved: freeze the report')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setConfirming(null);
              setMessage({
                text: t('Not frozen: the report stays a draft. Export again when ready.'),
                error: false,
              });
            }}
          >
            {t('No, it was not saved')}
          </button>
        </div>
      )}
      {message && (
        <p className={message.error ? 'field__error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
