import { useState } from 'react';
import type { Report } from '../../domain/reports';
import { freezeReport } from '../../db/reports';
import { db } from '../../db/schema';
import { platform } from '../../platform';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import type { ReportView } from './slides/ReportSlides';

export function reportFileName(view: ReportView, extension: 'pdf' | 'pptx'): string {
  const client = (view.model.client.shortName || view.model.client.name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return `${client}-AI-update-${view.model.period.key}.${extension}`;
}

/**
 * Export to PDF (print view) or PPTX. The first export freezes the report as a snapshot, so every later
 * export of it is identical to what the board received.
 */
export function ExportButtons({ report, view }: { report: Report; view: ReportView & { frozen: boolean } }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (kind: 'pdf' | 'pptx') => {
    setBusy(true);
    setMessage(null);
    try {
      const frozen = await trackSave(freezeReport(db, report.id, view.model, view.deltas));
      const snapshot = frozen.snapshot!;
      const name = reportFileName(snapshot, kind);
      const result =
        kind === 'pdf'
          ? await platform.printToPdf({ suggestedName: name, route: `#/print/report/${report.id}` })
          : await platform.saveFile({
              suggestedName: name,
              data: await (await import('./pptx/buildPptx')).buildPptx(snapshot),
              filters: [{ name: 'PowerPoint presentation', extensions: ['pptx'] }],
            });
      if (result.saved) setMessage({ text: kind === 'pdf' && result.location === 'print dialog' ? 'Opened the print view: choose “Save as PDF”.' : `Saved ${result.location}`, error: false });
      else if (result.reason === 'failed') setMessage({ text: `Not saved: ${result.message ?? 'the file could not be written'}. Nothing was half-written; try another folder.`, error: true });
    } catch (err) {
      setMessage({ text: describeWriteError(err), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-buttons">
      <button type="button" className="button button--primary" disabled={busy} onClick={() => run('pdf')}>
        {view.frozen ? 'Re-export PDF' : 'Export PDF'}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => run('pptx')}>
        {view.frozen ? 'Re-export PPTX' : 'Export PPTX'}
      </button>
      {message && (
        <p className={message.error ? 'field__error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
