import { USE_CASE_CSV_HEADER } from '../../../../src/domain/portfolio/csv';
import {
  GATE_DECISION_LABELS,
  HARD_FILTER_EFFECT_LABELS,
  KPI_UNITS,
  QUADRANT_LABELS,
  QUADRANT_PLURALS,
  RISK_TIER_LABELS,
  STAGE_LABELS,
} from '../../../../src/domain/portfolio/constants';
import { STOP_LABEL } from '../../../../src/domain/portfolio/scoring';
import { formatKpiValue } from '../../../../src/domain/portfolio/kpiRecords';
import { KPI_STATUS_WORDS } from '../../../../src/domain/reports/portfolioSection';
import { SLIDE_TITLES } from '../../../../src/domain/reports/slides';
import {
  DPA_STATUS_LABELS,
  EVALUATION_STATUS_LABELS,
  VENDOR_DECISION_LABELS,
} from '../../../../src/domain/vendors/constants';
import {
  ACTION_STATUS_LABELS,
  INCIDENT_STATUS_LABELS,
  RISK_TREATMENT_LABELS,
} from '../../../../src/domain/governance/registers/constants';
import { EFFECTIVE_STATUS_LABELS } from '../../../../src/domain/governance/systemFacts';
import { REGISTERS } from '../../../../src/domain/governance';
import { IDEA_OUTCOME_LABELS } from '../../../../src/domain/workshops/constants';
import { extraColumns } from '../../../../src/features/governance/registers/registerExtras';
import { EU_AI_ACT_OBLIGATIONS } from '../../../../src/domain/governance/euAiActObligations';
import { EU_AI_ACT_RULE_PACK } from '../../../../src/domain/governance/euAiActRulePack';
import { OVERSIGHT_SHORT } from '../../../../src/db/reports/governance';
import {
  KPI_STATUS_TEXT,
  OVERALL_STATUS_TEXT,
  SEVERITY_LABELS,
} from '../../../../src/features/reports/slides/statusLabels';
import {
  CONTROL_GAP_LABELS,
  CONTROL_STATUS_LABELS,
  FRAMEWORK_PACK,
  FRAMEWORKS,
  INCLUSION_REASON_LABELS,
  READINESS_DEFINITION,
  REQUIREMENT_STATUS_LABELS,
  SOA_COLUMNS,
} from '../../../../src/domain/controls';

/** The rule pack's obligation titles, with the variants for a provider or a deployer nested in a rule. */
function ruleTitles(rules: readonly object[]): string[] {
  return rules.flatMap((rule) =>
    Object.values(rule)
      .flatMap((value) =>
        typeof value === 'string'
          ? []
          : value && typeof value === 'object' && 'title' in value
            ? [String(value.title)]
            : [],
      )
      .concat('title' in rule ? [String(rule.title)] : []),
  );
}

/** Keys the code builds from label maps: what the report translates with `t(LABELS[value])`. */
/** The label maps the deliverables (board report, SoA, CSVs) translate with `t(LABELS[value])`. */
export const LABEL_KEYS = [
  ...Object.values(STAGE_LABELS),
  ...Object.values(RISK_TIER_LABELS),
  ...Object.values(QUADRANT_LABELS),
  ...Object.values(QUADRANT_PLURALS),
  STOP_LABEL,
  'Not scored',
  ...Object.values(GATE_DECISION_LABELS),
  ...Object.values(KPI_STATUS_WORDS),
  ...Object.values(KPI_STATUS_TEXT),
  ...Object.values(OVERALL_STATUS_TEXT),
  ...Object.values(SEVERITY_LABELS),
  ...Object.values(SLIDE_TITLES),
  ...Object.values(DPA_STATUS_LABELS),
  ...Object.values(EVALUATION_STATUS_LABELS),
  ...Object.values(VENDOR_DECISION_LABELS),
  ...Object.values(EFFECTIVE_STATUS_LABELS),
  ...Object.values(ACTION_STATUS_LABELS),
  ...Object.values(INCIDENT_STATUS_LABELS),
  ...Object.values(RISK_TREATMENT_LABELS),
  ...Object.values(OVERSIGHT_SHORT),
  ...KPI_UNITS.map((u) => formatKpiValue(0, u).replace(/^0\s?/, '').trim()).filter(Boolean),
  ...ruleTitles(EU_AI_ACT_OBLIGATIONS),
  ...EU_AI_ACT_RULE_PACK.incidentClocks.map((c) => c.title),
  // The Statement of Applicability: its columns and values, and the ISO/IEC 42001 Annex A controls it lists.
  ...SOA_COLUMNS.map((c) => c.label),
  ...['Yes', 'No', 'Not decided'],
  ...Object.values(INCLUSION_REASON_LABELS),
  ...Object.values(REQUIREMENT_STATUS_LABELS),
  ...Object.values(CONTROL_GAP_LABELS),
  ...Object.values(CONTROL_STATUS_LABELS),
  READINESS_DEFINITION,
  FRAMEWORK_PACK.notice,
  ...FRAMEWORKS.map((f) => f.shortName),
  ...FRAMEWORK_PACK.requirements
    .filter((r) => r.framework === 'iso42001' && r.kind === 'annexControl')
    .flatMap((r) => [r.group, r.title]),
  ...Object.values(IDEA_OUTCOME_LABELS),
  // The portfolio's CSV: its header, the hard filters and their effects.
  ...USE_CASE_CSV_HEADER,
  ...Object.values(HARD_FILTER_EFFECT_LABELS),
  ...['Prohibited practice', 'No business owner', 'No measurable KPI'],
  // The registers' CSV: every register's title, field labels and option labels, and the computed columns.
  ...Object.values(REGISTERS).flatMap((register) => [
    register.title,
    ...register.fields.flatMap((f) => [f.label, ...(f.options ?? []).map((o) => o.label)]),
    ...extraColumns(register.id, new Date()).map((e) => e.header),
  ]),
];
