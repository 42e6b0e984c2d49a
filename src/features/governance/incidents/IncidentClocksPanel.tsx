import { Clock } from 'lucide-react';
import { INCIDENT_CLOCK_RULE_EXPLANATION, formatTimestamp, incidentClockStates, type Incident } from '../../../domain/governance';
import { useNow } from '../useGovernance';
import { clockClass } from './ClockChips';

/** The reporting clocks of one incident: deadline, time left (live), or when it was reported. */
export function IncidentClocksPanel({ incident }: { incident: Incident }) {
  const now = useNow(15_000);
  const clocks = incidentClockStates(incident, now);
  return (
    <section className="card" aria-labelledby="clocks-title">
      <h2 id="clocks-title">Reporting clocks</h2>
      {clocks.length === 0 ? (
        <p className="muted">
          No reporting clock runs: this incident is not marked as a serious incident under the EU AI Act, nor as a personal-data breach. Set either under “Serious incident and data breach” below if it is.
        </p>
      ) : (
        <ul className="clock-cards">
          {clocks.map((clock) => (
            <li key={clock.kind} className={`clock-card ${clockClass(clock)}`}>
              <Clock size={20} aria-hidden />
              <div>
                <h3>
                  {clock.title} <span className="muted">· {clock.article}</span>
                </h3>
                <p>Report to: {clock.reportTo}</p>
                <p>
                  Deadline: <strong>{formatTimestamp(clock.deadline)}</strong> (from detection, {formatTimestamp(incident.detectedAt!)})
                </p>
                <p className="clock-card__status">{clock.status}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="field__hint">{INCIDENT_CLOCK_RULE_EXPLANATION}</p>
    </section>
  );
}
