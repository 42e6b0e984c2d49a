import { referencedLibraryRecords } from './bundle';
import type { StoredRecord, TableRecords } from './format';
import { HISTORY_TABLE } from './preview';
import { keyOf, tableWords, type TableDescriptor } from './tables';

/**
 * What a client file brings in beyond the client's own records is limited to what those records need:
 * library records nothing refers to, and history entries about records that are not in the file (a
 * deleted record, or another client's), are left out. Each leaves a note for the preview.
 */
export function pruneClientFile(
  records: TableRecords,
  tables: TableDescriptor[],
): { records: TableRecords; notes: string[] } {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const own: TableRecords = {};
  const library: TableRecords = {};
  for (const [name, rows] of Object.entries(records)) {
    const table = byName.get(name);
    if (!table) continue;
    if (table.clientOwned || name === 'clients') own[name] = rows;
    else library[name] = rows;
  }
  const kept = referencedLibraryRecords(own, library, tables);
  const notes: string[] = [];
  const result: TableRecords = { ...own };
  for (const [name, rows] of Object.entries(library)) {
    result[name] = kept[name] ?? [];
    const dropped = rows.length - result[name].length;
    if (dropped > 0)
      notes.push(
        `${dropped} ${tableWords(name)} record${dropped === 1 ? '' : 's'} that nothing of this client refers to ${dropped === 1 ? 'was' : 'were'} left out.`,
      );
  }

  const present = new Map<string, Set<unknown>>();
  for (const [name, rows] of Object.entries(result))
    present.set(name, new Set(rows.map((r) => keyOf(r, byName.get(name)!))));
  const history = result[HISTORY_TABLE];
  if (history) {
    const about = (change: StoredRecord) => present.get(String(change.entity))?.has(change.entityId) ?? false;
    result[HISTORY_TABLE] = history.filter(about);
    const dropped = history.length - result[HISTORY_TABLE].length;
    if (dropped > 0)
      notes.push(
        `${dropped} change-history entr${dropped === 1 ? 'y' : 'ies'} about records that are not in the file (deleted, or not this client's) ${dropped === 1 ? 'was' : 'were'} left out.`,
      );
  }
  return { records: result, notes };
}
