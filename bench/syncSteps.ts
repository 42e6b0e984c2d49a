import { format } from 'date-fns';
import { generateLargeWorkspace, type LargeWorkspaceOptions } from '../src/demo/large/workspace';
import { db } from '../src/db/core/schema';
import { setSetting, SETTING_KEYS } from '../src/db/core/settings';
import { loadBrowserEngine } from '../src/db/sync/browserEngine';
import type { EngineDatabase, EngineDoc } from '../src/db/sync/engine';
import { syncClient } from '../src/db/sync/syncClient';
import { setUpVault } from '../src/db/vault/vault';

/**
 * The first sync of one client, in the loader page of its own browser context (its own IndexedDB): the app's
 * `syncClient` (outbox from Dexie through the vault, push, pull, inbox) into a fresh local replica and a fresh
 * database on the benchmark's CouchDB-protocol server, reached on the page's origin at `/couch/`; and its floor,
 * PouchDB alone: the same sealed documents (taken from the app's replica, without their revisions) written into
 * a fresh local PouchDB with one `bulkDocs` and replicated to another fresh database on the same server.
 */

export interface SyncBenchSetup {
  clientId: string;
  records: number;
  /** Records per table. */
  tables: Record<string, number>;
}

interface Remote {
  name: string;
  username: string;
  password: string;
}

let setup: (SyncBenchSetup & { key: Uint8Array }) | null = null;
/** The app's documents of the last run (ids and ciphertext), which the floor replicates. */
let documents: EngineDoc[] = [];

/** Writes the largest client of the generated workspace (its first `records` records) and encrypts the workspace. */
async function prepare(options: LargeWorkspaceOptions & { records: number; passphrase: string }) {
  const workspace = generateLargeWorkspace({ today: format(new Date(), 'yyyy-MM-dd'), ...options });
  const clientId = workspace.facts.largestClientId;
  await db.open();
  for (const table of db.tables) await table.clear();
  const own = Object.entries(workspace.tables).map(([name, rows]) => ({
    name,
    rows: (rows as unknown as Record<string, unknown>[]).filter((row) =>
      name === 'clients' ? row.id === clientId : row.clientId === clientId,
    ),
  }));
  // Every table of the client in its share of the `records` (the client record itself always).
  const total = own.reduce((sum, t) => sum + t.rows.length, 0);
  const share = Math.min(1, (options.records - 1) / Math.max(1, total - 1));
  const tables: Record<string, number> = {};
  let taken = 0;
  for (const [index, { name, rows }] of own.entries()) {
    const last = index === own.length - 1;
    const count =
      name === 'clients'
        ? rows.length
        : Math.min(rows.length, last ? options.records - taken : Math.round(rows.length * share));
    if (count <= 0) continue;
    await db.table(name).bulkAdd(rows.slice(0, count));
    tables[name] = count;
    taken += count;
  }
  await setSetting(db, SETTING_KEYS.welcomeDone, true);
  await setUpVault(db, options.passphrase, { iterations: 1_000 });
  const key = db.vault.clientKey(clientId);
  if (!key) throw new Error('The vault gave the client no key');
  setup = { clientId, key, records: taken, tables };
  return { clientId, records: setup.records, tables };
}

async function remoteOf(remote: Remote): Promise<EngineDatabase> {
  const engine = await loadBrowserEngine();
  return new engine(`${location.origin}/couch/${remote.name}`, {
    auth: { username: remote.username, password: remote.password },
    skip_setup: true,
  });
}

/** The replica with its two replications timed (`marks.toStart`, `toEnd`, `fromStart`, `fromEnd`); nothing else changes. */
function timed(local: EngineDatabase, marks: Record<string, number>): EngineDatabase {
  const time =
    (name: 'to' | 'from') =>
    async (...args: Parameters<EngineDatabase['replicate']['to']>) => {
      marks[`${name}Start`] = performance.now();
      const result = await local.replicate[name](...args);
      marks[`${name}End`] = performance.now();
      return result;
    };
  return new Proxy(local, {
    get(target, prop) {
      if (prop === 'replicate') return { to: time('to'), from: time('from') };
      const value: unknown = Reflect.get(target, prop);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** One first sync by the app into a fresh replica and a fresh remote database. */
async function appSync(run: string, remote: Remote) {
  if (!setup) throw new Error('prepareSync first');
  const engine = await loadBrowserEngine();
  const local = new engine(`caio-bench-sync-${run}`);
  const target = await remoteOf(remote);
  const marks: Record<string, number> = {};
  const start = performance.now();
  const report = await syncClient(
    {
      database: db,
      clientId: setup.clientId,
      key: setup.key,
      local: timed(local, marks),
      author: remote.username,
    },
    target,
  );
  const end = performance.now();
  const ms = end - start;
  // Where the time goes: the outbox until the push starts, the engine's push and pull, the inbox after the pull.
  const parts = {
    outbox: marks.toStart - start,
    push: marks.toEnd - marks.toStart,
    pull: marks.fromEnd - marks.fromStart,
    inbox: end - marks.fromEnd,
  };
  documents = (await local.allDocs({ include_docs: true })).rows.map(({ doc }) => {
    const { _rev, ...rest } = doc!;
    void _rev;
    return rest as EngineDoc;
  });
  await local.destroy();
  const bytes = documents.reduce((sum, doc) => sum + JSON.stringify(doc).length, 0);
  return { ms, parts, written: report.written, pushed: report.pushed, documents: documents.length, bytes };
}

/** The floor: PouchDB alone writes the same documents into a fresh local database and replicates them. */
async function floorSync(run: string, remote: Remote) {
  if (documents.length === 0) throw new Error('appSync first');
  const engine = await loadBrowserEngine();
  const local = new engine(`caio-bench-floor-${run}`);
  const target = await remoteOf(remote);
  const start = performance.now();
  await local.bulkDocs(documents.map((doc) => ({ ...doc })));
  const pushed = await local.replicate.to(target, { retry: false });
  const ms = performance.now() - start;
  await local.destroy();
  return { ms, pushed: pushed.docs_written };
}

export const syncBench = { prepare, appSync, floorSync };
