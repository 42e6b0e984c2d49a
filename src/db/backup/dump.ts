import type Dexie from 'dexie';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  encodeValue,
  referencedLibraryRecords,
  sealBackupText,
  sealTableEntries,
  tableEntryText,
  type BackupFile,
  type BackupHeader,
  type StoredRecord,
  type TableRecords,
} from '../../domain/backup';
import { DEVICE_SETTING_KEYS } from './settings';
import { describeTables, storeDefinitions } from '../core/tables';
import type { CaioDatabase } from '../core/schema';
import { openWorkspace } from '../vault/bulkOpen';
import { tell } from '../../domain/shared/language';

/** Reading the database into backup files: the whole workspace, or one client's handover bundle. */

export interface WrittenBackup {
  file: BackupFile;
  text: string;
  records: TableRecords;
}

function withoutDeviceSettings(table: { keyPath: string }, rows: StoredRecord[]): StoredRecord[] {
  return table.keyPath === 'key' ? rows.filter((r) => !DEVICE_SETTING_KEYS.has(String(r.key))) : rows;
}

/**
 * Every table's records in turn, read in one transaction so the copy is consistent (a vault's opened in bulk,
 * `vault/bulkOpen.ts`); `take` gets each table's rows before the next table is read, and is synchronous so
 * the transaction stays open.
 */
async function readWorkspaceTables(
  database: Dexie,
  take: (name: string, rows: StoredRecord[]) => void,
): Promise<void> {
  const tables = describeTables(database);
  if ((database as CaioDatabase).vault?.mode === 'unlocked') {
    const opened = await openWorkspace(
      database as CaioDatabase,
      tables.map((t) => t.name),
    );
    for (const table of tables) {
      take(table.name, withoutDeviceSettings(table, opened[table.name] as StoredRecord[]));
      opened[table.name] = [];
    }
    return;
  }
  await database.transaction('r', database.tables, async () => {
    for (const table of tables)
      take(
        table.name,
        withoutDeviceSettings(table, (await database.table(table.name).toArray()) as StoredRecord[]),
      );
  });
}

/** Every record of every table, read in one transaction so the copy is consistent. */
export async function dumpWorkspace(database: Dexie): Promise<TableRecords> {
  const records: TableRecords = {};
  await readWorkspaceTables(database, (name, rows) => (records[name] = rows));
  return records;
}

/** One client's records: its client record, every client-owned table by `clientId`, and the library records they refer to. */
export async function dumpClient(database: Dexie, clientId: string): Promise<TableRecords> {
  const tables = describeTables(database);
  const clientRecords: TableRecords = {};
  const library: TableRecords = {};
  await database.transaction('r', database.tables, async () => {
    for (const table of tables) {
      const source = database.table(table.name);
      if (table.name === 'clients') {
        const client = (await source.get(clientId)) as StoredRecord | undefined;
        clientRecords.clients = client ? [client] : [];
      } else if (table.clientOwned)
        clientRecords[table.name] = (await source
          .where('clientId')
          .equals(clientId)
          .toArray()) as StoredRecord[];
      else if (table.keyPath !== 'key') library[table.name] = (await source.toArray()) as StoredRecord[];
    }
  });
  if ((clientRecords.clients ?? []).length === 0) throw new Error(tell('This client no longer exists.'));
  return { ...clientRecords, ...referencedLibraryRecords(clientRecords, library, tables) };
}

interface HeaderOptions {
  kind: BackupFile['kind'];
  clientId: string | null;
  appVersion: string;
  now: Date;
}

function backupHeader(database: Dexie, options: HeaderOptions): BackupHeader {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    kind: options.kind,
    appVersion: options.appVersion,
    schemaVersion: database.verno,
    createdAt: options.now.toISOString(),
    clientId: options.clientId,
    stores: storeDefinitions(database),
  };
}

export async function buildBackupFile(
  database: Dexie,
  records: TableRecords,
  options: HeaderOptions,
): Promise<WrittenBackup> {
  const tables: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(records)) tables[name] = rows.map((r) => encodeValue(r));
  const { file, text } = await sealBackupText({ ...backupHeader(database, options), tables });
  return { file, text, records };
}

/** A full backup's text; `file` is that text read back, when something asks for it. */
export interface WrittenWorkspaceBackup {
  text: string;
  readonly file: BackupFile;
}

/**
 * The whole workspace's backup, written table by table: each table's records become text as soon as they are
 * read (`seal.ts`), so they can be collected while the next table is read; only the text is kept.
 */
export async function createWorkspaceBackup(
  database: Dexie,
  appVersion: string,
  now = new Date(),
): Promise<WrittenWorkspaceBackup> {
  const entries: string[] = [];
  await readWorkspaceTables(database, (name, rows) =>
    entries.push(
      tableEntryText(
        name,
        rows.map((r) => encodeValue(r)),
      ),
    ),
  );
  const header = backupHeader(database, { kind: 'workspace', clientId: null, appVersion, now });
  const { text } = await sealTableEntries(header, entries);
  let file: BackupFile | undefined;
  return {
    text,
    get file() {
      return (file ??= JSON.parse(text) as BackupFile);
    },
  };
}

export async function createClientBundle(
  database: Dexie,
  clientId: string,
  appVersion: string,
  now = new Date(),
): Promise<WrittenBackup> {
  return buildBackupFile(database, await dumpClient(database, clientId), {
    kind: 'client',
    clientId,
    appVersion,
    now,
  });
}
