// The first sync of a client with 2,000 records, against its floor (PouchDB replicating the same documents without
// the app), in the same run: a `pouchdb-server --in-memory` started here (test/support/pouchServer.ts, loaded through
// Vite's module runner), reached by the loader page on its own origin at /couch/ (bench/server.mjs), and a browser
// context of its own for the client (bench/syncSteps.ts). App and floor take turns, each into fresh databases.
import { runnerImport } from 'vite';
import { openLoader } from './browser.mjs';
import { summarise } from './stats.mjs';

const USER = { username: 'bench', password: 'bench-sync-pw' };

/** Starts the server, points the bench server's /couch/ at it, measures; returns the table's row. */
export async function measureFirstSync({ root, newContext, base, couch, config, log, records = 2000 }) {
  const { module } = await runnerImport(`${root}test/support/pouchServer.ts`);
  const server = await module.startPouchServer();
  couch.port = Number(new URL(server.origin).port);
  const context = await newContext();
  try {
    await server.createUser(USER.username, USER.password);
    const loader = await openLoader(context, base);
    const prepared = await loader.evaluate((o) => window.caioBench.sync.prepare(o), {
      seed: config.seed,
      scale: config.scale,
      records,
      passphrase: 'bench sync passphrase, not a secret',
    });
    log(`First sync: client with ${prepared.records} records`, JSON.stringify(prepared.tables));
    const app = [];
    const floor = [];
    const partSamples = {};
    let last = null;
    for (let i = 0; i < config.warmup + config.runs; i++) {
      const remotes = {};
      for (const kind of ['app', 'floor']) {
        remotes[kind] = { name: `caio-bench-${kind}-${i}`, ...USER };
        await server.createDatabase(remotes[kind].name, [USER.username]);
      }
      // The app runs first (the floor replicates the documents it made); the floor's first run is a warm-up too.
      const a = await loader.evaluate(
        ([run, r]) => window.caioBench.sync.appSync(run, r),
        [String(i), remotes.app],
      );
      const f = await loader.evaluate(
        ([run, r]) => window.caioBench.sync.floorSync(run, r),
        [String(i), remotes.floor],
      );
      if (a.pushed !== a.documents || f.pushed !== a.documents)
        throw new Error(`First sync pushed ${a.pushed}, the floor ${f.pushed}, of ${a.documents} documents`);
      for (const kind of ['app', 'floor'])
        await server.request('DELETE', `/${remotes[kind].name}`, server.admin);
      const parts = Object.entries(a.parts).map(([k, v]) => `${k} ${v.toFixed(0)}`);
      log(
        `First sync run ${i + 1}: app ${a.ms.toFixed(0)} ms (${parts.join(', ')}), PouchDB alone ${f.ms.toFixed(0)} ms`,
      );
      if (i >= config.warmup) {
        app.push(a.ms);
        floor.push(f.ms);
        for (const [k, v] of Object.entries(a.parts)) (partSamples[k] ??= []).push(v);
      }
      last = a;
    }
    await loader.close();
    const stats = summarise(app);
    const floorStats = summarise(floor);
    log(`First sync ${stats.median.toFixed(0)} ms, PouchDB alone ${floorStats.median.toFixed(0)} ms`);
    return {
      id: 'firstSync',
      label: `First sync of a client with ${prepared.records.toLocaleString('en-GB')} records (outbox, push, pull, inbox) to CouchDB`,
      unit: 'ms',
      samples: app,
      stats,
      target: null,
      floor: null,
      versus: floorStats.median,
      versusLabel: 'PouchDB alone',
      ratio: stats.median / Math.max(floorStats.median, 0.1),
      met: null,
      detail: {
        tables: prepared.tables,
        documents: last.documents,
        bytes: last.bytes,
        floor: floorStats,
        partsMedianMs: Object.fromEntries(
          Object.entries(partSamples).map(([k, v]) => [k, summarise(v).median]),
        ),
      },
    };
  } finally {
    await context.close();
    couch.port = 0;
    await server.stop();
  }
}
