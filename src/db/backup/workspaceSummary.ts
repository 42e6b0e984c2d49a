import type Dexie from 'dexie';
import {
  countValues,
  HISTORY_TABLE,
  summaryFromCounts,
  type ContentSummary,
  type StoredRecord,
  type TableDescriptor,
} from '../../domain/backup';
import { DEVICE_SETTING_KEYS } from './settings';

/**
 * What the workspace holds, for the restore's comparison with a file: records per table and per client,
 * counted from the keys and the `clientId` index (no record but the clients is read, so a restore does
 * not hold a second copy of the workspace beside the file's).
 */
export async function summariseWorkspace(
  database: Dexie,
  tables: TableDescriptor[],
): Promise<ContentSummary> {
  const tableCounts: Record<string, number> = {};
  const byClient = new Map<string, Map<unknown, number>>();
  let clients: StoredRecord[] = [];
  await database.transaction('r', database.tables, async () => {
    for (const table of tables) {
      const store = database.table(table.name);
      if (table.name === 'clients') clients = (await store.toArray()) as StoredRecord[];
      if (table.keyPath === 'key')
        tableCounts[table.name] = (await store.toCollection().primaryKeys()).filter(
          (k) => !DEVICE_SETTING_KEYS.has(String(k)),
        ).length;
      else if (table.clientOwned && table.name !== HISTORY_TABLE) {
        const owners = await store.orderBy('clientId').keys();
        byClient.set(table.name, countValues(owners));
        tableCounts[table.name] = await store.count();
      } else tableCounts[table.name] = await store.count();
    }
  });
  return summaryFromCounts(clients, tableCounts, byClient, tables);
}
