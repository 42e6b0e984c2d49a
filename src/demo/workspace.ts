import type { CaioDatabase } from '../db/core/schema';
import { clientsDemoSeed } from './clients';
import { governanceDemoSeed } from './governance';
import type { DemoContext } from './dates';
import type { DemoSeed } from './seed';
import { portfolioDemoSeed } from './portfolio';
import { vendorsDemoSeed } from './vendors';
import { workshopsDemoSeed } from './workshops';
import { controlsDemoSeed } from './controls';
import { todayIso } from '../domain/shared/dates';
export { hasDemoWorkspace, removeDemoWorkspace } from './presence';

/**
 * The sample workspace a first-time user can load in one click and remove in one action.
 * Each product area adds its seed to this list.
 */
const DEMO_SEEDS: DemoSeed[] = [
  clientsDemoSeed,
  portfolioDemoSeed,
  vendorsDemoSeed,
  governanceDemoSeed,
  workshopsDemoSeed,
  controlsDemoSeed,
];

export function demoContext(now = new Date()): DemoContext {
  return { today: todayIso(now), now: now.toISOString() };
}

export function buildDemoRecords(ctx: DemoContext): Map<string, { id: string }[]> {
  const byTable = new Map<string, { id: string }[]>();
  for (const seed of DEMO_SEEDS) {
    for (const [table, records] of Object.entries(seed(ctx)))
      byTable.set(table, [...(byTable.get(table) ?? []), ...records]);
  }
  return byTable;
}

/** Loads (or reloads) the demo clients and all their records in one transaction. */
export async function loadDemoWorkspace(database: CaioDatabase, ctx = demoContext()): Promise<void> {
  const records = buildDemoRecords(ctx);
  const tables = [...records.keys()].map((name) => database.table(name));
  await database.transaction('rw', [...tables, database.changes], async () => {
    for (const [name, rows] of records) await database.table(name).bulkPut(rows);
  });
}
