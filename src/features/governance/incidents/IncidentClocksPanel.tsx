import {
  INCIDENT_CLOCK_RULE_EXPLANATION,
  incidentRegimes,
  type AiSystem,
  type Incident,
} from '../../../domain/governance';
import { useNow } from '../useGovernance';
import { RegimeCard } from './RegimeCard';
import { useT } from '../../../state/interfaceLanguage';

/**
 * The two reporting regimes of one incident side by side, GDPR Art. 33/34 and EU AI Act Art. 73,
 * each with its own state and clock (live), counted from the incident's own awareness moment in
 * the user's time zone.
 */
export function IncidentClocksPanel({
  incident,
  systems,
}: {
  incident: Incident;
  systems: readonly AiSystem[];
}) {
  const t = useT();
  const now = useNow(15_000);
  const regimes = incidentRegimes(incident, systems, now);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <section className="card" aria-labelledby="regimes-title">
      <h2 id="regimes-title">{t('Reporting regimes')}</h2>
      <div className="regimes">
        {regimes.map((view) => (
          <RegimeCard key={view.regime} view={view} />
        ))}
      </div>
      <p className="field__hint">
        {t(INCIDENT_CLOCK_RULE_EXPLANATION)}{' '}
        {t(
          'Times are shown in your time zone ({{zone}}). A report made in stages stops the clock with its first part.',
          {
            zone,
          },
        )}
      </p>
    </section>
  );
}
