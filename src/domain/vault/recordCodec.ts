import { decodeValue, encodeValue } from '../backup/encoding';
import { fromUtf8, open, seal, utf8 } from './aead';

/**
 * One record as stored in a vault: the fields that must stay plain (key paths and index fields of its
 * table, see `src/db/vault/fieldPolicy.ts`) as they are, every other field sealed together in `$c`
 * (AES-256-GCM of their JSON). The additional data binds the ciphertext to its table and primary key,
 * so a sealed value copied onto another record does not open.
 */

export const SEALED_FIELD = '$c';
/** A client's wrapped data key, kept on the client record itself. */
export const CLIENT_KEY_FIELD = '$key';

export type StoredValue = Record<string, unknown>;

export function recordAad(table: string, primaryKey: unknown): Uint8Array {
  return utf8(`${table}\u0000${JSON.stringify(primaryKey)}`);
}

export function isSealed(value: unknown): value is StoredValue & { [SEALED_FIELD]: Uint8Array } {
  return (
    value !== null && typeof value === 'object' && (value as StoredValue)[SEALED_FIELD] instanceof Uint8Array
  );
}

/** Splits and seals a record. `plain` decides per top-level field. */
export function sealRecord(
  record: StoredValue,
  plain: (field: string) => boolean,
  key: Uint8Array,
  aad: Uint8Array,
): StoredValue {
  const stored: StoredValue = {};
  const secret: StoredValue = {};
  for (const field of Object.keys(record)) {
    if (plain(field)) stored[field] = record[field];
    else secret[field] = record[field];
  }
  stored[SEALED_FIELD] = seal(key, utf8(JSON.stringify(encodeValue(secret))), aad);
  return stored;
}

/** The record as the app wrote it: plain fields and the opened `$c`. Throws DecryptionError when changed. */
export function openRecord(stored: StoredValue, key: Uint8Array, aad: Uint8Array): StoredValue {
  return { ...withoutVaultFields(stored), ...openSecret(open(key, stored[SEALED_FIELD] as Uint8Array, aad)) };
}

export function openSecret(bytes: Uint8Array): StoredValue {
  return parseSecret(fromUtf8(bytes));
}

export function parseSecret(text: string): StoredValue {
  const parsed = JSON.parse(text) as StoredValue;
  return text.includes('"$caio:') ? (decodeValue(parsed) as StoredValue) : parsed;
}

export function withoutVaultFields(stored: StoredValue): StoredValue {
  const plain: StoredValue = {};
  for (const field of Object.keys(stored))
    if (field !== SEALED_FIELD && field !== CLIENT_KEY_FIELD) plain[field] = stored[field];
  return plain;
}
