/**
 * Values JSON cannot carry exactly are written as one-key tagged objects and turned back on reading:
 * `{"$caio:date": "2026-05-01T10:00:00.000Z"}`, `{"$caio:bytes": "<base64>"}` (Uint8Array / ArrayBuffer),
 * `{"$caio:number": "NaN" | "Infinity" | "-Infinity" | "-0"}`, `{"$caio:undefined": true}` (so a stored
 * `undefined` property survives). Plain strings (ISO dates, data-URL images) need no tag.
 */

const DATE = '$caio:date';
const BYTES = '$caio:bytes';
const NUMBER = '$caio:number';
const UNDEFINED = '$caio:undefined';

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Builds an object from entries without ever touching a prototype (safe for keys like `__proto__`). */
export function objectFromEntries(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  return result;
}

export function encodeValue(value: unknown): unknown {
  if (value === undefined) return { [UNDEFINED]: true };
  if (typeof value === 'number' && Object.is(value, -0)) return { [NUMBER]: '-0' };
  if (typeof value === 'number' && !Number.isFinite(value)) return { [NUMBER]: String(value) };
  if (value instanceof Date) return { [DATE]: Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString() };
  if (value instanceof Uint8Array) return { [BYTES]: bytesToBase64(value) };
  if (value instanceof ArrayBuffer) return { [BYTES]: bytesToBase64(new Uint8Array(value)) };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value !== null && typeof value === 'object') return objectFromEntries(Object.entries(value).map(([k, v]) => [k, encodeValue(v)]));
  return value;
}

function tagOf(value: Record<string, unknown>): string | null {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0].startsWith('$caio:') ? keys[0] : null;
}

export class EncodingError extends Error {}

export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const tag = tagOf(record);
  if (tag !== null) {
    const payload = record[tag];
    if (tag === UNDEFINED) return undefined;
    if (tag === DATE && typeof payload === 'string') return new Date(payload === 'Invalid Date' ? NaN : payload);
    if (tag === NUMBER && (payload === 'NaN' || payload === 'Infinity' || payload === '-Infinity' || payload === '-0')) return Number(payload);
    if (tag === BYTES && typeof payload === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(payload)) return base64ToBytes(payload);
    throw new EncodingError(`Unreadable tagged value ${tag}`);
  }
  return objectFromEntries(Object.entries(record).map(([k, v]) => [k, decodeValue(v)]));
}

/** Decodes a record; undefined properties are kept as own properties, as IndexedDB would store them. */
export function decodeRecord(value: unknown): unknown {
  return decodeValue(value);
}
