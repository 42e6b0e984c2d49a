import { tell } from './language';
/**
 * The one reader of numbers, money and percentages typed by the user, by the rules of their locale.
 * `12.000` is twelve thousand in nl-NL and de-DE and twelve in en-GB; `2,5` and `2.5` are both two and a
 * half anywhere (a group separator is always followed by three digits); `€ 1.250,50`, `1 250`, `150 EUR`
 * and `12%` are read. Whenever the reading depends on a rule (a separator that could mean either, or a
 * separator the locale does not use) the result says how it was read ("read as 12 000"), so nothing is
 * guessed silently; input that fits no rule is refused with a message naming the field.
 */

export type NumberKind = 'number' | 'integer' | 'money' | 'percent';

export interface NumberOptions {
  locale: string;
  kind?: NumberKind;
  /** The field's name in messages ("Budget"). */
  label?: string;
  /** Empty input is `null` instead of refused. */
  nullable?: boolean;
  min?: number;
  max?: number;
}

export type NumberReading =
  { ok: true; value: number | null; readAs: string | null } | { ok: false; message: string };

export interface Separators {
  decimal: string;
  group: string;
}

const SPACES = /[\s\u00a0\u202f]/g;
const CURRENCY =
  /^(€|eur|euro|euros|\$|usd|£|gbp|chf|fr\.?)\s*|\s*(€|eur|euro|euros|\$|usd|£|gbp|chf|fr\.?)$/i;

/** The locale's decimal and group separators (from Intl, so any locale works). */
export function separatorsOf(locale: string): Separators {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  } catch {
    parts = new Intl.NumberFormat('en-GB').formatToParts(12345.6);
  }
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = (parts.find((p) => p.type === 'group')?.value ?? ',').replace(SPACES, ' ');
  return { decimal, group };
}

/** A number written so no one can misread it: groups of three with a space, the locale's decimal mark. */
export function formatUnambiguous(value: number, locale: string): string {
  const { decimal } = separatorsOf(locale);
  const [whole, fraction] = Math.abs(value).toString().split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

function capitalised(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function example(locale: string, kind: NumberKind): string {
  const { decimal } = separatorsOf(locale);
  if (kind === 'integer') return '12';
  if (kind === 'percent') return `12${decimal}5%`;
  if (kind === 'money') return `1250${decimal}50`;
  return `12${decimal}5`;
}

interface Digits {
  value: number;
  /** Why the reading is worth telling the user (null = plain input). */
  notable: boolean;
}

/** Reads digits with at most one kind of decimal mark and group separators; null when it fits no rule. */
function readDigits(text: string, locale: string): Digits | 'ambiguous' | null {
  const { decimal, group } = separatorsOf(locale);
  const spaced = /^\d{1,3}( \d{3})+([.,]\d+)?$/.test(text);
  if (spaced) {
    const [whole, fraction] = text.split(/[.,]/);
    return { value: Number(`${whole!.replace(/ /g, '')}${fraction ? `.${fraction}` : ''}`), notable: true };
  }
  if (/ /.test(text)) return null;
  const text2 = text;
  const marks = [...text2.matchAll(/[.,]/g)].map((m) => m[0]);
  if (marks.length === 0) return /^\d+$/.test(text2) ? { value: Number(text2), notable: false } : null;
  const kinds = new Set(marks);
  if (kinds.size === 2) {
    // Both: the last one is the decimal mark, the other groups thousands ("1.250,50", "1,250.50").
    const last = marks.at(-1)!;
    const other = last === '.' ? ',' : '.';
    const pattern = new RegExp(`^\\d{1,3}(\\${other}\\d{3})+\\${last}\\d+$`);
    if (!pattern.test(text2) || marks.filter((m) => m === last).length > 1) return null;
    return { value: Number(text2.split(other).join('').replace(last, '.')), notable: last !== decimal };
  }
  const mark = marks[0]!;
  if (marks.length > 1) {
    // Repeated: only a group separator repeats ("1.000.000").
    return new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(text2)
      ? { value: Number(text2.split(mark).join('')), notable: true }
      : null;
  }
  const [before, after] = text2.split(mark) as [string, string];
  if (!/^\d*$/.test(before) || !/^\d+$/.test(after)) return null;
  const couldGroup = after.length === 3 && /^[1-9]\d{0,2}$/.test(before);
  if (!couldGroup) return { value: Number(`${before || '0'}.${after}`), notable: mark !== decimal };
  // "12.000" / "12,000": the locale decides; a mark the locale uses for neither is asked about.
  if (mark === decimal) return { value: Number(`${before}.${after}`), notable: true };
  if (mark === group || (group === ' ' && mark === ',' && decimal !== ','))
    return { value: Number(before + after), notable: true };
  return 'ambiguous';
}

export function parseNumberInput(raw: string, options: NumberOptions): NumberReading {
  const { locale, kind = 'number', nullable = false } = options;
  const label =
    options.label ??
    tell(kind === 'percent' ? 'The percentage' : kind === 'money' ? 'The amount' : 'The number');
  let text = raw.trim();
  if (text === '')
    return nullable
      ? { ok: true, value: null, readAs: null }
      : { ok: false, message: tell('{{label}} is required', { label: capitalised(label) }) };
  const negative = /^[-−]/.test(text);
  if (negative) text = text.slice(1).trim();
  if (kind === 'money') text = text.replace(CURRENCY, '').trim();
  if (kind === 'percent') text = text.replace(/\s*%$/, '');
  text = text.replace(SPACES, ' ');
  const digits = readDigits(text, locale);
  if (digits === 'ambiguous') {
    return {
      ok: false,
      message: tell(
        '{{label}} "{{raw}}" could be read two ways: write it without a thousands separator ({{plain}}) or with your decimal mark ({{decimal}})',
        {
          label: capitalised(label),
          raw: raw.trim(),
          plain: text.replace(/[.,]/, ''),
          decimal: text.replace(/[.,]/, separatorsOf(locale).decimal),
        },
      ),
    };
  }
  if (!digits || !Number.isFinite(digits.value)) {
    return {
      ok: false,
      message: tell('{{label}} must be a number, for example {{example}} (you wrote "{{raw}}")', {
        label: capitalised(label),
        example: example(locale, kind),
        raw: raw.trim(),
      }),
    };
  }
  const value = negative ? -digits.value : digits.value;
  if (kind === 'integer' && !Number.isInteger(value))
    return { ok: false, message: tell('{{label}} must be a whole number', { label: capitalised(label) }) };
  const min = options.min ?? (kind === 'percent' || kind === 'money' || kind === 'integer' ? 0 : undefined);
  const max = options.max ?? (kind === 'percent' ? 100 : undefined);
  const shown = (n: number) => `${formatUnambiguous(n, locale)}${kind === 'percent' ? '%' : ''}`;
  if (min !== undefined && value < min)
    return {
      ok: false,
      message: tell('{{label}} cannot be below {{min}} (you wrote "{{raw}}")', {
        label: capitalised(label),
        min: shown(min),
        raw: raw.trim(),
      }),
    };
  if (max !== undefined && value > max)
    return {
      ok: false,
      message: tell('{{label}} cannot be above {{max}} (read as {{value}})', {
        label: capitalised(label),
        max: shown(max),
        value: shown(value),
      }),
    };
  return {
    ok: true,
    value,
    readAs: digits.notable ? tell('read as {{value}}', { value: shown(value) }) : null,
  };
}
