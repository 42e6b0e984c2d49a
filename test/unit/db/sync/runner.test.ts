import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateRecord } from '../../../../src/db/core/records';
import { SyncRunner } from '../../../../src/db/sync/runner';
import { readSyncSettings, writeSyncSettings } from '../../../../src/db/sync/settings';
import { remoteDatabaseName, type SyncSettings } from '../../../../src/domain/sync/settings';
import { DEVICE_SETTING_KEYS } from '../../../../src/db/backup/settings';
import { engine } from '../../../support/memoryEngine';
import { startPouchServer, type PouchServer } from '../../../support/pouchServer';
import { device, emptyDevice, firstDevice } from './syncKit';
import { syncClient } from '../../../../src/db/sync/syncClient';
import type { Engine, EngineDatabase } from '../../../../src/db/sync/engine';

/** The runner: each configured client's visible state through a sync, an edit, a pause, a refusal and an outage. */
let server: PouchServer;
beforeAll(async () => {
  server = await startPouchServer();
  await server.createUser('alice', 'alice-pw');
  await server.createUser('carol', 'carol-pw');
}, 60_000);
afterAll(() => server?.stop());

const localOptions = { adapter: 'memory' };

async function configured(
  marker: string,
  overrides: Partial<SyncSettings> = {},
  withEngine: Engine = engine,
) {
  const first = await firstDevice(marker);
  await server.createDatabase(remoteDatabaseName(first.clientId), ['alice']);
  const settings: SyncSettings = {
    serverUrl: `${server.origin}/`,
    username: 'alice',
    password: 'alice-pw',
    clientIds: [first.clientId],
    pausedClientIds: [],
    ...overrides,
  };
  await writeSyncSettings(first.database, settings);
  const runner = new SyncRunner({
    database: first.database,
    settings: (await readSyncSettings(first.database))!,
    engine: withEngine,
    localOptions,
  });
  return { ...first, runner, settings };
}

describe('the sync runner', { timeout: 60_000 }, () => {
  it('shows synced, then pending N after edits, then synced again', async () => {
    const { runner, clientId, database } = await configured('r1');
    const seen: string[] = [];
    runner.subscribe(() => seen.push(runner.statusMap().get(clientId)!.state));
    await runner.syncNow();
    expect(runner.statusMap().get(clientId)).toMatchObject({ state: 'synced', pending: 0, conflicts: 0 });
    expect(seen).toEqual(['syncing', 'synced']);
    const useCases = await database.useCases.toArray();
    await updateRecord(database, 'useCases', useCases[0].id, { title: 'Edited once' });
    await updateRecord(database, 'useCases', useCases[1].id, { title: 'Edited twice' });
    const stopped = new SyncRunner({
      database,
      settings: { ...(await readSyncSettings(database))!, pausedClientIds: [clientId] },
      engine,
      localOptions,
    });
    await stopped.syncNow();
    expect(stopped.statusMap().get(clientId)).toMatchObject({ state: 'paused', pending: 2 });
    await runner.syncNow();
    expect(runner.statusMap().get(clientId)).toMatchObject({ state: 'synced', pending: 0 });
    const docs = await server.request('GET', `/${remoteDatabaseName(clientId)}/_all_docs`, server.admin);
    // Three records, plus the client's keyring and alice's wrapped key.
    const ids = (docs.body as { rows: { id: string }[] }).rows.map((r) => r.id);
    expect(ids.filter((id) => !id.startsWith('key'))).toHaveLength(3);
    expect(ids.filter((id) => id.startsWith('key')).map((id) => id.split(':')[0])).toEqual([
      'key',
      'keyring',
    ]);
  });

  it('shows the reason when the server refuses, and offline when it cannot be reached', async () => {
    const refused = await configured('r2', { username: 'carol', password: 'carol-pw' });
    await refused.runner.syncNow();
    expect(refused.runner.statusMap().get(refused.clientId)).toMatchObject({ state: 'error', pending: 3 });
    expect(refused.runner.statusMap().get(refused.clientId)?.reason).toMatch(/refused/);
    const away = await configured('r3', { serverUrl: 'http://127.0.0.1:9' });
    await away.runner.syncNow();
    expect(away.runner.statusMap().get(away.clientId)).toMatchObject({ state: 'offline', pending: 3 });
  });

  it('runs "Sync now" again when it is asked during a run that has already pulled', async () => {
    // The engine of this device holds each run right after its pull while `hold` is set.
    let hold: { pulled: () => void; release: Promise<void> } | null = null;
    const held = function (name: string, options?: object) {
      const real = new engine(name, options) as EngineDatabase;
      const { to, from } = real.replicate;
      const replicate = {
        to,
        from: async (...args: Parameters<typeof from>) => {
          const result = await from(...args);
          const gate = hold;
          if (gate) gate.pulled();
          if (gate) await gate.release;
          return result;
        },
      };
      return new Proxy(real, { get: (t, p) => (p === 'replicate' ? replicate : Reflect.get(t, p)) });
    } as unknown as Engine;
    const a = await configured('r5', {}, held);
    await a.runner.syncNow();
    const b = device(
      server,
      remoteDatabaseName(a.clientId),
      { username: 'alice', password: 'alice-pw' },
      {
        ...a,
        database: await emptyDevice(),
      },
    );
    await syncClient(b, b.remote);

    // A run of A has pulled; then B pushes an edit, and A's user asks to sync now.
    let release = () => {};
    const pulled = new Promise<void>((resolve) => {
      hold = { pulled: resolve, release: new Promise<void>((r) => (release = r)) };
    });
    const first = a.runner.syncNow();
    await pulled;
    hold = null;
    const [useCase] = await b.database.useCases.where('clientId').equals(a.clientId).toArray();
    await updateRecord(b.database, 'useCases', useCase.id, { title: 'Edited on B meanwhile' });
    await syncClient(b, b.remote);
    const asked = a.runner.syncNow(a.clientId);
    expect(a.runner.statusMap().get(a.clientId)?.state).toBe('syncing');
    release();
    await first;
    // The first run is done, but the one asked for is not yet: the client still says so.
    expect(a.runner.statusMap().get(a.clientId)?.state).toBe('syncing');
    await asked;
    expect(a.runner.statusMap().get(a.clientId)).toMatchObject({ state: 'synced', pending: 0 });
    expect((await a.database.useCases.get(useCase.id))?.title).toBe('Edited on B meanwhile');
  });

  it('keeps its settings on this device only (never in a backup)', async () => {
    const { database, settings } = await configured('r4');
    expect(await readSyncSettings(database)).toEqual(settings);
    expect(DEVICE_SETTING_KEYS.has('sync.settings')).toBe(true);
    await writeSyncSettings(database, null);
    expect(await readSyncSettings(database)).toBeNull();
  });
});
