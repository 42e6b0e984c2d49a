/**
 * Small shared pieces of the portfolio area: date helpers, base schemas and the
 * structured validation result every validator returns.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { z } from 'zod';
import { tell } from '../shared/language';

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** A field's name inside a message, in the interface's language. */
const field = (label: string) => ({ field: tell(label) });

/** A date-only value, `YYYY-MM-DD`. */
export function isoDateSchema(fieldLabel: string) {
  return z.iso.date({ error: () => tell('{{field}} must be a valid date (YYYY-MM-DD)', field(fieldLabel)) });
}

/** A full ISO timestamp such as `2026-03-01T09:30:00.000Z`. */
export function timestampSchema(fieldLabel: string) {
  return z.iso.datetime({
    offset: true,
    error: () => tell('{{field}} must be a full ISO timestamp', field(fieldLabel)),
  });
}

/** A required identifier (uuid in practice; any non-empty string is accepted so imports never break). */
export function idSchema(fieldLabel: string) {
  const error = () => tell('{{field}} is required', field(fieldLabel));
  return z.string({ error }).min(1, { error });
}

/** A finite number, with a clear message for text, NaN or infinity. */
export function numberSchema(fieldLabel: string) {
  return z.number({ error: () => tell('{{field}} must be a number', field(fieldLabel)) });
}

/** Fields every stored record carries. */
/** A whole-number score from 1 to 5, or `null` while not yet scored. */
export function oneToFiveSchema(fieldLabel: string) {
  const message = () => tell('{{field}} must be a whole number from 1 to 5', field(fieldLabel));
  return z
    .number({ error: message })
    .int({ error: message })
    .min(1, { error: message })
    .max(5, { error: message })
    .nullable();
}

export const recordBaseShape = {
  id: idSchema('ID'),
  clientId: idSchema('Client'),
  createdAt: timestampSchema('Created at'),
  updatedAt: timestampSchema('Updated at'),
};

/** One problem with one field, in words a user understands. */
export interface FieldError {
  /** Dotted path of the field, e.g. `scores.impact`; empty for the record as a whole. */
  field: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Runs a zod schema and turns its issues into `FieldError`s. */
export function validateWith<T>(schema: z.ZodType<T>, input: unknown): ValidationResult<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}

/** True when a free-text field holds something other than whitespace. */
export function hasText(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Formats a number for messages: at most two decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}
