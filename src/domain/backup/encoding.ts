/**
 * Values JSON cannot carry exactly are written as one-key tagged objects and turned back on reading:
 * `{"$caio:date": "2026-05-01T10:00:00.000Z"}`, `{"$caio:bytes": "<base64>"}` (Uint8Array / ArrayBuffer),
 * `{"$caio:number": "NaN" | "Infinity" | "-Infinity" | "-0"}`, `{"$caio:undefined": true}` (so a stored
 * `undefined` property survives). Plain strings (ISO dates, data-URL images) need no tag.
 */

import { isBase64 } from './scan';

const DATE = '$caio:date';
const BYTES = '$caio:bytes';
const NUMBER = '$caio:number';
const UNDEFINED = '$caio:undefined';

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
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
  for (const [key, value] of entries)
    Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  return result;
}

/**
 * The items of an array or the values of an object mapped by `map`; the value itself when no item changed,
 * so a record with nothing to tag or untag is not copied (a full backup or restore is mostly such records).
 */
function mapChildren(value: object, map: (child: unknown, key: string | number) => unknown): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      // A hole stays a hole (as `Array.prototype.map` keeps it).
      if (!(i in value)) {
        if (copy) copy.length = i + 1;
        continue;
      }
      const item = value[i] as unknown;
      const mapped = map(item, i);
      if (copy) copy.push(mapped);
      else if (mapped !== item) {
        copy = value.slice(0, i) as unknown[];
        copy.push(mapped);
      }
    }
    return copy ?? value;
  }
  const entries = Object.entries(value);
  let changed = false;
  const mapped = entries.map(([k, v]): [string, unknown] => {
    const m = map(v, k);
    if (m !== v) changed = true;
    return [k, m];
  });
  return changed ? objectFromEntries(mapped) : value;
}

export function encodeValue(value: unknown): unknown {
  if (value === undefined) return { [UNDEFINED]: true };
  if (typeof value === 'number' && Object.is(value, -0)) return { [NUMBER]: '-0' };
  if (typeof value === 'number' && !Number.isFinite(value)) return { [NUMBER]: String(value) };
  // An invalid Date has no moment to keep: written as null (a file never carries a date that cannot be read).
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { [DATE]: value.toISOString() };
  if (value instanceof Uint8Array) return { [BYTES]: bytesToBase64(value) };
  if (value instanceof ArrayBuffer) return { [BYTES]: bytesToBase64(new Uint8Array(value)) };
  if (value !== null && typeof value === 'object') return mapChildren(value, encodeValue);
  return value;
}

function tagOf(value: Record<string, unknown>): string | null {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0].startsWith('$caio:') ? keys[0] : null;
}

/** True for a one-key `{"$caio:…": …}` object: a tagged value, never a record. */
export function isTaggedValue(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    tagOf(value as Record<string, unknown>) !== null
  );
}

/** A tagged value that cannot be read; `path` is where it sits in the record, `reason` says why in words. */
export class EncodingError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path || 'the value'}: ${reason}`);
  }
}

/** A date a backup writer produced: `Date.toISOString()` output (YYYY-MM-DDTHH:mm:ss.sssZ) of a real day. */
function isIsoTimestamp(text: string): boolean {
  if (text.length < 20 || text.length > 30) return false;
  const time = Date.parse(text);
  return Number.isFinite(time) && new Date(time).toISOString() === text;
}

function decodeTagged(tag: string, payload: unknown, path: string): unknown {
  if (tag === UNDEFINED) {
    if (payload !== true) throw new EncodingError(path, `“${UNDEFINED}” must be true`);
    return undefined;
  }
  if (tag === DATE) {
    if (typeof payload !== 'string' || !isIsoTimestamp(payload))
      throw new EncodingError(
        path,
        `the date “${String(payload).slice(0, 40)}” is not a valid date and time (expected e.g. 2026-05-01T09:30:00.000Z)`,
      );
    return new Date(payload);
  }
  if (tag === NUMBER) {
    if (payload === 'NaN' || payload === 'Infinity' || payload === '-Infinity' || payload === '-0')
      return Number(payload);
    throw new EncodingError(
      path,
      `“${String(payload).slice(0, 40)}” is not one of NaN, Infinity, -Infinity or -0`,
    );
  }
  if (tag === BYTES) {
    if (typeof payload === 'string' && isBase64(payload)) return base64ToBytes(payload);
    throw new EncodingError(path, 'the binary data is not valid base64');
  }
  throw new EncodingError(path, `“${tag.slice(0, 40)}” is not a kind of value CAIO Desk writes`);
}

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

export function decodeValue(value: unknown, path = ''): unknown {
  if (!isObject(value)) return value;
  // A child's path is only built for what can hold a tag (its error message names it).
  if (Array.isArray(value))
    return mapChildren(value, (item, i) => (isObject(item) ? decodeValue(item, `${path}[${i}]`) : item));
  const record = value as Record<string, unknown>;
  const tag = tagOf(record);
  if (tag !== null) return decodeTagged(tag, record[tag], path);
  return mapChildren(record, (v, k) => (isObject(v) ? decodeValue(v, path ? `${path}.${k}` : String(k)) : v));
}

/** Decodes a record; undefined properties are kept as own properties, as IndexedDB would store them. */
export function decodeRecord(value: unknown): unknown {
  return decodeValue(value);
}
