/**
 * Field names a record may carry. A record's own fields are identifiers (`useCaseId`, `createdAt`); keys
 * of nested objects (wizard answers `art5.a`, scores per id) are short text. Neither may name a prototype
 * slot or hold control characters: such names would break the documents and spreadsheets made from it.
 */

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_FIELD = 64;
const MAX_NESTED_KEY = 200;

function isIdentifier(name: string): boolean {
  if (name.length === 0 || name.length > MAX_FIELD) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x24;
    const digit = c >= 0x30 && c <= 0x39;
    if (!letter && !(digit && i > 0)) return false;
  }
  return true;
}

function isPlainKey(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NESTED_KEY) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) return false;
  }
  return true;
}

function shown(name: string): string {
  const printable = [...name.slice(0, 40)].map((ch) => (ch.charCodeAt(0) < 0x20 ? '?' : ch)).join('');
  return name.length > 40 ? `${printable}…` : printable;
}

/** Null when every field name of the record is acceptable; else the first bad name and where, in words. */
export function fieldNameProblem(record: Record<string, unknown>): string | null {
  for (const name of Object.keys(record)) {
    if (FORBIDDEN.has(name) || !isIdentifier(name))
      return `has a field named “${shown(name)}”, which is not a valid field name (letters, digits and _ only, up to ${MAX_FIELD} characters)`;
  }
  const stack: [unknown, string][] = Object.entries(record).map(([k, v]) => [v, k]);
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (value === null || typeof value !== 'object' || value instanceof Date || ArrayBuffer.isView(value))
      continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, `${path}[${i}]`]));
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (FORBIDDEN.has(key) || !isPlainKey(key))
        return `has a key “${shown(key)}” inside “${path}”, which is not allowed (no control characters, up to ${MAX_NESTED_KEY} characters, not __proto__)`;
      stack.push([child, `${path}.${key}`]);
    }
  }
  return null;
}
