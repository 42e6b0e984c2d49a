import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateRecord } from '../../../../src/db/core/records';
import { Couch } from '../../../../src/db/sync/couch';
import { storedClientKey } from '../../../../src/db/sync/keyring';
import { createConsultant, openPractice, setAssignment } from '../../../../src/db/sync/practice';
import { SyncRunner } from '../../../../src/db/sync/runner';
import { readSyncSettings, writeSyncSettings } from '../../../../src/db/sync/settings';
import type { CaioDatabase } from '../../../../src/db/core/schema';
import { toBase64 } from '../../../../src/domain/vault/aead';
import { remoteDatabaseName } from '../../../../src/domain/sync/settings';
import { engine } from '../../../support/memoryEngine';
import { startPouchServer, type PouchServer } from '../../../support/pouchServer';
import { emptyDevice, firstDevice } from './syncKit';

/**
 * Key pairs and wrapped client keys, and revocation, against the test server: the practice owner creates
 * consultants and assigns them; alice's device puts the client's key on the server for herself, wraps it for
 * bob once he is assigned (and for his second device), carol (not assigned) is refused; the server holds
 * wrapped keys and fingerprints only. Unassigning bob removes the client from his device at its next sync.
 */
let server: PouchServer;
let owner: Couch;
beforeAll(async () => {
  server = await startPouchServer();
  owner = new Couch({ serverUrl: server.origin, ...server.admin });
  await openPractice(owner);
  for (const name of ['alice', 'bob', 'carol']) await createConsultant(owner, name, `${name}-password`);
}, 60_000);
afterAll(() => server?.stop());

async function runnerFor(database: CaioDatabase, username: string, clientIds: string[]) {
  await writeSyncSettings(database, {
    serverUrl: server.origin,
    username,
    password: `${username}-password`,
    clientIds,
    pausedClientIds: [],
  });
  const settings = (await readSyncSettings(database))!;
  const replicaPrefix = `${database.name}-`;
  return new SyncRunner({ database, settings, engine, localOptions: { adapter: 'memory' }, replicaPrefix });
}

const stateOf = (runner: SyncRunner, clientId: string) => runner.statusMap().get(clientId);

