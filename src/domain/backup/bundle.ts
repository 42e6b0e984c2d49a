import type { StoredRecord, TableRecords } from './format';
import { referencesOf, type TableDescriptor } from './tables';

/**
 * The consultant-wide records a client bundle needs: only the library records its own records refer
 * to (followed transitively), never the whole library and never another client's data.
 */
export function referencedLibraryRecords(
  clientRecords: TableRecords,
  library: TableRecords,
  tables: TableDescriptor[],
): TableRecords {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const names = new Set(byName.keys());
  const selected = new Map<string, Map<string, StoredRecord>>();
  const queue: [string, StoredRecord][] = Object.entries(clientRecords).flatMap(([name, rows]) =>
    rows.map((r) => [name, r] as [string, StoredRecord]),
  );
  while (queue.length > 0) {
    const [name, record] = queue.pop()!;
    const table = byName.get(name);
    if (!table) continue;
    for (const ref of referencesOf(record, table, names)) {
      for (const name of ref.targets) {
        const target = byName.get(name)!;
        if (target.clientOwned || name === 'clients') continue;
        const chosen = selected.get(name) ?? new Map<string, StoredRecord>();
        if (chosen.has(ref.id)) continue;
        const found = (library[name] ?? []).find((r) => r[target.keyPath] === ref.id);
        if (!found) continue;
        chosen.set(ref.id, found);
        selected.set(name, chosen);
        queue.push([name, found]);
      }
    }
  }
  return Object.fromEntries([...selected].map(([name, rows]) => [name, [...rows.values()]]));
}
