import { useT } from '../../state/interfaceLanguage';
import './clients.css';

/** Hours used against the monthly agreement, as a number and a small bar (red when over). */
export function HoursMeter({ used, agreed }: { used: number; agreed: number | null }) {
  const t = useT();
  const rounded = Math.round(used * 100) / 100;
  if (!agreed)
    return <span className="hours-meter__text">{t('{{hours}} h · no agreement', { hours: rounded })}</span>;
  const share = used / agreed;
  const over = share > 1;
  return (
    <span className="hours-meter">
      <span className="hours-meter__text">{t('{{used}} of {{agreed}} h', { used: rounded, agreed })}</span>
      <span
        className="hours-meter__bar"
        role="meter"
        aria-label={t('Hours used this month')}
        aria-valuemin={0}
        aria-valuemax={agreed}
        aria-valuenow={rounded}
      >
        <span
          className={`hours-meter__fill ${over ? 'hours-meter__fill--over' : ''}`}
          style={{ width: `${Math.min(share, 1) * 100}%` }}
        />
      </span>
      {over && (
        <span className="hours-meter__over">
          {t('{{percent}}% over', { percent: Math.round((share - 1) * 100) })}
        </span>
      )}
    </span>
  );
}
