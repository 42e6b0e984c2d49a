import { promises as fs } from 'node:fs';
import path from 'node:path';
import { checkServerUrl } from '../src/domain/sync/settings';

/**
 * The one origin the app may connect to besides itself: the sync server the user configured, kept in
 * `sync-origin.json` in the data folder so the first window of the next start gets it in its CSP and the
 * request filter allows it. Only a bare HTTPS origin (HTTP on loopback) is accepted; null turns sync off.
 */

export interface SyncOriginStore {
  current(): string | null;
  /** Sets (or with null clears) the origin; false, and nothing changed, when it is not a valid origin. */
  set(origin: string | null): Promise<boolean>;
}

export function isSyncOrigin(origin: unknown): origin is string {
  if (typeof origin !== 'string') return false;
  const checked = checkServerUrl(origin);
  return checked.ok && checked.origin === origin;
}

export async function loadSyncOriginStore(userDataDir: string): Promise<SyncOriginStore> {
  const file = path.join(userDataDir, 'sync-origin.json');
  let origin: string | null = null;
  try {
    const stored = (JSON.parse(await fs.readFile(file, 'utf8')) as { origin?: unknown }).origin;
    origin = isSyncOrigin(stored) ? stored : null;
  } catch {
    origin = null;
  }
  return {
    current: () => origin,
    async set(next) {
      if (next !== null && !isSyncOrigin(next)) return false;
      if (next === null) await fs.rm(file, { force: true });
      else await fs.writeFile(file, JSON.stringify({ origin: next }), { mode: 0o600 });
      origin = next;
      return true;
    },
  };
}

/** How long a handover's origin stays allowed at most (the handover itself takes seconds to minutes). */
export const HANDOVER_ORIGIN_MS = 30 * 60 * 1000;

/**
 * The client's own CouchDB during a handover by replication: allowed only for the duration (until cleared, or
 * for 30 minutes), in memory only (never kept for the next start), with the same rule as the sync origin.
 */
export function createHandoverOrigin(clock: () => number = Date.now): SyncOriginStore {
  let origin: string | null = null;
  let until = 0;
  return {
    current: () => (origin !== null && clock() < until ? origin : null),
    async set(next) {
      if (next !== null && !isSyncOrigin(next)) return false;
      origin = next;
      until = clock() + HANDOVER_ORIGIN_MS;
      return true;
    },
  };
}
