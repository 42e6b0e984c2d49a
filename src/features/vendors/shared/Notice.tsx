import { AlertTriangle, CheckCircle2, Info, X } from 'lucide-react';
import { useT } from '../../../state/interfaceLanguage';

export type NoticeState = { tone: 'error' | 'warning' | 'success'; title: string; items: string[] } | null;

/** Messages after an action: why it was refused (error), what is still open (warning), or that it worked. */
export function Notice({ notice, onClose }: { notice: NoticeState; onClose?: () => void }) {
  const t = useT();
  if (!notice) return null;
  const Icon = notice.tone === 'error' ? AlertTriangle : notice.tone === 'warning' ? Info : CheckCircle2;
  return (
    <div className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <Icon size={18} aria-hidden />
      <div className="notice__body">
        <strong>{notice.title}</strong>
        {notice.items.length > 0 && (
          <ul>
            {notice.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
      </div>
      {onClose && (
        <button type="button" className="icon-button" aria-label={t('Dismiss message')} onClick={onClose}>
          <X size={16} aria-hidden />
        </button>
      )}
    </div>
  );
}

/** Inline list of reasons under a form (role alert so screen readers hear it). */
export function ErrorList({ id, reasons }: { id?: string; reasons: string[] }) {
  if (reasons.length === 0) return null;
  return (
    <div className="field__error" id={id} role="alert">
      {reasons.length === 1 ? (
        reasons[0]
      ) : (
        <ul className="error-list">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
