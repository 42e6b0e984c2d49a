import './clients.css';

/** Hours used against the monthly agreement, as a number and a small bar (red when over). */
export function HoursMeter({ used, agreed }: { used: number; agreed: number | null }) {
  const rounded = Math.round(used * 100) / 100;
  if (!agreed) return <span className="hours-meter__text">{rounded} h · no agreement</span>;
  const share = used / agreed;
  const over = share > 1;
  return (
    <span className="hours-meter">
      <span className="hours-meter__text">
        {rounded} of {agreed} h
      </span>
      <span
        className="hours-meter__bar"
        role="meter"
        aria-label="Hours used this month"
        aria-valuemin={0}
        aria-valuemax={agreed}
        aria-valuenow={rounded}
      >
        <span
          className={`hours-meter__fill ${over ? 'hours-meter__fill--over' : ''}`}
          style={{ width: `${Math.min(share, 1) * 100}%` }}
        />
      </span>
      {over && <span className="hours-meter__over">{Math.round((share - 1) * 100)}% over</span>}
    </span>
  );
}
