import { AlertTriangle, Check, Loader2 } from 'lucide-react';
import { describeRefused, refusedLabels, useSaveStatus } from '../state/saveStatus';
import { useT } from '../state/interfaceLanguage';

/**
 * Says, quietly, whether every edit is stored. Loud when a write failed; never "All changes saved"
 * while a refused value is on screen: then it says how many fields are not saved, and why.
 */
export function SaveIndicator() {
  const { pending, lastError, refused } = useSaveStatus();
  const t = useT();
  const unsaved = describeRefused(refused);
  if (lastError) {
    return (
      <p className="save-indicator save-indicator--error" role="alert">
        <AlertTriangle size={16} aria-hidden /> {lastError}
      </p>
    );
  }
  if (unsaved) {
    const count = Object.keys(refused).length;
    return (
      <p className="save-indicator save-indicator--warning" role="status" aria-live="polite" title={unsaved}>
        <AlertTriangle size={14} aria-hidden /> {t('{{count}} fields not saved', { count })}:{' '}
        <span className="save-indicator__why">
          {t('{{fields}}: the value is refused (see the message next to the field)', {
            fields: refusedLabels(refused),
          })}
        </span>
      </p>
    );
  }
  return (
    <p className="save-indicator" role="status" aria-live="polite">
      {pending > 0 ? (
        <>
          <Loader2 size={14} className="spin" aria-hidden /> {t('Saving…')}
        </>
      ) : (
        <>
          <Check size={14} aria-hidden /> {t('All changes saved')}
        </>
      )}
    </p>
  );
}
