import { REGISTERS, RISK_LEVEL_LABELS } from '../../../../src/domain/governance';
import { EFFECTIVE_STATUS_LABELS } from '../../../../src/domain/governance/systemFacts';
import { extraColumns } from '../../../../src/features/governance/registers/registerExtras';
import { REGISTER_PHRASES } from '../../../../src/features/governance/registers/registerPhrases';
import {
  LINK_TARGET_LABELS,
  REGISTER_NAV_LABELS,
} from '../../../../src/features/governance/registers/registerUi';
import { HISTORY_FIELD_LABELS } from '../../../../src/features/governance/registers/HistoryPanel';
import { TIER_LABELS, TIER_SHORT_LABELS } from '../../../../src/features/governance/TierBadge';

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
  ...Object.values(REGISTER_NAV_LABELS),
  ...Object.values(LINK_TARGET_LABELS),
  ...Object.values(HISTORY_FIELD_LABELS),
  ...Object.values(TIER_LABELS),
  ...Object.values(TIER_SHORT_LABELS),
  ...Object.values(RISK_LEVEL_LABELS),
  ...Object.values(EFFECTIVE_STATUS_LABELS),
];
