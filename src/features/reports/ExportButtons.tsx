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
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<'pdf' | 'pptx' | null>(null);
  const needsStatus = !view.frozen && !view.texts.overallStatus;

  const freeze = async () => {
    await trackSave(freezeReport(db, report.id, view.model, view.deltas));
    setConfirming(null);
    setMessage({ text: 'Exported and frozen: this is the version the board received.', error: false });
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
              filters: [{ name: 'PowerPoint presentation', extensions: ['pptx'] }],
            });
      if (!result.saved) {
        if (result.reason === 'failed')
          setMessage({
            text: `Not saved: ${result.message ?? 'the file could not be written'}. Nothing was half-written; try another folder.`,
            error: true,
          });
        else setMessage({ text: 'Export cancelled: the report stays a draft.', error: false });
        return;
      }
      if (view.frozen) {
        setMessage({ text: `Saved ${result.location}`, error: false });
        return;
      }
      const info = await platform.appInfo();
      if (info.platform === 'desktop') {
        await freeze();
        setMessage({
          text: `Saved ${result.location}. The report is frozen: this is the version the board received.`,
          error: false,
        });
      } else {
        setConfirming(kind);
        setMessage({
          text:
            kind === 'pdf'
              ? 'The print view is open: choose “Save as PDF” there.'
              : `Downloading ${result.location}.`,
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
        {view.frozen ? 'Re-export PDF' : 'Export PDF'}
      </button>
      <button type="button" className="button" disabled={busy || needsStatus} onClick={() => run('pptx')}>
        {view.frozen ? 'Re-export PPTX' : 'Export PPTX'}
      </button>
      {needsStatus && (
        <p className="field__hint" role="status">
          Choose the overall status before exporting (suggested: {OVERALL_STATUS_TEXT[suggestion.status]}).
        </p>
      )}
      {confirming && (
        <div className="export-confirm" role="group" aria-label="Was the file saved?">
          <p>
            Was the {confirming === 'pdf' ? 'PDF' : 'PPTX'} file saved? Only then is the report frozen as the
            version the board received.
          </p>
          <button type="button" className="button button--primary" onClick={() => void freeze()}>
            Yes, the file is saved: freeze the report
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setConfirming(null);
              setMessage({
                text: 'Not frozen: the report stays a draft. Export again when ready.',
                error: false,
              });
            }}
          >
            No, it was not saved
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
