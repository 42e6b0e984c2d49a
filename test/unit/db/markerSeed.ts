import type Dexie from 'dexie';
import { dumpClient, dumpWorkspace } from '../../../src/db/backup/dump';
import { describeTables } from '../../../src/db/core/tables';
import type { StoredRecord } from '../../../src/domain/backup';

/**
 * Plants a unique marker in every free-text value of every record of the workspace, by owner: the other
 * clients' records (and library records client A does not use) get `⟦B…⟧`, client A's internal-only
 * fields (notes, engagement log, library notes of its vendors, a half-done classification) get `⟦AI…⟧`.
 * Ids, links, dates, data URLs and code values (one lower-case token like `inPilot`) are left as they are,
 * so the app still reads the records.
 */

const ISO = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const CODE = /^[a-z][a-zA-Z0-9]*([._-][a-zA-Z0-9]+)*$/;
const isKeyLike = (key: string) =>
  key === 'id' ||
  key === 'key' ||
  /Ids?$/.test(key) ||
  ['entity', 'field', 'checksum', 'respondentKey', 'logo', 'brandColor', 'url', 'website'].includes(key);

function markStrings(value: unknown, key: string, mark: () => string): unknown {
  if (typeof value === 'string') {
    if (isKeyLike(key) || !value.trim() || ISO.test(value) || value.startsWith('data:') || CODE.test(value))
      return value;
    return `${value} ${mark()}`;
  }
  if (Array.isArray(value)) return isKeyLike(key) ? value : value.map((v) => markStrings(v, key, mark));
  if (value && typeof value === 'object' && !(value instanceof Date) && !ArrayBuffer.isView(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, markStrings(v, k, mark)]));
  }
  return value;
}

export interface Markers {
  /** Every marker planted in another client's (or an unused library) record. */
  foreign: string[];
  /** Client A's internal-only markers: must not reach a client-facing file unless ticked. */
  internal: string[];
}

const INTERNAL_FIELDS = ['notes'];

export async function plantMarkers(database: Dexie, clientA: string): Promise<Markers> {
  const tables = describeTables(database);
  const all = await dumpWorkspace(database);
  const usedByA = await dumpClient(database, clientA);
  const usedLibrary = new Set(
    tables
      .filter((t) => !t.clientOwned && t.name !== 'clients')
      .flatMap((t) => (usedByA[t.name] ?? []).map((r) => `${t.name}:${String(r.id)}`)),
  );
  const markers: Markers = { foreign: [], internal: [] };
  let n = 0;
  const foreign = () => {
    const m = `⟦B${++n}⟧`;
    markers.foreign.push(m);
    return m;
  };
  const internal = () => {
    const m = `⟦AI${++n}⟧`;
    markers.internal.push(m);
    return m;
  };
  for (const table of tables) {
    if (table.keyPath === 'key') continue;
    const rows = all[table.name] ?? [];
    const updated: StoredRecord[] = [];
    for (const record of rows) {
      const owner =
        table.name === 'clients'
          ? record.id
          : table.clientOwned
            ? record.clientId
            : usedLibrary.has(`${table.name}:${String(record.id)}`)
              ? clientA
              : null;
      if (owner !== clientA) updated.push(markStrings(record, '', foreign) as StoredRecord);
      else if (table.name === 'engagementLog')
        updated.push(markStrings(record, '', internal) as StoredRecord);
      else {
        const copy = { ...record };
        for (const field of INTERNAL_FIELDS)
          if (typeof copy[field] === 'string') copy[field] = `${String(copy[field])} ${internal()}`;
        if (table.name === 'aiSystems') copy.classificationDraft = { 'gpai.model': `Draft ${internal()}` };
        updated.push(copy);
      }
    }
    await database.table(table.name).bulkPut(updated);
  }
  return markers;
}

export function found(text: string, markers: readonly string[]): string[] {
  return markers.filter((m) => text.includes(m));
}
