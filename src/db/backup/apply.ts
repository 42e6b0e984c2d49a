import type Dexie from 'dexie';
import {
  BackupRejectedError,
  problem,
  remapClientIds,
  tableWords,
  type BackupProblem,
  type ClientImportMode,
  type StoredRecord,
  type TableRecords,
} from '../../domain/backup';
import type { ImportAnalysis } from './import';
import { DEVICE_SETTING_KEYS } from './settings';
import { describeTables } from '../core/tables';
import { newId, nowIso } from '../core/ids';
import { copyIdentity } from '../../domain/clients/copyIdentity';
import { tell } from '../../domain/shared/language';

/**
 * Writing an analysed file: always in ONE transaction over every table, so either all of it lands or
 * none of it does. Checks that depend on the workspace are repeated inside the transaction.
 */

/** Replaces the whole workspace with the backup (device-local settings are kept). */
export async function restoreWorkspace(database: Dexie, analysis: ImportAnalysis): Promise<void> {
  if (analysis.file.kind !== 'workspace')
    throw new BackupRejectedError([
      problem('bad-header', 'This is a client file: import it as a client, not as a workspace restore.'),
    ]);
  const tables = describeTables(database);
  await database.transaction('rw', database.tables, async () => {
    for (const table of tables) {
      const store = database.table(table.name);
      if (table.keyPath === 'key') {
        const keys = (await store.toCollection().primaryKeys()).filter(
          (k) => !DEVICE_SETTING_KEYS.has(String(k)),
        );
        await store.bulkDelete(keys);
      } else await store.clear();
      const rows = (analysis.records[table.name] ?? []).filter(
        (r) => table.keyPath !== 'key' || !DEVICE_SETTING_KEYS.has(String(r.key)),
      );
      await store.bulkAdd(rows);
    }
  });
}

export interface ClientImportResult {
  clientId: string;
  clientName: string;
}

async function collisions(
  database: Dexie,
  records: TableRecords,
  clientId: string,
  mode: ClientImportMode,
): Promise<BackupProblem[]> {
  const found: BackupProblem[] = [];
  for (const table of describeTables(database)) {
    if (!table.clientOwned && table.name !== 'clients') continue;
    const rows = records[table.name] ?? [];
    if (rows.length === 0) continue;
    const existing = (await database
      .table(table.name)
      .bulkGet(rows.map((r) => r[table.keyPath] as string))) as (StoredRecord | undefined)[];
    existing.forEach((current, i) => {
      if (!current) return;
      const key = String(rows[i][table.keyPath]);
      if (table.name === 'clients') {
        if (mode === 'new')
          found.push(
            problem(
              'id-collision',
              `A client with the same identity (“${String(current.name)}”) is already in this workspace. Choose “Replace it” or “Import as a copy”.`,
            ),
          );
        return;
      }
      const ownedBySameClient = current.clientId === clientId;
      if (mode === 'new' || !ownedBySameClient) {
        found.push(
          problem(
            'id-collision',
            `The ${tableWords(table.name)} record “${key}” in the file has the same id as a record ${ownedBySameClient ? 'already in this workspace' : 'of another client in this workspace'}; importing it would overwrite that record. Import as a copy instead.`,
          ),
        );
      }
    });
  }
  return found;
}

/**
 * Imports a client file. `new`: the client is not in the workspace. `replace`: the workspace's client
 * with the same identity (and all its records) is replaced. `copy`: everything gets fresh ids and the
 * name gets "(copy)". Library records are added when missing; existing ones are kept as they are.
 */
export async function importClient(
  database: Dexie,
  analysis: ImportAnalysis,
  mode: ClientImportMode,
): Promise<ClientImportResult> {
  const { file } = analysis;
  if (file.kind !== 'client' || !file.clientId)
    throw new BackupRejectedError([
      problem('bad-header', 'This is a workspace backup: restore it instead of importing it as a client.'),
    ]);
  const tables = describeTables(database);
  let records = analysis.records;
  let clientId = file.clientId;
  if (mode === 'copy') {
    const remapped = remapClientIds(records, tables, newId);
    records = remapped.records;
    clientId = remapped.idMap.get(clientId)!;
  }
  return database.transaction('rw', database.tables, async () => {
    const problems = await collisions(database, records, clientId, mode);
    if (mode === 'replace' && !(await database.table('clients').get(clientId))) {
      problems.push(
        problem(
          'id-collision',
          tell('The client to replace is no longer in this workspace. Import it as a new client instead.'),
        ),
      );
    }
    if (problems.length > 0) throw new BackupRejectedError(problems);

    let client = records.clients[0];
    if (mode === 'copy') {
      const existing = (await database.table('clients').toArray()) as StoredRecord[];
      const identity = copyIdentity(
        {
          name: String(client.name),
          shortName: String(client.shortName ?? ''),
          brandColor: String(client.brandColor ?? ''),
        },
        new Set(existing.map((c) => String(c.name))),
        new Set(existing.map((c) => String(c.shortName ?? '')).filter(Boolean)),
      );
      client = { ...client, ...identity, isDemo: false, updatedAt: nowIso() };
    }
    for (const table of tables) {
      const store = database.table(table.name);
      if (table.name === 'clients') {
        if (mode === 'replace') await store.delete(clientId);
        await store.add(client);
      } else if (table.clientOwned) {
        if (mode === 'replace') await store.where('clientId').equals(clientId).delete();
        await store.bulkAdd(records[table.name] ?? []);
      } else if (table.keyPath !== 'key') {
        const rows = records[table.name] ?? [];
        const present = new Set(
          (await store.bulkGet(rows.map((r) => r[table.keyPath] as string))).map((r, i) => (r ? i : -1)),
        );
        await store.bulkAdd(rows.filter((_, i) => !present.has(i)));
      }
    }
    return { clientId, clientName: String(client.name) };
  });
}