describe('client keys wrapped per consultant', { timeout: 120_000 }, () => {
  it('reach an assigned consultant and each of their devices, never one who is not assigned', async () => {
    const a = await firstDevice('k1');
    const ownerApp = await emptyDevice();
    const { clientId } = a;
    await setAssignment(ownerApp, owner, clientId, 'alice', true);
    const alice = await runnerFor(a.database, 'alice', [clientId]);
    await alice.syncNow();
    expect(stateOf(alice, clientId)).toMatchObject({ state: 'synced' });
    expect(alice.practice()).toEqual({ admin: false, assigned: [clientId] });

    // Bob has published his key but is not assigned yet: the server refuses him.
    const b = await emptyDevice();
    const bob = await runnerFor(b, 'bob', [clientId]);
    await bob.syncNow();
    expect(stateOf(bob, clientId)).toMatchObject({ state: 'error' });
    expect(stateOf(bob, clientId)?.reason).toMatch(/refused/);

    // Assigned (the owner has no key: alice's next sync wraps it for him), then his records arrive.
    await setAssignment(ownerApp, owner, clientId, 'bob', true);
    await bob.syncNow();
    expect(stateOf(bob, clientId)?.reason).toMatch(/Waiting for a colleague/);
    await alice.syncNow();
    await bob.syncNow();
    expect(stateOf(bob, clientId)).toMatchObject({ state: 'synced' });
    expect((await b.clients.get(clientId))?.name).toBe('Northwind k1-name');
    expect(await b.useCases.where('clientId').equals(clientId).count()).toBe(2);
    expect(await storedClientKey(b, clientId)).toEqual(a.key);

    // Bob's second device: its own key pair, wrapped for by a key holder (now also bob's first device).
    const b2 = await emptyDevice();
    const bob2 = await runnerFor(b2, 'bob', [clientId]);
    await bob2.syncNow();
    await bob.syncNow();
    await bob2.syncNow();
    expect(stateOf(bob2, clientId)).toMatchObject({ state: 'synced' });
    expect((await b2.clients.get(clientId))?.name).toBe('Northwind k1-name');

    // Carol is a consultant of the practice, not of this client: refused by the server, no key.
    const c = await emptyDevice();
    const carol = await runnerFor(c, 'carol', [clientId]);
    await carol.syncNow();
    expect(stateOf(carol, clientId)?.reason).toMatch(/refused/);
    expect(await c.clients.count()).toBe(0);
    expect(await storedClientKey(c, clientId)).toBeNull();
    const carolsRequest = await server.request('GET', `/${remoteDatabaseName(clientId)}/keyring`, {
      username: 'carol',
      password: 'carol-password',
    });
    expect(carolsRequest.status).toBe(401);

    // The server: one key document per consultant key (wrapped key and fingerprint), never the key itself.
    const all = await server.request(
      'GET',
      `/${remoteDatabaseName(clientId)}/_all_docs?include_docs=true`,
      server.admin,
    );
    const rows = (all.body as { rows: { id: string; doc: Record<string, unknown> }[] }).rows;
    const keyDocs = rows.filter((r) => r.id.startsWith('key:'));
    expect(keyDocs.map((r) => r.id.split(':')[1]).sort()).toEqual(['alice', 'bob', 'bob']);
    for (const { doc } of keyDocs)
      expect(Object.keys(doc).sort()).toEqual(['_id', '_rev', 'fingerprint', 'wrapped']);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(toBase64(a.key));
    expect(text).not.toContain('Northwind');
  });

  it('unassigning removes the client from the consultant’s device at its next sync, and the server refuses them', async () => {
    const a = await firstDevice('k2');
    const ownerApp = await emptyDevice();
    const { clientId } = a;
    await setAssignment(ownerApp, owner, clientId, 'alice', true);
    await setAssignment(ownerApp, owner, clientId, 'bob', true);
    const alice = await runnerFor(a.database, 'alice', [clientId]);
    const b = await emptyDevice();
    const bob = await runnerFor(b, 'bob', [clientId]);
    await bob.syncNow(); // publishes bob's key
    await alice.syncNow();
    await bob.syncNow();
    expect(stateOf(bob, clientId)).toMatchObject({ state: 'synced' });
    expect(await b.useCases.where('clientId').equals(clientId).count()).toBe(2);
    const [useCase] = await b.useCases.where('clientId').equals(clientId).toArray();
    await updateRecord(b, 'useCases', useCase.id, { title: 'Unsent edit by bob' });

    await setAssignment(ownerApp, owner, clientId, 'bob', false);
    const remote = `/${remoteDatabaseName(clientId)}`;
    const asBob = { username: 'bob', password: 'bob-password' };
    expect((await server.request('GET', `${remote}/_all_docs`, asBob)).status).toBe(401);
    expect((await server.request('PUT', `${remote}/useCases:x`, asBob, { v: 1, c: 'x' })).status).toBe(401);

    await bob.syncNow();
    expect(await b.clients.get(clientId)).toBeUndefined();
    expect(await b.useCases.where('clientId').equals(clientId).count()).toBe(0);
    expect(await storedClientKey(b, clientId)).toBeNull();
    const settings = await readSyncSettings(b);
    expect(settings?.clientIds).toEqual([]);
    expect(settings?.removed).toMatchObject([{ clientId, name: 'Northwind k2-name' }]);
    expect(bob.statusMap().has(clientId)).toBe(false);
    // Alice is unaffected, and bob's unsent edit never reached the server.
    await alice.syncNow();
    expect(stateOf(alice, clientId)).toMatchObject({ state: 'synced' });
    expect((await a.database.useCases.get(useCase.id))?.title).not.toBe('Unsent edit by bob');
  });
});
