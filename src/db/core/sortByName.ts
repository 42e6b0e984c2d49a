/**
 * Sorting by `name` in memory, in the order an IndexedDB index would give (code units). Names are not
 * indexed: in a vault an indexed field stays plain (see `vault/fieldPolicy.ts`).
 */
export function byName<T extends { name: string }>(records: T[]): T[] {
  return records.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
