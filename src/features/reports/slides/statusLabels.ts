import type { KpiStatus } from '../../../domain/portfolio';
import type { OverallStatus } from '../../../domain/reports';
import { INCIDENT_STATUS_LABELS } from '../../../domain/governance/registers/constants';
import type { Translate } from '../../../domain/shared/language';

export const KPI_STATUS_TEXT: Record<KpiStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'no-data': 'No data',
};
/** An incident's severity as the report names it. */
export const SEVERITY_LABELS = {
  minor: 'Minor',
  serious: 'Serious',
  'very-serious': 'Very serious',
} as const;

/** An incident's status inside a line ("open", "in onderzoek"): the register's label, in the report's language. */
export function incidentStatus(status: string, t: Translate): string {
  const label = (INCIDENT_STATUS_LABELS as Record<string, string | undefined>)[status];
  return label ? t(label).toLowerCase() : status;
}

export const OVERALL_STATUS_TEXT: Record<OverallStatus, string> = {
  green: 'Green: on track',
  amber: 'Amber: attention needed',
  red: 'Red: action needed',
};
