import type { KpiStatus } from '../../../domain/portfolio';
import type { OverallStatus } from '../../../domain/reports';

export const KPI_STATUS_TEXT: Record<KpiStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'no-data': 'No data',
};
export const OVERALL_STATUS_TEXT: Record<OverallStatus, string> = {
  green: 'Green: on track',
  amber: 'Amber: attention needed',
  red: 'Red: action needed',
};
