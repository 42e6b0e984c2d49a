import { createClient } from '../../../../src/db/clients/clients';
import { createUseCase } from '../../../../src/db/portfolio/useCases';
import type { CaioDatabase } from '../../../../src/db/core/schema';
import type { SyncContext } from '../../../../src/db/sync/context';
import type { EngineDatabase } from '../../../../src/db/sync/engine';
import { setUpVault } from '../../../../src/db/vault/vault';
import { freshDb } from '../testDb';
import { engine, localDatabase } from '../../../support/memoryEngine';
import { afterAll, beforeAll } from 'vitest';
import { startWithConsultants, type Credentials, type PouchServer } from '../../../support/pouchServer';

/** Two devices of the sync tests: each its own app database (a vault), local replica and author. */

export interface Device extends SyncContext {
  remote: EngineDatabase;
}

/** Device A: a vault with one client ("marker" strings in its content) and two use cases. */
export async function firstDevice(marker: string) {
  const database = await freshDb();
  await setUpVault(database, 'correct horse battery staple', { iterations: 1_000 });
  const client = await createClient(database, { name: `Northwind ${marker}-name` });
  await createUseCase(database, client.id, { title: `Invoice triage ${marker}-title-1` });
  await createUseCase(database, client.id, {
    title: `Contract review ${marker}-title-2`,
    process: `${marker}-process`,
  });
  const key = database.vault.clientKey(client.id);
  if (!key) throw new Error('the vault gave the client no key');
  return { database, clientId: client.id, key };
}

export async function emptyDevice(): Promise<CaioDatabase> {
  const database = await freshDb();
  await setUpVault(database, 'another passphrase here', { iterations: 1_000 });
  return database;
}

export function device(
  server: PouchServer,
  remoteName: string,
  who: Credentials,
  base: Pick<SyncContext, 'database' | 'clientId' | 'key'>,
): Device {
  return {
    ...base,
    author: who.username,
    local: localDatabase('replica'),
    remote: new engine(`${server.origin}/${remoteName}`, { auth: who, skip_setup: true }),
  };
}

/** Alice's device with a client in a fresh server database `name`, and Bob's empty device on the same. */
export async function twoDevices(
  server: PouchServer,
  consultants: { alice: Credentials; bob: Credentials },
  name: string,
  marker: string,
): Promise<{ a: Device; b: Device }> {
  await server.createDatabase(name, ['alice', 'bob']);
  const first = await firstDevice(marker);
  const a = device(server, name, consultants.alice, first);
  const b = device(server, name, consultants.bob, { ...first, database: await emptyDevice() });
  return { a, b };
}

/**
 * One test server for a test file (started before its tests, stopped after them) with Alice and Bob, and
 * `pair`: their two devices on a fresh database of it, named `prefix-N`.
 */
export function serverForTests(prefix: string) {
  const env = {} as { server: PouchServer; alice: Credentials; bob: Credentials };
  let count = 0;
  beforeAll(async () => {
    Object.assign(env, await startWithConsultants());
  }, 60_000);
  afterAll(() => env.server?.stop());
  const pair = async (marker: string) => {
    const name = `${prefix}-${count++}`;
    return { ...(await twoDevices(env.server, env, name, marker)), name };
  };
  return { env, pair };
}
