import { isValid, parseISO } from 'date-fns';

/** Parsing of raw form input into typed values, with messages a user understands. */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** '' -> null (when allowed); '1,5' and '1.5' -> 1.5; anything else numeric-looking is refused. */
export function parseNumberInput(raw: string, options: { nullable?: boolean; label?: string } = {}): Parsed<number | null> {
  const trimmed = raw.trim();
  if (trimmed === '') return options.nullable ? { ok: true, value: null } : { ok: false, message: `Enter ${options.label ?? 'a number'}` };
  const normalised = trimmed.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return { ok: false, message: `${options.label ? capitalise(options.label) : 'This'} must be a number` };
  return { ok: true, value: Number(normalised) };
}

/** '' -> null; otherwise the YYYY-MM-DD value of a date input. */
export function parseDateInput(raw: string): Parsed<string | null> {
  if (raw.trim() === '') return { ok: true, value: null };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || !isValid(parseISO(raw))) return { ok: false, message: 'Enter a real date' };
  return { ok: true, value: raw };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
