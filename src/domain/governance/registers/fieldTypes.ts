import { z } from 'zod';
import { isValid, parseISO } from 'date-fns';
import { isIsoDate } from '../localDates';
import { tell } from '../../shared/language';

/**
 * The vocabulary every register is described in. A register is data: its fields (label, kind,
 * options, validation) and a few record-level checks. One generic list and one generic form in the
 * UI render every register from these definitions.
 */

export const REGISTER_IDS = [
  'aiSystems',
  'privacyRecords',
  'raciEntries',
  'decisionRights',
  'escalationPaths',
  'incidents',
  'risks',
  'policies',
  'trainingRecords',
  'governanceDecisions',
  'governanceActions',
] as const;
export type RegisterId = (typeof REGISTER_IDS)[number];

/** What a `links` field can point to: another register, or the use cases of the portfolio. */
export type LinkTarget = RegisterId | 'useCases';

export type FieldKind =
  /** One line of text. */
  | 'text'
  | 'textarea'
  /** YYYY-MM-DD, a local calendar day. */
  | 'date'
  /** A moment, stored as an ISO timestamp with the local offset; edited as local date and time. */
  | 'datetime'
  | 'number'
  | 'select'
  /** Several values of a fixed list. */
  | 'multiselect'
  | 'boolean'
  /** One person (name and, optionally, role), with suggestions of people already in the registers. */
  | 'person'
  /** Several people. */
  | 'people'
  /** Free-text labels, e.g. departments. */
  | 'tags'
  /** Ids of records in other registers or use cases. */
  | 'links'
  /** Escalation steps: who, and within what time. */
  | 'steps';

export interface FieldOption {
  value: string;
  label: string;
}

export interface FieldDef {
  key: string;
  label: string;
  kind: FieldKind;
  /** The form section the field is shown in. */
  section: string;
  options?: readonly FieldOption[];
  /** For `links`: the registers (or use cases) the ids point to. */
  linkTo?: readonly LinkTarget[];
  hint?: string;
  /** Dates that plan ahead (review, due, refresh): a new value may not lie in the past. */
  notInPast?: boolean;
  /** Spans the whole form row (long texts, lists). */
  wide?: boolean;
  /** Suggestions for `tags` fields. */
  suggestions?: readonly string[];
}

export function options<const T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
): FieldOption[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

// ---- Field schemas shared by the registers ----

import { MAX_LONG_TEXT, MAX_SHORT_TEXT } from '../../shared/fieldLimits';

export { MAX_LONG_TEXT, MAX_SHORT_TEXT };

/**
 * The names of fields the validation messages use ("Enter the name of the system"), each translated when a
 * message is written (`tell`): listed here as the registers are defined, so the translation test can ask a
 * Dutch text for each.
 */
export const MESSAGE_FIELD_NAMES = new Set<string>();

/** The field's name in the interface's language, for a message written now. */
function named(label: string): () => string {
  MESSAGE_FIELD_NAMES.add(label);
  return () => tell(label);
}

const tooLong = (field: () => string, max: number) => ({
  error: () => tell('Keep the {{field}} under {{max}} characters', { field: field(), max }),
});

export function requiredText(label: string, max = MAX_SHORT_TEXT) {
  const field = named(label);
  const enter = { error: () => tell('Enter the {{field}}', { field: field() }) };
  return z.string(enter).trim().min(1, enter).max(max, tooLong(field, max));
}

export function optionalText(label: string, max = MAX_SHORT_TEXT) {
  const field = named(label);
  return z
    .string({ error: () => tell('The {{field}} must be text', { field: field() }) })
    .trim()
    .max(max, tooLong(field, max));
}

export const longText = (label: string) => optionalText(label, MAX_LONG_TEXT);

function realDate(label: string) {
  const field = named(label);
  return { error: () => tell('Enter the {{field}} as a real date', { field: field() }) };
}

export function dateField(label: string) {
  const message = realDate(label);
  return z.union([z.string().refine(isIsoDate, message), z.null()], message);
}

export function requiredDate(label: string) {
  const field = named(label);
  return z
    .string({ error: () => tell('Enter the {{field}}', { field: field() }) })
    .refine(isIsoDate, realDate(label));
}

const TIMESTAMP_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A moment with its offset (see `localDates.ts`); null = not known. */
export function timestampField(label: string) {
  const field = named(label);
  const message = { error: () => tell('Enter the {{field}} as a date and time', { field: field() }) };
  return z.union(
    [
      z.string().refine((value) => TIMESTAMP_WITH_OFFSET.test(value) && isValid(parseISO(value)), message),
      z.null(),
    ],
    message,
  );
}

export function enumField<const T extends readonly [string, ...string[]]>(
  values: T,
  labels: Record<T[number], string>,
  what: string,
) {
  const field = named(what);
  return z.enum(values, {
    error: () =>
      tell('Choose the {{field}}: {{options}}', {
        field: field(),
        options: values.map((v) => tell(labels[v as T[number]])).join(', '),
      }),
  });
}

export function multiEnumField<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  const field = named(what);
  return z
    .array(z.enum(values, { error: () => tell('Unknown {{field}}', { field: field() }) }))
    .transform((list) => [...new Set(list)]);
}

