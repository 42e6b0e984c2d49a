import type { AiActRulePack } from './aiActTypes';
import { EU_AI_ACT_RULE_PACK } from './euAiActRulePack';
import { aiActRegime } from './incidentAiActRegime';
import type { IncidentDeadline } from './incidentClocks';
import { gdprRegime } from './incidentGdprRegime';
import { migrateIncident } from './incidentMigration';
import type { RegimeId, RegimeState, RegimeView } from './incidentRegimeTypes';
import type { AiSystem, Incident } from './registers/recordTypes';
import { formatDayTime } from '../shared/dates';
import { tell } from '../shared/language';

/**
 * The reporting regimes of an incident of the register (GDPR first, then the AI Act), and the
 * clocks they run: which apply, their deadline and time left, and whether the report was made
 * (which stops the clock) and on time. Records of an older shape are migrated on read.
 */

type SystemFacts = Pick<AiSystem, 'id' | 'name' | 'classification'>;

export function incidentRegimes(
  incident: Partial<Incident>,
  systems: readonly SystemFacts[],
  now: Date,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): [RegimeView, RegimeView] {
  const record = migrateIncident({ aiSystemIds: [], ...incident });
  return [gdprRegime(record, now, pack), aiActRegime(record, systems, now, pack)];
}

export interface IncidentClockState extends IncidentDeadline {
  regime: RegimeId;
  state: RegimeState;
  /** When the report was made; null while the clock runs. */
  reportedAt: string | null;
  /** For a reported clock: made before the deadline. */
  reportedOnTime: boolean | null;
  /** "5 days 3 h left", "Overdue by 2 h", "Reported 3 Mar 2026, 14:00 (on time)". */
  status: string;
  /** Not reported yet: counts down (red when overdue) everywhere. */
  running: boolean;
}

/** The clocks of the regimes that have a deadline (running, or reported). */
export function incidentClockStates(
  incident: Partial<Incident>,
  now: Date,
  systems: readonly SystemFacts[] = [],
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): IncidentClockState[] {
  return incidentRegimes(incident, systems, now, pack).flatMap((view): IncidentClockState[] => {
    if (
      !view.clock ||
      (view.state !== 'clockRunning' && view.state !== 'toAssess' && view.state !== 'reported')
    )
      return [];
    const base = { ...view.clock, regime: view.regime, state: view.state };
    if (view.state !== 'reported' || !view.reportedAt)
      return [{ ...base, reportedAt: null, reportedOnTime: null, status: view.clock.label, running: true }];
    return [
      {
        ...base,
        overdue: false,
        reportedAt: view.reportedAt,
        reportedOnTime: view.reportedOnTime,
        status: view.reportedOnTime
          ? tell('Reported {{date}} (on time)', { date: formatDayTime(view.reportedAt) })
          : tell('Reported {{date}} (late)', { date: formatDayTime(view.reportedAt) }),
        running: false,
      },
    ];
  });
}

/** The clocks still running (not reported), for the calendar and the home screen. */
export function runningIncidentClocks(
  incident: Partial<Incident>,
  now: Date,
  systems: readonly SystemFacts[] = [],
): IncidentClockState[] {
  return incidentClockStates(incident, now, systems).filter((clock) => clock.running);
}
