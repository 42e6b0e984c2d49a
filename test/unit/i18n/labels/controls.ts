import {
  CLIENT_STATUS_LABELS,
  ENGAGEMENT_UNIT_LABELS,
  MATURITY_LABELS,
  REPORT_CADENCE_LABELS,
} from '../../../../src/domain/clients/client';
import {
  FRAMEWORK_PACK,
  FRAMEWORKS,
  MAPPING_STRENGTH_LABELS,
  REVIEW_OUTCOME_LABELS,
} from '../../../../src/domain/controls';

/** The label maps the clients, controls and reports screens translate with `t(LABELS[value])`. */
export const LABEL_KEYS = [
  // Clients: status, report cadence, the unit of the agreement, the maturity dimensions.
  ...Object.values(CLIENT_STATUS_LABELS),
  ...Object.values(REPORT_CADENCE_LABELS),
  ...Object.values(ENGAGEMENT_UNIT_LABELS),
  ...Object.values(MATURITY_LABELS),
  // Controls: the frameworks' names and descriptions, review outcomes, how closely a crosswalk maps.
  ...FRAMEWORKS.flatMap((f) => [f.name, f.shortName, f.description]),
  ...Object.values(REVIEW_OUTCOME_LABELS),
  ...Object.values(MAPPING_STRENGTH_LABELS),
  // The requirements shown with `requirementTitle` / `requirementGroup`, of every framework.
  ...FRAMEWORK_PACK.requirements.flatMap((r) => [r.title, r.group]),
];