export const personField = (label: string) => optionalText(label);

/** A list of names or labels: each entry filled in and at most `length` long, at most `entries` of them. */
function listField(label: string, entry: (field: string) => string, length: number, entries: number) {
  const field = named(label);
  const fill = { error: () => entry(field()) };
  return z
    .array(
      z
        .string(fill)
        .trim()
        .min(1, fill)
        .max(length, {
          error: () =>
            tell('Keep each entry in {{field}} under {{max}} characters', { field: field(), max: length }),
        }),
    )
    .max(entries, {
      error: () => tell('Keep {{field}} under {{max}} entries', { field: field(), max: entries }),
    })
    .transform((list) => dedupe(list));
}
export const peopleField = (label: string) =>
  listField(label, (field) => tell('Enter a name in {{field}}', { field }), MAX_SHORT_TEXT, 200);
export const tagsField = (label: string) =>
  listField(label, (field) => tell('Enter each entry in {{field}}', { field }), 80, 100);
export const linksField = z.array(z.string().min(1)).transform((list) => [...new Set(list)]);

/** A whole number from 1 to 5, or null while not assessed. */
export function scoreField(label: string) {
  const field = named(label);
  const message = {
    error: () => tell('{{field}} must be a whole number from 1 to 5', { field: field() }),
  };
  return z.union([z.number(message).int(message).min(1, message).max(5, message), z.null()], message);
}

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = item.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Fields of every register record. */
export interface RegisterRecordBase {
  id: string;
  clientId: string;
  createdAt: string;
  updatedAt: string;
}

export type RegisterRecord = RegisterRecordBase & Record<string, unknown>;

/**
 * A problem with the record as a whole. It blocks a write that creates the record or changes
 * `field` or one of `related` (old data never blocks an unrelated edit).
 */
export interface RecordIssue {
  field: string;
  related?: readonly string[];
  message: string;
}

export interface CheckContext {
  today: string;
  /** The record is being created (not edited). */
  isNew: boolean;
  /** The fields being set by this write. */
  changed: ReadonlySet<string>;
}

export interface RegisterDefinition {
  id: RegisterId;
  /** URL segment, e.g. `ai-systems`. */
  slug: string;
  /** Plural, e.g. "AI systems". */
  title: string;
  singular: string;
  description: string;
  /** The zod schema of every editable field. */
  shape: Record<string, z.ZodType>;
  fields: readonly FieldDef[];
  sections: readonly string[];
  /** The field that names a record in lists, links and messages. */
  titleField: string;
  /** Columns of the list, by field key. */
  listColumns: readonly string[];
  /** Select fields offered as list filters. */
  filterFields: readonly string[];
  /** Fields asked when creating a record (the rest is filled in on the detail form). */
  createFields: readonly string[];
  /** Default sort of the list. */
  defaultSort: { field: string; direction: 'asc' | 'desc' };
  /** Values of a new record before the user's input. */
  defaults: (today: string) => Record<string, unknown>;
  /** Rules that involve several fields, e.g. detected after occurred. */
  checks?: (record: Record<string, unknown>, ctx: CheckContext) => RecordIssue[];
  /** Values that follow from an edit, e.g. closing an incident records the closing date. */
  derive?: (
    before: Record<string, unknown>,
    patch: Record<string, unknown>,
    today: string,
  ) => Record<string, unknown>;
}
