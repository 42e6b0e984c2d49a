import { Link } from 'react-router';
import { incidentClockStates, type AiSystem, type Incident } from '../../../domain/governance';
import { recordPath } from '../registers/registerUi';
import { clockClass } from './ClockChips';
import { formatDayTime } from '../../../domain/shared/dates';
import { useT } from '../../../state/interfaceLanguage';

/** Above the incident list: every reporting clock still running, most urgent first. */
export function RunningClocks({
  clientId,
  incidents,
  systems,
  now,
}: {
  clientId: string;
  incidents: Incident[];
  systems: readonly AiSystem[];
  now: Date;
}) {
  const t = useT();
  const running = incidents
    .filter((incident) => incident.status !== 'closed')
    .flatMap((incident) =>
      incidentClockStates(incident, now, systems)
        .filter((c) => c.running)
        .map((clock) => ({ incident, clock })),
    )
    .sort((a, b) => a.clock.remainingMs - b.clock.remainingMs);
  if (running.length === 0) return null;
  return (
    <section className="card" aria-labelledby="running-clocks">
      <h2 id="running-clocks">{t('Reporting clocks running')}</h2>
      <ul className="plain-list clock-list">
        {running.map(({ incident, clock }) => (
          <li key={`${incident.id}-${clock.kind}`} className={clockClass(clock)}>
            <Link to={recordPath(clientId, 'incidents', incident.id)}>{incident.title}</Link>
            <span>
              {t('{{clock}} ({{article}}) to {{authority}}', {
                clock: t(clock.title),
                article: t(clock.article),
                authority: t(clock.reportTo),
              })}
              {clock.state === 'toAssess' && ` · ${t('to assess')}`}
            </span>
            <span>
              {t('Deadline {{date}}', { date: formatDayTime(clock.deadline) })} ·{' '}
              <strong>{clock.status}</strong>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
