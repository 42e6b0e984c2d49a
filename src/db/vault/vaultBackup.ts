import type Dexie from 'dexie';
import { decodeValue, encodeValue, type StoredRecord, type TableRecords } from '../../domain/backup';
import {
  isVaultBackupText,
  readVaultBackup,
  sealVaultBackup,
  VAULT_BACKUP_FORMAT,
} from '../../domain/vault/vaultBackupFile';
import {
  isSealed,
  openRecord,
  recordAad,
  sealRecord,
  type StoredValue,
} from '../../domain/vault/recordCodec';
import { buildBackupFile, dumpWorkspace } from '../backup/dump';
import { storeDefinitions } from '../core/tables';
import type { CaioDatabase } from '../core/schema';
import { plainFieldsOf } from './fieldPolicy';
import type { VaultSession } from './session';

/**
 * Automatic backups of a vault. Every record is sealed with its own key exactly as in the database
 * (client data keys, the workspace key), and the file carries NO key: it opens only with this
 * workspace's keys. A deleted client's key is gone, so its records in older automatic backups can no
 * longer be read (crypto-shredding). For a copy to keep elsewhere, save a manual backup with a passphrase.
 * The file format: `src/domain/vault/vaultBackupFile.ts`.
 */

export { isVaultBackupText };

function ownerKey(session: VaultSession, table: string, record: StoredValue): Uint8Array | undefined {
  const owner =
    table === 'clients'
      ? String(record.id)
      : typeof record.clientId === 'string' && record.clientId
        ? record.clientId
        : null;
  return owner === null ? session.workspaceKey() : session.clientKey(owner);
}

function plainTest(database: Dexie, table: string) {
  const schema = database.table(table).schema;
  const plain = plainFieldsOf({
    primaryKey: { keyPath: schema.primKey.keyPath ?? null },
    indexes: schema.indexes.map((i) => ({ keyPath: i.keyPath ?? null })),
  });
  return (field: string) => plain.has(field);
}

/** The workspace as an automatic backup of a vault (read through the middleware, sealed again per record). */
export async function createVaultBackupText(
  database: CaioDatabase,
  appVersion: string,
  now = new Date(),
): Promise<string> {
  const session = database.vault;
  const records = await dumpWorkspace(database);
  const tables: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(records)) {
    const plain = plainTest(database, name);
    const keyPath = database.table(name).schema.primKey.keyPath as string;
    tables[name] = rows.map((record) => {
      const key = ownerKey(session, name, record);
      if (!key) throw new Error(`No key for a record of ${name}`);
      return encodeValue(sealRecord(record, plain, key, recordAad(name, record[keyPath])));
    });
  }
  const file = await sealVaultBackup({
    format: VAULT_BACKUP_FORMAT,
    formatVersion: 1,
    appVersion,
    schemaVersion: database.verno,
    createdAt: now.toISOString(),
    stores: storeDefinitions(database),
    tables,
  });
  return JSON.stringify(file);
}

export interface OpenedVaultBackup {
  /** An ordinary backup file (JSON) of what could be read, for the usual check, preview and restore. */
  text: string;
  /** Records left out because their client's key no longer exists (the client was deleted). */
  shredded: number;
}

/** Opens an automatic backup of this vault with the keys in memory. Refuses a changed file. */
export async function openVaultBackupText(
  database: CaioDatabase,
  text: string,
  appVersion: string,
): Promise<OpenedVaultBackup> {
  const read = await readVaultBackup(text);
  if (!read.ok) throw new Error(read.message);
  const { file } = read;
  const session = database.vault;
  const records: TableRecords = {};
  let shredded = 0;
  for (const [name, rows] of Object.entries(file.tables)) {
    if (!database.tables.some((t) => t.name === name)) continue;
    const keyPath = database.table(name).schema.primKey.keyPath as string;
    records[name] = [];
    for (const encoded of rows) {
      const stored = decodeValue(encoded) as StoredValue;
      if (!isSealed(stored)) {
        records[name].push(stored as StoredRecord);
        continue;
      }
      const key = ownerKey(session, name, stored);
      if (!key) {
        shredded++;
        continue;
      }
      records[name].push(openRecord(stored, key, recordAad(name, stored[keyPath])) as StoredRecord);
    }
  }
  const plain = await buildBackupFile(database, records, {
    kind: 'workspace',
    clientId: null,
    appVersion,
    now: new Date(file.createdAt),
  });
  return { text: plain.text, shredded };
}
