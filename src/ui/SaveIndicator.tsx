import { AlertTriangle, Check, Loader2 } from 'lucide-react';
import { useSaveStatus } from '../state/saveStatus';

/** Says, quietly, whether every edit is stored. Loud only when a write failed. */
export function SaveIndicator() {
  const { pending, lastError } = useSaveStatus();
  if (lastError) {
    return (
      <p className="save-indicator save-indicator--error" role="alert">
        <AlertTriangle size={16} aria-hidden /> {lastError}
      </p>
    );
  }
  return (
    <p className="save-indicator" role="status" aria-live="polite">
      {pending > 0 ? (
        <>
          <Loader2 size={14} className="spin" aria-hidden /> Saving…
        </>
      ) : (
        <>
          <Check size={14} aria-hidden /> All changes saved
        </>
      )}
    </p>
  );
}
