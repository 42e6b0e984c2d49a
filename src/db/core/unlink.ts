import { referencesOf, type StoredRecord } from '../../domain/backup';
import { describeTables } from './tables';
import type { Patch } from '../../domain/shared/patch';
import { updateRecord } from './records';
import type { CaioDatabase } from './schema';

/**
 * Removes every link to a record that is about to be deleted, from the client's other records (a list
 * loses the id, a single link becomes empty), through the one write path so each removal is in the
 * history. Links are found as the backup finds them, so no backup made after a deletion points at
 * nothing. Call inside a transaction over all tables (`database.tables`).
 */
export async function unlinkRecord(
  database: CaioDatabase,
  targetTable: string,
  id: string,
  clientId: string,
): Promise<void> {
  const tables = describeTables(database);
  const names = new Set(tables.map((t) => t.name));
  for (const table of tables) {
    if (!table.clientOwned || table.name === 'changes' || table.name === targetTable) continue;
    for (const record of (await database
      .table(table.name)
      .where('clientId')
      .equals(clientId)
      .toArray()) as StoredRecord[]) {
      const patch: Patch = {};
      for (const ref of referencesOf(record, table, names)) {
        if (ref.id !== id || !ref.targets.includes(targetTable)) continue;
        const path = ref.path.replace(/\[\]$/, '');
        if (path.includes('[]')) continue; // a link inside a list of objects: its owner refuses the delete first
        const current = path
          .split('.')
          .reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], record);
        patch[path] = Array.isArray(current) ? current.filter((linked) => linked !== id) : null;
      }
      if (Object.keys(patch).length > 0) await updateRecord(database, table.name, String(record.id), patch);
    }
  }
}
