/**
 * Change-history entries of a use case, in words ("Impact 3 → 4", "Stage: Pilot → Evaluation").
 */
import { CHARTER_ITEM_LABELS } from './charter';
import {
  RISK_TIER_LABELS,
  SCORE_LABELS,
  STAGE_LABELS,
  type RiskTier,
  type ScoreKey,
  type Stage,
} from './constants';
import { tell } from '../shared/language';

export const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  process: 'Business process / department',
  problemStatement: 'Problem statement',
  intendedUse: 'Intended use',
  outOfScopeUse: 'Out-of-scope use',
  users: 'Users',
  affectedPersons: 'Affected persons',
  businessOwner: 'Business owner',
  projectOwner: 'Project owner',
  sponsor: 'Sponsor',
  riskTier: 'Risk tier',
  stage: 'Stage',
};

export const CHARTER_LABELS: Record<string, string> = {
  ...CHARTER_ITEM_LABELS,
  budgetActual: 'Actual budget',
  vendorToolName: 'Vendor / tool',
  aiSystemName: 'AI system entry',
};

/** Fields whose changes say nothing the other entries do not (the history array follows `stage`). */
const HIDDEN_FIELDS = new Set(['stageHistory', 'updatedAt', 'createdAt']);

function shortValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return tell('empty');
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : tell('empty');
  if (typeof value === 'string') return value.length > 60 ? `“${value.slice(0, 57)}…”` : `“${value}”`;
  return String(value);
}

function changedKeys(oldValue: unknown, newValue: unknown): string[] {
  const before = (oldValue ?? {}) as Record<string, unknown>;
  const after = (newValue ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
}

/** A field's name in the interface's language (a field without a label keeps its own name). */
const label = (text: string | undefined, field: string) => (text ? tell(text) : field);
const change = (name: string, from: unknown, to: unknown) =>
  tell('{{field}} {{from}} → {{to}}', { field: name, from: shortValue(from), to: shortValue(to) });

/** One line per change, or null for bookkeeping fields that are not shown. */
export function describeUseCaseChange(field: string, oldValue: unknown, newValue: unknown): string | null {
  if (HIDDEN_FIELDS.has(field)) return null;
  // An edit of one part of a field is logged under its path (`scores.impact`, `charter.hypothesis`).
  const [head, part] = field.split('.');
  if (head === 'scores' && part)
    return change(label(SCORE_LABELS[part as ScoreKey], part), oldValue, newValue);
  if (head === 'charter' && part)
    return tell('Charter: {{changes}}', {
      changes: change(label(CHARTER_LABELS[part], part), oldValue, newValue),
    });
  const before = (oldValue ?? {}) as Record<string, unknown>;
  const after = (newValue ?? {}) as Record<string, unknown>;
  switch (field) {
    case 'stage':
      return tell('Stage: {{from}} → {{to}}', {
        from: STAGE_LABELS[oldValue as Stage] ? tell(STAGE_LABELS[oldValue as Stage]) : shortValue(oldValue),
        to: STAGE_LABELS[newValue as Stage] ? tell(STAGE_LABELS[newValue as Stage]) : shortValue(newValue),
      });
    case 'riskTier':
      return tell('Risk tier: {{from}} → {{to}}', {
        from: RISK_TIER_LABELS[oldValue as RiskTier]
          ? tell(RISK_TIER_LABELS[oldValue as RiskTier])
          : shortValue(oldValue),
        to: RISK_TIER_LABELS[newValue as RiskTier]
          ? tell(RISK_TIER_LABELS[newValue as RiskTier])
          : shortValue(newValue),
      });
    case 'scores':
      return changedKeys(oldValue, newValue)
        .map((k) => change(label(SCORE_LABELS[k as ScoreKey], k), before[k], after[k]))
        .join('; ');
    case 'charter':
      return tell('Charter: {{changes}}', {
        changes: changedKeys(oldValue, newValue)
          .map((k) => change(label(CHARTER_LABELS[k], k), before[k], after[k]))
          .join('; '),
      });
    case 'pilotLimitOverride':
      return newValue
        ? tell('Pilot limit overridden: {{reason}}', {
            reason: shortValue((newValue as { reason?: string }).reason),
          })
        : tell('Pilot limit override cleared');
    default:
      return tell('{{field}}: {{from}} → {{to}}', {
        field: label(FIELD_LABELS[field], field),
        from: shortValue(oldValue),
        to: shortValue(newValue),
      });
  }
}

/** The name under which the history can be filtered: a field, or the group of a path (`scores.impact` is "Scores"). */
export function changeGroupOfUseCaseField(field: string): string {
  const [head] = field.split('.');
  if (head === 'scores') return tell('Scores');
  if (head === 'charter') return tell('Charter');
  if (head === 'pilotLimitOverride') return tell('Pilot limit override');
  return label(FIELD_LABELS[field], field);
}
