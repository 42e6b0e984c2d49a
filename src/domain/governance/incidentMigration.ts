import { INCIDENT_REGIME_DEFAULTS } from './registers/incidents';
import type { Incident } from './registers/recordTypes';

/**
 * Incidents written before the reporting regimes had their own fields (GDPR risk assessment,
 * Art. 34 communication, staged reports, AI Act assessment) get them on read, without a rewrite:
 * nothing assessed and nothing reported, except that an old record already notified to the
 * data-protection authority counts as assessed "a risk to people" (it was notified, so it was
 * notifiable). Stored values always win.
 */
export type IncidentRegimeFields = Pick<Incident, keyof typeof INCIDENT_REGIME_DEFAULTS>;

export function migrateIncident<T extends Partial<Incident>>(record: T): T & IncidentRegimeFields {
  const filled = { ...INCIDENT_REGIME_DEFAULTS, ...withoutUndefined(record) } as T & IncidentRegimeFields;
  if (
    record.gdprRisk === undefined &&
    record.personalDataBreach === true &&
    typeof record.gdprReportedAt === 'string'
  ) {
    return { ...filled, gdprRisk: 'risk' };
  }
  return filled;
}

function withoutUndefined<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}
