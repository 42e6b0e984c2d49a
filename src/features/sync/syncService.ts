import { db, type CaioDatabase } from '../../db/core/schema';
import type { PracticeView, StatusMap, SyncRunner } from '../../db/sync/runner';
import { readSyncSettings } from '../../db/sync/settings';
import { syncOriginOf } from '../../domain/sync/settings';
import { platform } from '../../platform';

/**
 * The window's one sync runner. Started when the workspace is unlocked and sync settings exist; before that
 * the engine is not even loaded, so a user who never configures sync sees no change and no request.
 */

let runner: SyncRunner | null = null;
let unsubscribe: (() => void) | null = null;
/** Bumped by every stop: a start that was overtaken by a stop (or a newer start) gives up. */
let generation = 0;
const listeners = new Set<() => void>();
const EMPTY: StatusMap = new Map();

function notify() {
  for (const listener of listeners) listener();
}

export function subscribeSync(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function syncStatuses(): StatusMap {
  return runner?.statusMap() ?? EMPTY;
}

/** What the practice database says of this sign-in (assigned clients, owner or not); null without one. */
export function syncPractice(): PracticeView | null {
  return runner?.practice() ?? null;
}

export function syncRunner(): SyncRunner | null {
  return runner;
}

export function stopSync(): void {
  generation++;
  runner?.stop();
  unsubscribe?.();
  runner = null;
  unsubscribe = null;
  notify();
}

/** (Re)starts sync from the stored settings; stops it when there are none. */
export async function startSync(database: CaioDatabase = db): Promise<void> {
  stopSync();
  const mine = generation;
  if (database.vault.mode !== 'unlocked') return;
  const settings = await readSyncSettings(database);
  const origin = syncOriginOf(settings);
  if (!settings || !origin || mine !== generation) return;
  if (!(await platform.allowSyncOrigin(origin))) return;
  // The runner and the engine load only when sync is configured: the first screen carries neither.
  const [{ SyncRunner: Runner }, { loadBrowserEngine }] = await Promise.all([
    import('../../db/sync/runner'),
    import('../../db/sync/browserEngine'),
  ]);
  const engine = await loadBrowserEngine();
  if (mine !== generation) return;
  runner = new Runner({ database, settings, engine });
  unsubscribe = runner.subscribe(notify);
  runner.start();
  notify();
}
