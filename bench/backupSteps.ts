import Dexie from 'dexie';
import { storeDefinitions } from '../src/db/core/tables';

/**
 * Full backup and restore, timed in the page. The backup code (src/db/backup/) lives on its own
 * branch until it is merged; `import.meta.glob` finds it when it is there and the steps are skipped
 * (reported as "not built yet") when it is not, so this file builds either way.
 */
const found = import.meta.glob([
  '../src/db/backup/dump.ts',
  '../src/db/backup/import.ts',
  '../src/db/backup/apply.ts',
]);

interface BackupModules {
  createWorkspaceBackup(db: Dexie, appVersion: string): Promise<{ text: string }>;
  analyseOrThrow(db: Dexie, text: string): Promise<unknown>;
  restoreWorkspace(db: Dexie, analysis: unknown): Promise<void>;
}

export const backupAvailable = Object.keys(found).length === 3;

async function modules(): Promise<BackupModules> {
  const loaded = await Promise.all(Object.values(found).map((load) => load()));
  return Object.assign({}, ...loaded) as BackupModules;
}

let lastBackup = '';

/** Writes a full workspace backup (the text the app saves to a file); returns ms and size. */
export async function timeBackup(db: Dexie): Promise<{ ms: number; bytes: number }> {
  const m = await modules();
  const start = performance.now();
  lastBackup = (await m.createWorkspaceBackup(db, __APP_VERSION__)).text;
  return { ms: performance.now() - start, bytes: lastBackup.length };
}

/** Restores the last backup over the workspace: the checks of the file, then the write (what the user waits for after confirming). */
export async function timeRestore(db: Dexie): Promise<{ ms: number; analyseMs: number; writeMs: number }> {
  const m = await modules();
  if (!lastBackup) await timeBackup(db);
  const start = performance.now();
  const analysis = await m.analyseOrThrow(db, lastBackup);
  const analysed = performance.now();
  await m.restoreWorkspace(db, analysis);
  const end = performance.now();
  return { ms: end - start, analyseMs: analysed - start, writeMs: end - analysed };
}

let floorDb: Dexie | null = null;

/**
 * The restore's floor: the last backup's text parsed with JSON.parse and its rows written with `bulkPut` in one
 * transaction over every table (each cleared first, as a restore does), into a database of the same schema
 * beside the workspace (so the workspace is left as it is). No check, no decoding.
 */
export async function timeRestoreFloor(db: Dexie): Promise<{ ms: number }> {
  if (!lastBackup) await timeBackup(db);
  if (!floorDb) {
    floorDb = new Dexie('caio-bench-restore-floor');
    floorDb.version(1).stores(storeDefinitions(db));
    await floorDb.open();
  }
  const target = floorDb;
  const start = performance.now();
  const file = JSON.parse(lastBackup) as { tables: Record<string, unknown[]> };
  await target.transaction('rw', target.tables, async () => {
    for (const table of target.tables) {
      await table.clear();
      await table.bulkPut(file.tables[table.name] ?? []);
    }
  });
  return { ms: performance.now() - start };
}
