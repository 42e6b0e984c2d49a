import type { StoredValue } from '../../domain/vault/recordCodec';

/**
 * The opened secrets of this window's records, so a screen that reads the same records again (every
 * live query re-runs) neither decrypts nor parses them again. An entry is the sealed bytes it was
 * opened from and the parsed secret; it is served only for exactly the same bytes (any change to the
 * stored ciphertext, nonce or tag is opened, and refused, again). Callers get a deep copy, never the
 * cached object, so nothing they change reaches the cache or another caller. In memory only; cleared
 * on lock.
 */

/** At most this many records (the workspace ten times a real practice has about 40,000). */
const LIMIT = 100_000;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Sets a field as an own property (a field named `__proto__` too, as JSON.parse makes it). */
function setField(target: StoredValue, field: string, value: unknown): void {
  if (field === '__proto__')
    Object.defineProperty(target, field, { value, enumerable: true, writable: true, configurable: true });
  else target[field] = value;
}

/** A deep copy of a decoded record value (what `decodeValue` makes: plain objects, arrays, dates, bytes, primitives). */
export function copyValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyValue);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const copy: StoredValue = {};
    for (const field of Object.keys(value)) setField(copy, field, copyValue((value as StoredValue)[field]));
    return copy;
  }
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof Uint8Array) return value.slice();
  return value;
}

interface Entry {
  sealed: Uint8Array;
  secret: StoredValue;
}

export class SecretCache {
  /** Table name -> primary key -> entry (two lookups, no key string built per read). */
  private tables = new Map<string, Map<unknown, Entry>>();
  private count = 0;

  /** The secret opened earlier from exactly these bytes, or undefined. Never hand it out: copy it with `copyInto`. */
  get(table: string, primaryKey: unknown, sealed: Uint8Array): StoredValue | undefined {
    const entry = this.tables.get(table)?.get(primaryKey);
    return entry && sameBytes(entry.sealed, sealed) ? entry.secret : undefined;
  }

  set(table: string, primaryKey: unknown, sealed: Uint8Array, secret: StoredValue): void {
    // Past the limit (more records than any screen reads), start again rather than track their age.
    if (this.count >= LIMIT) this.clear();
    let entries = this.tables.get(table);
    if (!entries) this.tables.set(table, (entries = new Map()));
    if (!entries.has(primaryKey)) this.count++;
    entries.set(primaryKey, { sealed, secret });
  }

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.tables.clear();
    this.count = 0;
  }
}

/** Copies a secret's fields onto a record being returned (each field a fresh copy). */
export function copyInto(out: StoredValue, secret: StoredValue): StoredValue {
  for (const field of Object.keys(secret)) setField(out, field, copyValue(secret[field]));
  return out;
}
