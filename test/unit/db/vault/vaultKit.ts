import Dexie from 'dexie';
import { buildDemoRecords, demoContext, loadDemoWorkspace } from '../../../../src/demo/workspace';
import { plainFieldsOf } from '../../../../src/db/vault/fieldPolicy';
import type { CaioDatabase } from '../../../../src/db/core/schema';
import { setUpVault } from '../../../../src/db/vault/vault';
import { freshDb } from '../testDb';

/** Shared by the vault tests: a demo workspace in a vault, raw reads, and the demo's content strings. */

/** Few iterations in unit tests (the KDF's cost is not what they check; the app uses 600,000). */
export const TEST_ITERATIONS = 1_000;
export const PASSPHRASE = 'correct horse battery staple';

export async function demoVault(): Promise<{ database: CaioDatabase; recoveryKey: string }> {
  const database = await freshDb();
  await loadDemoWorkspace(database, demoContext(new Date('2026-05-04T10:00:00Z')));
  const { recoveryKey } = await setUpVault(database, PASSPHRASE, { iterations: TEST_ITERATIONS });
  return { database, recoveryKey };
}

/** Every table read straight from IndexedDB with a second connection that has no middleware. */
export async function rawTables(name: string): Promise<Record<string, Record<string, unknown>[]>> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const table of raw.tables) out[table.name] = (await table.toArray()) as Record<string, unknown>[];
    return out;
  } finally {
    raw.close();
  }
}

/** Text of anything, with bytes as base64 (as a file would hold them). */
export function asText(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v));
}

function collectStrings(value: unknown, out: Set<string>) {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectStrings(v, out));
}

/**
 * The demo's content: every string of 8+ characters in a field that is not a key or index (those stay
 * plain by design), leaving out dates, lower-case codes, and any string that also occurs as a plain field's value.
 */
export function demoContentStrings(database: CaioDatabase): string[] {
  const content = new Set<string>();
  const plainValues = new Set<string>();
  for (const [table, rows] of buildDemoRecords(demoContext(new Date('2026-05-04T10:00:00Z')))) {
    const schema = database.table(table).schema;
    const plain = plainFieldsOf({
      primaryKey: { keyPath: schema.primKey.keyPath ?? null },
      indexes: schema.indexes.map((i) => ({ keyPath: i.keyPath ?? null })),
    });
    for (const row of rows as Record<string, unknown>[]) {
      for (const [field, value] of Object.entries(row))
        collectStrings(value, plain.has(field) ? plainValues : content);
    }
  }
  const tableNames = database.tables.map((t) => t.name).join(' ');
  return [...content].filter(
    (s) =>
      s.length >= 8 &&
      !plainValues.has(s) &&
      !tableNames.includes(s) &&
      !/^\d{4}-\d{2}-\d{2}/.test(s) &&
      !/^[a-z][A-Za-z0-9]*([.:_-][A-Za-z0-9]+)*$/.test(s),
  ); // codes and catalogue ids (iso42001, art26.dpia), not content
}

export function leakedStrings(text: string, strings: string[]): string[] {
  return strings.filter((s) => text.includes(s) || text.includes(JSON.stringify(s).slice(1, -1)));
}
