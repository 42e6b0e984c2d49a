import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWithConsultants, type Credentials, type PouchServer } from '../../support/pouchServer';
import { engine, localDatabase } from '../../support/memoryEngine';

/**
 * The test server enforces what the sync design relies on: a client's database is readable and writable by
 * its `_security` members only; another consultant and an anonymous request are refused by the server.
 */
let server: PouchServer;
let alice: Credentials;
let bob: Credentials;

beforeAll(async () => {
  ({ server, alice, bob } = await startWithConsultants());
  await server.createDatabase('client-1', ['alice']);
  await server.createDatabase('client-2', ['alice', 'bob']);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const refused = (status: number) => status === 401 || status === 403;

describe('the test server', () => {
  it('lets a member write and read a document', async () => {
    const put = await server.request('PUT', '/client-1/doc-1', alice, { value: 'x' });
    expect(put.status).toBe(201);
    const get = await server.request('GET', '/client-1/doc-1', alice);
    expect(get.status).toBe(200);
    expect(get.body).toMatchObject({ _id: 'doc-1', value: 'x' });
  });

  it('refuses a consultant who is not a member, for reads, writes and the changes feed', async () => {
    expect(refused((await server.request('GET', '/client-1', bob)).status)).toBe(true);
    expect(refused((await server.request('GET', '/client-1/doc-1', bob)).status)).toBe(true);
    expect(refused((await server.request('GET', '/client-1/_changes', bob)).status)).toBe(true);
    expect(refused((await server.request('PUT', '/client-1/doc-b', bob, { value: 'b' })).status)).toBe(true);
    const docs = await server.request('GET', '/client-1/_all_docs', server.admin);
    expect(docs.body).toMatchObject({ total_rows: 1 });
  });

  it('refuses anonymous requests and a wrong password', async () => {
    expect(refused((await server.request('GET', '/client-1/doc-1')).status)).toBe(true);
    expect(refused((await server.request('PUT', '/client-1/doc-a', undefined, { value: 'a' })).status)).toBe(
      true,
    );
    const wrong = { username: 'alice', password: 'nope' };
    expect(refused((await server.request('GET', '/client-1/doc-1', wrong)).status)).toBe(true);
  });

  it('only the admin changes _security', async () => {
    const members = { admins: { names: [], roles: [] }, members: { names: ['alice', 'bob'], roles: [] } };
    expect(refused((await server.request('PUT', '/client-1/_security', alice, members)).status)).toBe(true);
    expect(refused((await server.request('PUT', '/client-1/_security', bob, members)).status)).toBe(true);
  });

  it('replicates with the engine for a member and refuses a non-member', async () => {
    const local = localDatabase();
    await local.put({ _id: 'record-1', value: 'sealed' });
    const asAlice = new engine(`${server.origin}/client-2`, { auth: alice, skip_setup: true });
    expect((await local.replicate.to(asAlice)).docs_written).toBe(1);
    const asBob = new engine(`${server.origin}/client-2`, { auth: bob, skip_setup: true });
    const other = localDatabase();
    await other.replicate.from(asBob);
    expect((await other.get('record-1')).value).toBe('sealed');
    const bobOnClient1 = new engine(`${server.origin}/client-1`, { auth: bob, skip_setup: true });
    await expect(other.replicate.from(bobOnClient1)).rejects.toMatchObject({ status: 401 });
    await expect(local.replicate.to(bobOnClient1)).rejects.toMatchObject({ status: 401 });
    expect((await server.request('GET', '/client-1/record-1', server.admin)).status).toBe(404);
  });
});
