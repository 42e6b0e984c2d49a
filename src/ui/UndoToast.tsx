import { useEffect, useState } from 'react';
import { restoreRecord } from '../db/core/records';
import { db } from '../db/core/schema';
import { describeWriteError, trackSave } from '../state/saveStatus';
import { dismissUndo, useUndo } from '../state/undoStore';
import { useT } from '../state/interfaceLanguage';

/** How long a deletion can be undone from the toast (it stays in the change log afterwards). */
export const UNDO_WINDOW_MS = 12_000;

/** "Measurement deleted. Undo": puts the deleted record back, as it was, with the restore recorded. */
export function UndoToast() {
  const t = useT();
  const offer = useUndo((s) => s.offer);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!offer) return;
    setError(null);
    const timer = window.setTimeout(() => dismissUndo(offer.key), UNDO_WINDOW_MS);
    return () => window.clearTimeout(timer);
  }, [offer]);
  if (!offer) return null;
  const undo = () =>
    trackSave(restoreRecord(db, offer.deletionId)).then(
      () => dismissUndo(offer.key),
      (err: unknown) => setError(describeWriteError(err)),
    );
  return (
    <div className="undo-toast" role="status" aria-live="polite">
      <span>{error ?? offer.message}</span>
      <button type="button" className="button button--quiet undo-toast__action" onClick={() => void undo()}>
        {t('Undo')}
      </button>
      <button
        type="button"
        className="icon-button undo-toast__close"
        aria-label={t('Dismiss')}
        onClick={() => dismissUndo(offer.key)}
      >
        ×
      </button>
    </div>
  );
}
