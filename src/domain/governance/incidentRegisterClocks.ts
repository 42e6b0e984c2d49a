import type { AiActRulePack } from './aiActTypes';
import { EU_AI_ACT_RULE_PACK } from './euAiActRulePack';
import { incidentDeadlines, type IncidentDeadline } from './incidentClocks';
import { formatTimestamp } from './registers/format';
import type { Incident } from './registers/recordTypes';

/**
 * The reporting clocks of an incident of the register: which apply, their deadline and time left,
 * and whether the report was made (which stops the clock) and on time.
 */

export interface IncidentClockState extends IncidentDeadline {
  /** When the report was made; null while the clock runs. */
  reportedAt: string | null;
  /** For a reported clock: made before the deadline. */
  reportedOnTime: boolean | null;
  /** "5 days 3 h left", "Overdue by 2 h", "Reported 3 Mar 2026, 14:00 (on time)". */
  status: string;
  /** Overdue and not reported: shown in red everywhere. */
  running: boolean;
}

type ClockFields = Pick<Incident, 'detectedAt' | 'aiActSerious' | 'aiActReportedAt' | 'personalDataBreach' | 'gdprReportedAt'>;

export function incidentClockStates(incident: ClockFields, now: Date, pack: AiActRulePack = EU_AI_ACT_RULE_PACK): IncidentClockState[] {
  if (!incident.detectedAt) return [];
  const deadlines = incidentDeadlines(
    {
      awareAt: incident.detectedAt,
      seriousIncidentType: incident.aiActSerious === 'no' ? null : incident.aiActSerious,
      personalDataBreach: incident.personalDataBreach,
    },
    now,
    pack,
  );
  return deadlines.map((deadline) => {
    const reportedAt = deadline.kind === 'gdprBreach' ? incident.gdprReportedAt : incident.aiActReportedAt;
    if (!reportedAt) return { ...deadline, reportedAt: null, reportedOnTime: null, status: deadline.label, running: true };
    const onTime = Date.parse(reportedAt) <= Date.parse(deadline.deadline);
    return {
      ...deadline,
      overdue: false,
      reportedAt,
      reportedOnTime: onTime,
      status: `Reported ${formatTimestamp(reportedAt)} (${onTime ? 'on time' : 'late'})`,
      running: false,
    };
  });
}

/** The clocks still running (not reported), for the calendar and the home screen. */
export function runningIncidentClocks(incident: ClockFields, now: Date): IncidentClockState[] {
  return incidentClockStates(incident, now).filter((clock) => clock.running);
}
