import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateRecord } from '../../../../src/db/core/records';
import { SyncRunner } from '../../../../src/db/sync/runner';
import { readSyncSettings, writeSyncSettings } from '../../../../src/db/sync/settings';
import { remoteDatabaseName, type SyncSettings } from '../../../../src/domain/sync/settings';
import { DEVICE_SETTING_KEYS } from '../../../../src/db/backup/settings';
import { engine } from '../../../support/memoryEngine';
import { startPouchServer, type PouchServer } from '../../../support/pouchServer';
import { firstDevice } from './syncKit';

/** The runner: each configured client's visible state through a sync, an edit, a pause, a refusal and an outage. */
let server: PouchServer;
beforeAll(async () => {
  server = await startPouchServer();
  await server.createUser('alice', 'alice-pw');
  await server.createUser('carol', 'carol-pw');
}, 60_000);
afterAll(() => server?.stop());

const localOptions = { adapter: 'memory' };

async function configured(marker: string, overrides: Partial<SyncSettings> = {}) {
  const device = await firstDevice(marker);
  await server.createDatabase(remoteDatabaseName(device.clientId), ['alice']);
  const settings: SyncSettings = {
    serverUrl: `${server.origin}/`,
    username: 'alice',
    password: 'alice-pw',
    clientIds: [device.clientId],
    pausedClientIds: [],
    ...overrides,
  };
  await writeSyncSettings(device.database, settings);
  const runner = new SyncRunner({
    database: device.database,
    settings: (await readSyncSettings(device.database))!,
    engine,
    localOptions,
  });
  return { ...device, runner, settings };
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

  it('keeps its settings on this device only (never in a backup)', async () => {
    const { database, settings } = await configured('r4');
    expect(await readSyncSettings(database)).toEqual(settings);
    expect(DEVICE_SETTING_KEYS.has('sync.settings')).toBe(true);
    await writeSyncSettings(database, null);
    expect(await readSyncSettings(database)).toBeNull();
  });
});
