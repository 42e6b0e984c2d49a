import { objectFromEntries } from './encoding';
import type { StoredRecord, TableRecords } from './format';
import type { TableDescriptor } from './tables';

/**
 * "Import as a copy": the client and every record it owns get fresh ids, and every occurrence of an
 * old id anywhere inside those records (references, nested links, history, map keys) is rewritten, so
 * the copy can never point back at the original. Consultant-wide library records keep their ids.
 */
export function remapClientIds(
  records: TableRecords,
  tables: TableDescriptor[],
  newId: () => string,
): { records: TableRecords; idMap: Map<string, string> } {
  const owned = tables.filter((t) => t.clientOwned || t.name === 'clients');
  const idMap = new Map<string, string>();
  for (const table of owned) {
    for (const record of records[table.name] ?? []) {
      const key = record[table.keyPath];
      if (typeof key === 'string') idMap.set(key, newId());
    }
  }
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') return idMap.get(value) ?? value;
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object' || value instanceof Date || ArrayBuffer.isView(value))
      return value;
    return objectFromEntries(Object.entries(value).map(([k, v]) => [idMap.get(k) ?? k, rewrite(v)]));
  };
  const result: TableRecords = {};
  for (const [name, rows] of Object.entries(records)) {
    const isOwned = owned.some((t) => t.name === name);
    result[name] = isOwned ? rows.map((r) => rewrite(r) as StoredRecord) : rows;
  }
  return { records: result, idMap };
}

/** The copy's name: "Acme" -> "Acme (copy)", kept within the name limit. */
export function copyName(name: string, taken: ReadonlySet<string>, maxLength = 120): string {
  for (let n = 1; n < 1000; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${name.slice(0, maxLength - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
  return name;
}
