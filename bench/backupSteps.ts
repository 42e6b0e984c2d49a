import type Dexie from 'dexie';

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
