import {
  AI_ACT_ROLE_LABELS,
  AI_ACT_TIER_LABELS,
  CALENDAR_KIND_LABELS,
  DPIA_CRITERIA,
  DPIA_RULE_EXPLANATION,
  EU_AI_ACT_RULE_PACK,
  GAP_KIND_LABELS,
  INCIDENT_CLOCK_RULE_EXPLANATION,
  REGIME_STATE_LABELS,
  REGISTERS,
  RISK_LEVEL_LABELS,
  UNTRAINED_REASON_LABELS,
} from '../../../../src/domain/governance';
import { EU_AI_ACT_OBLIGATIONS } from '../../../../src/domain/governance/euAiActObligations';
import { MESSAGE_FIELD_NAMES } from '../../../../src/domain/governance/registers/fieldTypes';
import { EFFECTIVE_STATUS_LABELS } from '../../../../src/domain/governance/systemFacts';
import { TOOLS_LIST_COLUMNS } from '../../../../src/features/governance/aiSystems/ApprovedToolsList';
import { WIZARD_STEPS } from '../../../../src/features/governance/classification/wizardSteps';
import { CLOCK_SHORT_TITLES } from '../../../../src/features/governance/incidents/ClockChips';
import { extraColumns } from '../../../../src/features/governance/registers/registerExtras';
import { REGISTER_PHRASES } from '../../../../src/features/governance/registers/registerPhrases';
import {
  LINK_TARGET_LABELS,
  REGISTER_NAV_LABELS,
} from '../../../../src/features/governance/registers/registerUi';
import { HISTORY_FIELD_LABELS } from '../../../../src/features/governance/registers/HistoryPanel';
import {
  HEAT_MAP_MODES,
  LIKELIHOOD_LABELS,
  SEVERITY_LABELS,
} from '../../../../src/features/governance/risks/RiskHeatMap';
import { TIER_LABELS, TIER_SHORT_LABELS } from '../../../../src/features/governance/TierBadge';

const pack = EU_AI_ACT_RULE_PACK;

/** The descriptions and notes of the obligations the wizard lists, with those of the variants nested in a rule. */
function obligationTexts(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    (key === 'description' || key === 'note') && typeof v === 'string' ? [v] : obligationTexts(v),
  );
}

/** The label maps the governance screens translate with `t(LABELS[value])`, and the texts of the register definitions. */
export const LABEL_KEYS = [
  // Every register's title, name of a record, description, form sections, fields, hints, options and suggestions.
  ...Object.values(REGISTERS).flatMap((register) => [
    register.title,
    register.singular,
    register.description,
    ...register.sections,
    ...register.fields.flatMap((f) => [
      f.label,
      ...(f.hint ? [f.hint] : []),
      ...(f.options ?? []).map((o) => o.label),
      ...(f.suggestions ?? []),
    ]),
    ...extraColumns(register.id, new Date()).map((e) => e.header),
    ...Object.values(REGISTER_PHRASES[register.id]),
  ]),
  // The names of fields inside validation messages ("Enter the name of the system").
  ...MESSAGE_FIELD_NAMES,
  'Overview',
  'Calendar',
  ...Object.values(REGISTER_NAV_LABELS),
  ...Object.values(LINK_TARGET_LABELS),
  ...Object.values(HISTORY_FIELD_LABELS),
  ...Object.values(TIER_LABELS),
  ...Object.values(TIER_SHORT_LABELS),
  ...Object.values(AI_ACT_TIER_LABELS),
  ...Object.values(AI_ACT_ROLE_LABELS),
  ...Object.values(RISK_LEVEL_LABELS),
  ...Object.values(EFFECTIVE_STATUS_LABELS),
  ...Object.values(CALENDAR_KIND_LABELS),
  ...Object.values(GAP_KIND_LABELS),
  ...Object.values(UNTRAINED_REASON_LABELS),
  ...Object.values(REGIME_STATE_LABELS),
  ...Object.values(CLOCK_SHORT_TITLES),
  ...TOOLS_LIST_COLUMNS.map((c) => c.what),
  ...DPIA_CRITERIA.flatMap((c) => [c.label, c.explanation]),
  DPIA_RULE_EXPLANATION,
  INCIDENT_CLOCK_RULE_EXPLANATION,
  ...LIKELIHOOD_LABELS,
  ...SEVERITY_LABELS,
  ...HEAT_MAP_MODES.map((m) => m.label),
  ...WIZARD_STEPS.flatMap((s) => [s.title, s.intro]),
  // The rule pack as the wizard, the incident clocks and the about screen show it.
  ...pack.incidentClocks.flatMap((c) => [c.title, c.reportTo, c.binds, c.scope, c.article]),
  'GDPR Art. 33, 34',
  'Art. 73; Art. 26(5)',
  ...pack.questions.flatMap((q) => [
    q.text,
    q.help,
    ...(q.finding ? [q.finding] : []),
    ...(q.options ?? []).map((o) => o.label),
  ]),
  ...pack.changeLog.flatMap((entry) => entry.changes),
  ...pack.sources.map((s) => s.title),
  pack.gpaiNote,
  ...obligationTexts(EU_AI_ACT_OBLIGATIONS),
  'Annex I',
  'Annex III',
  pack.disclaimer,
];
