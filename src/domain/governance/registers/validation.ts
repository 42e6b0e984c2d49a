import type { CheckContext, RecordIssue, RegisterDefinition } from './fieldTypes';
import { fieldDef } from './registry';
import { tell } from '../../shared/language';

/**
 * Validation of register writes, field by field with the register's zod schemas, then the
 * record-level checks. Nothing invalid is ever returned as a value to store.
 */

export type FieldOutcome = { ok: true; value: unknown } | { ok: false; message: string };
export type WriteOutcome =
  { ok: true; values: Record<string, unknown> } | { ok: false; issues: RecordIssue[] };

export function validateFieldValue(register: RegisterDefinition, key: string, value: unknown): FieldOutcome {
  const schema = register.shape[key];
  if (!schema) return { ok: false, message: tell('This register has no field "{{field}}"', { field: key }) };
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? tell('This value is not valid') };
}

function pastDateIssues(
  register: RegisterDefinition,
  values: Record<string, unknown>,
  keys: Iterable<string>,
  today: string,
): RecordIssue[] {
  const issues: RecordIssue[] = [];
  for (const key of keys) {
    const field = fieldDef(register, key);
    const value = values[key];
    if (field?.notInPast && typeof value === 'string' && value < today) {
      issues.push({
        field: key,
        message: tell('{{field}} is in the past: choose today or a later date', { field: tell(field.label) }),
      });
    }
  }
  return issues;
}

function parseAll(
  register: RegisterDefinition,
  input: Record<string, unknown>,
): { values: Record<string, unknown>; issues: RecordIssue[] } {
  const values: Record<string, unknown> = {};
  const issues: RecordIssue[] = [];
  for (const [key, raw] of Object.entries(input)) {
    const result = validateFieldValue(register, key, raw);
    if (result.ok) values[key] = result.value;
    else issues.push({ field: key, message: result.message });
  }
  return { values, issues };
}

/** A new record: the register's defaults, then the user's input; every field is checked. */
export function validateNewRecord(
  register: RegisterDefinition,
  input: Record<string, unknown>,
  today: string,
): WriteOutcome {
  const { values, issues } = parseAll(register, { ...register.defaults(today), ...input });
  if (issues.length > 0) return { ok: false, issues };
  const changed = new Set(Object.keys(input));
  const ctx: CheckContext = { today, isNew: true, changed };
  const all = [
    ...pastDateIssues(register, values, changed, today),
    ...(register.checks?.(values, ctx) ?? []),
  ];
  return all.length > 0 ? { ok: false, issues: all } : { ok: true, values };
}

/**
 * An edit of some fields of an existing record. Returns the clean patch, including values that
 * follow from it (`derive`). Record-level checks only block when they involve a changed field, so
 * an old inconsistency never blocks an unrelated edit.
 */
export function validatePatch(
  register: RegisterDefinition,
  before: Record<string, unknown>,
  patch: Record<string, unknown>,
  today: string,
): WriteOutcome {
  const { values, issues } = parseAll(register, patch);
  if (issues.length > 0) return { ok: false, issues };
  const changedKeys = Object.keys(values).filter(
    (key) => JSON.stringify(values[key]) !== JSON.stringify(before[key]),
  );
  const full = { ...values, ...(register.derive?.(before, values, today) ?? {}) };
  const changed = new Set([...changedKeys, ...Object.keys(full).filter((key) => !(key in values))]);
  const merged = { ...before, ...full };
  const ctx: CheckContext = { today, isNew: false, changed };
  const relevant = (issue: RecordIssue) =>
    changed.has(issue.field) || (issue.related ?? []).some((key) => changed.has(key));
  const all = [
    ...pastDateIssues(register, full, changedKeys, today),
    ...(register.checks?.(merged, ctx) ?? []).filter(relevant),
  ];
  return all.length > 0 ? { ok: false, issues: all } : { ok: true, values: full };
}
