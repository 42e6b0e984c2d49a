import {
  incidentClockStates,
  type AiSystem,
  type Incident,
  type IncidentClockState,
} from '../../../domain/governance';
import { useT } from '../../../state/interfaceLanguage';

export const CLOCK_SHORT_TITLES: Record<IncidentClockState['kind'], string> = {
  aiActDeath: 'AI Act (10 days)',
  aiActWidespread: 'AI Act (2 days)',
  aiActOther: 'AI Act (15 days)',
  gdprBreach: 'GDPR (72 h)',
};

export function clockClass(clock: IncidentClockState): string {
  if (!clock.running) return clock.reportedOnTime ? 'clock clock--done' : 'clock clock--late';
  return clock.overdue ? 'clock clock--overdue' : 'clock clock--running';
}

/** The reporting clocks of an incident as small chips: red when overdue, wherever they appear. */
export function ClockChips({
  incident,
  now,
  systems,
  compact = false,
}: {
  incident: Incident;
  now: Date;
  systems: readonly AiSystem[];
  compact?: boolean;
}) {
  const t = useT();
  const clocks = incidentClockStates(incident, now, systems);
  if (clocks.length === 0) return <span className="muted">—</span>;
  return (
    <span className="clock-chips">
      {clocks.map((clock) => (
        <span key={clock.kind} className={clockClass(clock)}>
          <span className="clock__title">{t(CLOCK_SHORT_TITLES[clock.kind])}</span>{' '}
          {compact && !clock.running ? t(clock.reportedOnTime ? 'reported' : 'reported late') : clock.status}
        </span>
      ))}
    </span>
  );
}
