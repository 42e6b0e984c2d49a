import Dexie from 'dexie';
import type { StoredRecord, TableRecords } from '../../domain/backup';
import { DecryptionError, fromUtf8, NONCE_BYTES } from '../../domain/vault/aead';
import {
  CLIENT_KEY_FIELD,
  isSealed,
  parseSecret,
  recordAad,
  SEALED_FIELD,
  withoutVaultFields,
  type StoredValue,
} from '../../domain/vault/recordCodec';
import type { CaioDatabase } from '../core/schema';
import { ownerOf, UnknownClientKeyError } from './middleware';
import { copyInto } from './secretCache';

/**
 * Reading every record of a vault at once (a full backup): the sealed rows are read in one
 * transaction of a second connection without the middleware, then opened with WebCrypto, outside
 * any transaction, many at a time. The middleware cannot do this (its cipher must be synchronous,
 * see `aead.ts`), and WebCrypto opens a record several times faster than the JavaScript AES-GCM.
 * The same AES-256-GCM, keys and additional data as the middleware; a record opened before (same
 * sealed bytes) comes from the session's cache; a changed record is refused (DecryptionError).
 */

const BATCH = 2_000;

/** Every table's records as stored (sealed), read in one transaction. */
async function readSealed(name: string, tables: readonly string[]): Promise<Record<string, StoredValue[]>> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const out: Record<string, StoredValue[]> = {};
    await raw.transaction('r', tables, async () => {
      for (const table of tables) out[table] = (await raw.table(table).toArray()) as StoredValue[];
    });
    return out;
  } finally {
    raw.close();
  }
}

/** The workspace's records as the app reads them: `tables` in this order, every sealed record opened. */
export async function openWorkspace(
  database: CaioDatabase,
  tables: readonly string[],
): Promise<TableRecords> {
  const session = database.vault;
  const sealed = await readSealed(database.name, tables);
  // Client records carry their wrapped keys: learn them before any other record is opened.
  for (const client of sealed.clients ?? [])
    if (typeof client[CLIENT_KEY_FIELD] === 'string')
      session.learnClientKey(String(client.id), client[CLIENT_KEY_FIELD] as string);
  const cryptoKeys = new Map<Uint8Array, Promise<CryptoKey>>();
  const cryptoKeyFor = (key: Uint8Array) => {
    let found = cryptoKeys.get(key);
    if (!found)
      cryptoKeys.set(
        key,
        (found = crypto.subtle.importKey('raw', key as BufferSource, 'AES-GCM', false, ['decrypt'])),
      );
    return found;
  };
  const out: TableRecords = {};
  for (const table of tables) {
    const keyPath = database.table(table).schema.primKey.keyPath as string;
    const rows = sealed[table];
    const opened: StoredRecord[] = new Array(rows.length);
    for (let start = 0; start < rows.length; start += BATCH) {
      await Promise.all(
        rows.slice(start, start + BATCH).map(async (row, i) => {
          opened[start + i] = (await openRow(table, row)) as StoredRecord;
        }),
      );
    }
    out[table] = opened;

    async function openRow(name: string, row: StoredValue): Promise<StoredValue> {
      if (!isSealed(row)) return row;
      const bytes = row[SEALED_FIELD];
      const primaryKey = row[keyPath];
      const cached = session.cache.get(name, primaryKey, bytes);
      if (cached !== undefined) return copyInto(withoutVaultFields(row), cached);
      const owner = ownerOf(name, row);
      const key = owner === null ? session.workspaceKey() : session.clientKey(owner);
      if (!key) throw new UnknownClientKeyError(owner!);
      let plain: ArrayBuffer;
      try {
        plain = await crypto.subtle.decrypt(
          {
            name: 'AES-GCM',
            iv: bytes.subarray(0, NONCE_BYTES) as BufferSource,
            additionalData: recordAad(name, primaryKey) as BufferSource,
          },
          await cryptoKeyFor(key),
          bytes.subarray(NONCE_BYTES) as BufferSource,
        );
      } catch {
        throw new DecryptionError();
      }
      // Opened here, used once: no copy needed (spread defines own properties, `__proto__` included).
      return { ...withoutVaultFields(row), ...parseSecret(fromUtf8(new Uint8Array(plain))) };
    }
  }
  return out;
}
