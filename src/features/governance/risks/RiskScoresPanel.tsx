import { Link } from 'react-router';
import { RISK_LEVEL_LABELS, riskPosition, type Risk } from '../../../domain/governance';
import { governancePath } from '../registers/registerUi';

/** Where this risk sits on the heat map, before and after controls. */
export function RiskScoresPanel({ risk, clientId }: { risk: Risk; clientId: string }) {
  const rows = [
    { label: 'Before controls', position: riskPosition(risk, 'before') },
    { label: 'After controls', position: riskPosition(risk, 'after') },
  ];
  return (
    <section className="card" aria-labelledby="risk-scores">
      <div className="gov-card-head">
        <h2 id="risk-scores">Position on the heat map</h2>
        <Link to={governancePath(clientId, 'risks')}>Open the heat map</Link>
      </div>
      <div className="risk-scores">
        {rows.map(({ label, position }) => (
          <div key={label} className="risk-scores__item">
            <span className="muted">{label}</span>
            {position ? (
              <span className={`risk-level risk-level--${position.level}`}>
                {RISK_LEVEL_LABELS[position.level]} · likelihood {position.likelihood} × severity {position.severity} = {position.score}
              </span>
            ) : (
              <span className="muted">Not scored yet</span>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
