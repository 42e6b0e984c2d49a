import type { StoredRecord } from './format';
import type { ProblemCode } from './problems';
import { tableWords } from './tables';

/**
 * How a record is named in a message: its table in words, its id (or its place in the table when the id
 * is missing or not text), and its title when it has one. Never "undefined" or "[object Object]".
 */

const TITLE_FIELDS = [
  'title',
  'name',
  'decision',
  'activity',
  'role',
  'person',
  'question',
  'label',
  'summary',
  'description',
];

function short(text: string, max = 60): string {
  const clean = [...text]
    .map((ch) => (ch.charCodeAt(0) < 0x20 ? ' ' : ch))
    .join('')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export function recordTitleText(record: StoredRecord): string | null {
  for (const field of TITLE_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && value.trim()) return short(value);
  }
  return null;
}

/** Any value as short text for a message: strings as they are, anything else as JSON. */
export function shownValue(value: unknown, max = 60): string {
  if (typeof value === 'string') return short(value, max);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = typeof value;
  }
  return short(text, max);
}

export function keyText(key: unknown): string | null {
  if (typeof key === 'string' && key.length > 0) return short(key, 80);
  if (typeof key === 'number' && Number.isFinite(key)) return String(key);
  return null;
}

/** `engagement log record “e-1” (Kick-off)`, or `engagement log entry 3 (Kick-off)` when the id is unusable. */
export function recordLabel(table: string, record: StoredRecord, key: unknown, index: number): string {
  const id = keyText(key);
  const title = recordTitleText(record);
  const name = id ? `${tableWords(table)} record “${id}”` : `${tableWords(table)} entry ${index + 1}`;
  return title && title !== id ? `${name} (${title})` : name;
}

/** What the user can do about a record problem, by kind. */
export const ADVICE: Partial<Record<ProblemCode, string>> = {
  'missing-field': 'Export the file again from CAIO Desk, or use another copy.',
  'invalid-field': 'Correct the value in the app that made the file and export it again.',
  'bad-record': 'Use a backup or client file exported by CAIO Desk.',
  'tagged-record': 'Use a backup or client file exported by CAIO Desk.',
  'bad-tagged-value': 'Use another copy of the file; this value was changed or damaged.',
  'bad-field-name': 'Use a backup or client file exported by CAIO Desk; it never writes such field names.',
  'duplicate-id': 'Use another copy of the file; each record needs its own id.',
  'unknown-client': 'Export the whole workspace or the client again, so the client comes with its records.',
  'foreign-client': 'Export each client on its own; a client file may only hold one client.',
  'missing-reference':
    'Export the file again so the linked record comes with it, or remove the link before exporting.',
  'bad-image': 'Replace the image with a PNG or JPEG in the app that made the file, then export again.',
};

export function withAdvice(code: ProblemCode, message: string): string {
  const advice = ADVICE[code];
  return advice ? `${message} ${advice}` : message;
}
