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

const FIELD_LABELS: Record<string, string> = {
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

const CHARTER_LABELS: Record<string, string> = {
  ...CHARTER_ITEM_LABELS,
  budgetActual: 'Actual budget',
  vendorToolName: 'Vendor / tool',
  aiSystemName: 'AI system entry',
};

/** Fields whose changes say nothing the other entries do not (the history array follows `stage`). */
const HIDDEN_FIELDS = new Set(['stageHistory', 'updatedAt', 'createdAt']);

function shortValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : 'empty';
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

/** One line per change, or null for bookkeeping fields that are not shown. */
export function describeUseCaseChange(field: string, oldValue: unknown, newValue: unknown): string | null {
  if (HIDDEN_FIELDS.has(field)) return null;
  // An edit of one part of a field is logged under its path (`scores.impact`, `charter.hypothesis`).
  const [head, part] = field.split('.');
  if (head === 'scores' && part)
    return `${SCORE_LABELS[part as ScoreKey] ?? part} ${shortValue(oldValue)} → ${shortValue(newValue)}`;
  if (head === 'charter' && part)
    return `Charter: ${CHARTER_LABELS[part] ?? part} ${shortValue(oldValue)} → ${shortValue(newValue)}`;
  const before = (oldValue ?? {}) as Record<string, unknown>;
  const after = (newValue ?? {}) as Record<string, unknown>;
  switch (field) {
    case 'stage':
      return `Stage: ${STAGE_LABELS[oldValue as Stage] ?? shortValue(oldValue)} → ${STAGE_LABELS[newValue as Stage] ?? shortValue(newValue)}`;
    case 'riskTier':
      return `Risk tier: ${RISK_TIER_LABELS[oldValue as RiskTier] ?? shortValue(oldValue)} → ${RISK_TIER_LABELS[newValue as RiskTier] ?? shortValue(newValue)}`;
    case 'scores':
      return changedKeys(oldValue, newValue)
        .map((k) => `${SCORE_LABELS[k as ScoreKey] ?? k} ${shortValue(before[k])} → ${shortValue(after[k])}`)
        .join('; ');
    case 'charter':
      return `Charter: ${changedKeys(oldValue, newValue)
        .map((k) => `${CHARTER_LABELS[k] ?? k} ${shortValue(before[k])} → ${shortValue(after[k])}`)
        .join('; ')}`;
    case 'pilotLimitOverride':
      return newValue
        ? `Pilot limit overridden: ${shortValue((newValue as { reason?: string }).reason)}`
        : 'Pilot limit override cleared';
    default:
      return `${FIELD_LABELS[field] ?? field}: ${shortValue(oldValue)} → ${shortValue(newValue)}`;
  }
}

/** The name under which the history can be filtered: a field, or the group of a path (`scores.impact` is "Scores"). */
export function changeGroupOfUseCaseField(field: string): string {
  const [head] = field.split('.');
  if (head === 'scores') return 'Scores';
  if (head === 'charter') return 'Charter';
  if (head === 'pilotLimitOverride') return 'Pilot limit override';
  return FIELD_LABELS[field] ?? field;
}
