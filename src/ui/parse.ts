import { isValid, parseISO } from 'date-fns';
import { parseNumberInput as readNumber, type NumberKind } from '../domain/shared/numberInput';
import { currentLocale } from '../state/locale';
import { tell } from '../domain/shared/language';

/**
 * Raw form input into typed values, with messages a user understands. Numbers go through the one
 * reader (`domain/shared/numberInput.ts`) with the user's locale; `readAs` says how an input that
 * could be misread was read ("read as 12 000"), for the field to show.
 */

export type Parsed<T> = { ok: true; value: T; readAs?: string | null } | { ok: false; message: string };

export interface NumberFieldOptions {
  nullable?: boolean;
  label?: string;
  kind?: NumberKind;
  min?: number;
  max?: number;
}

export function parseNumberInput(raw: string, options: NumberFieldOptions = {}): Parsed<number | null> {
  const reading = readNumber(raw, { ...options, locale: currentLocale() });
  return reading.ok ? { ok: true, value: reading.value, readAs: reading.readAs } : reading;
}

/** The same, for a field that must hold a number. */
export function parseRequiredNumber(
  raw: string,
  options: Omit<NumberFieldOptions, 'nullable'> = {},
): Parsed<number> {
  const parsed = parseNumberInput(raw, options);
  if (parsed.ok && parsed.value === null)
    return {
      ok: false,
      message: tell('{{label}} is required', { label: options.label ?? tell('A number') }),
    };
  return parsed as Parsed<number>;
}

/** '' -> null; otherwise the YYYY-MM-DD value of a date input. */
export function parseDateInput(raw: string): Parsed<string | null> {
  if (raw.trim() === '') return { ok: true, value: null };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || !isValid(parseISO(raw)))
    return { ok: false, message: tell('Enter a real date') };
  return { ok: true, value: raw };
}

/** What a self-saving field shows for a parsed input: its error, how it was read, or nothing. */
export function verdictOf(parsed: Parsed<unknown>): string | null | { note: string } {
  if (!parsed.ok) return parsed.message;
  return parsed.readAs ? { note: parsed.readAs } : null;
}
