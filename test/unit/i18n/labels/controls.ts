import {
  CLIENT_STATUS_LABELS,
  ENGAGEMENT_UNIT_LABELS,
  MATURITY_LABELS,
  REPORT_CADENCE_LABELS,
} from '../../../../src/domain/clients/client';

/** The label maps the clients, controls and reports screens translate with `t(LABELS[value])`. */
export const LABEL_KEYS = [
  // Clients: status, report cadence, the unit of the agreement, the maturity dimensions.
  ...Object.values(CLIENT_STATUS_LABELS),
  ...Object.values(REPORT_CADENCE_LABELS),
  ...Object.values(ENGAGEMENT_UNIT_LABELS),
  ...Object.values(MATURITY_LABELS),
];
