import { z } from 'zod';
import { addDays, addHours, differenceInDays, formatISO, isValid, parseISO } from 'date-fns';
import type { AiActRulePack, IncidentClockKind } from './aiActTypes';
import { ENGLISH, tell, type Translate, type Wording } from '../shared/language';
import { EU_AI_ACT_RULE_PACK } from './euAiActRulePack';

/**
 * Reporting clocks of the incident register: EU AI Act serious incidents (Art. 73) and GDPR
 * personal-data breaches (Art. 33).
 *
 * The clock starts at awareness: an ISO timestamp (with offset, or without = local time), or a
 * date only (YYYY-MM-DD), meaning the start of that day in the user's local time zone.
 * - Day-based deadlines (15 / 10 / 2 days) are calendar days in local time: the deadline is the same
 *   local wall-clock time N days later, even when a daylight-saving change makes that 23 or 25 hours
 *   more or less than N x 24 h. This never moves a deadline to another day.
 * - Hour-based deadlines (GDPR 72 h) are exact elapsed hours.
 * Deadlines are counted from the moment of awareness (not from the end of that day), which is the
 * stricter reading.
 */
export const INCIDENT_CLOCK_RULE_EXPLANATION =
  'Day-based deadlines count calendar days in local time from the moment you became aware (a date without a time counts from the start of that day); the 72-hour GDPR deadline counts exact hours.';

export const SERIOUS_INCIDENT_TYPES = [
  'death',
  'widespreadInfringement',
  'criticalInfrastructure',
  'other',
] as const;
export type SeriousIncidentType = (typeof SERIOUS_INCIDENT_TYPES)[number];
export const SERIOUS_INCIDENT_TYPE_LABELS: Record<SeriousIncidentType, string> = {
  death: 'Death of a person',
  widespreadInfringement: 'Widespread infringement',
  criticalInfrastructure: 'Serious and irreversible disruption of critical infrastructure',
  other: 'Other serious incident (serious harm to health, fundamental rights, property or the environment)',
};

const CLOCK_FOR_TYPE: Record<SeriousIncidentType, IncidentClockKind> = {
  death: 'aiActDeath',
  widespreadInfringement: 'aiActWidespread',
  criticalInfrastructure: 'aiActWidespread',
  other: 'aiActOther',
};

export interface IncidentClockInput {
  /** When the organisation became aware: ISO timestamp, or YYYY-MM-DD (start of that local day). */
  awareAt: string;
  /** The kind of serious incident under the EU AI Act; null/undefined = not a serious incident. */
  seriousIncidentType?: SeriousIncidentType | null;
  personalDataBreach?: boolean;
}

export interface IncidentDeadline {
  kind: IncidentClockKind;
  title: string;
  article: string;
  reportTo: string;
  /** ISO timestamp with the local offset, e.g. 2026-03-30T00:00:00+02:00. */
  deadline: string;
  /** Negative when overdue. */
  remainingMs: number;
  overdue: boolean;
  /** "3 days 4 h left", "Overdue by 5 h" (in the interface's language). */
  label: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The awareness moment as a Date; a date-only value is local midnight (not UTC midnight). */
export function parseAwareness(value: string): Date {
  const date = DATE_ONLY.test(value) || TIMESTAMP.test(value) ? parseISO(value) : new Date(Number.NaN);
  if (!isValid(date))
    throw new RangeError(`Awareness must be a date (YYYY-MM-DD) or an ISO timestamp, got "${value}"`);
  return date;
}

export const awarenessSchema = z
  .string()
  .refine((value) => (DATE_ONLY.test(value) || TIMESTAMP.test(value)) && isValid(parseISO(value)), {
    error: () => tell('Enter when you became aware as a date (YYYY-MM-DD) or a date and time'),
  });

/** The reporting deadlines that apply to an incident, with the time left at `now`. */
export function incidentDeadlines(
  incident: IncidentClockInput,
  now: Date,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): IncidentDeadline[] {
  const kinds: IncidentClockKind[] = [];
  if (incident.seriousIncidentType) kinds.push(clockKindFor(incident.seriousIncidentType));
  if (incident.personalDataBreach) kinds.push('gdprBreach');
  if (kinds.length === 0) return [];
  const awareAt = parseAwareness(incident.awareAt);
  return kinds.map((kind) => clockDeadline(kind, awareAt, now, pack));
}

/** The Art. 73 clock for a kind of serious incident. */
export function clockKindFor(type: SeriousIncidentType): IncidentClockKind {
  return CLOCK_FOR_TYPE[type];
}

/** One clock of the pack from the moment of awareness: its deadline and the time left at `now`. */
export function clockDeadline(
  kind: IncidentClockKind,
  awareAt: Date,
  now: Date,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): IncidentDeadline {
  const rule = pack.incidentClocks.find((clock) => clock.kind === kind);
  if (!rule) throw new Error(`Rule pack ${pack.id}@${pack.version} has no incident clock "${kind}"`);
  const deadline = rule.unit === 'days' ? addDays(awareAt, rule.amount) : addHours(awareAt, rule.amount);
  const remainingMs = deadline.getTime() - now.getTime();
  return {
    kind,
    title: rule.title,
    article: rule.article,
    reportTo: rule.reportTo,
    deadline: formatISO(deadline),
    remainingMs,
    overdue: remainingMs < 0,
    label: timeLeftLabel(deadline, now, { t: tell }),
  };
}

/** "3 days 4 h left", "5 h 12 min left", "Overdue by 5 h", "Due now" (in `words`' language). Days are local calendar days. */
export function timeLeftLabel(deadline: Date, now: Date, words: Pick<Wording, 't'> = ENGLISH): string {
  const { t } = words;
  const ms = deadline.getTime() - now.getTime();
  if (Math.abs(ms) < 60_000)
    return t(ms < 0 ? 'Overdue by less than a minute' : ms === 0 ? 'Due now' : 'Less than a minute left');
  const span = ms > 0 ? describeSpan(now, deadline, t) : describeSpan(deadline, now, t);
  return ms > 0 ? t('{{span}} left', { span }) : t('Overdue by {{span}}', { span });
}

/** Whole local days, then hours, then minutes (rounded down) between two moments, `from` <= `to`. */
function describeSpan(from: Date, to: Date, t: Translate): string {
  const days = differenceInDays(to, from);
  const restMinutes = Math.max(0, Math.floor((to.getTime() - addDays(from, days).getTime()) / 60_000));
  const hours = Math.floor(restMinutes / 60);
  const minutes = restMinutes % 60;
  const h = t('h');
  if (days > 0) return `${t('{{count}} days', { count: days })}${hours > 0 ? ` ${hours} ${h}` : ''}`;
  if (hours > 0) return `${hours} ${h}${minutes > 0 ? ` ${minutes} min` : ''}`;
  return `${minutes} min`;
}
