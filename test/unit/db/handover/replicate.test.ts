import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandoverDataFile } from '../../../../src/db/handover/handover';
import { replicateHandover } from '../../../../src/db/handover/replicate';
import { updateRecord } from '../../../../src/db/core/records';
import { DEMO_CLIENT_IDS } from '../../../../src/demo/clients';
import { demoContext, loadDemoWorkspace } from '../../../../src/demo/workspace';
import { NOTHING_EXTRA } from '../../../../src/domain/handover/allowList';
import { HANDOVER_HEADER_ID } from '../../../../src/domain/handover/replication';
import { engine } from '../../../support/memoryEngine';
import { startPouchServer, type Credentials, type PouchServer } from '../../../support/pouchServer';
import { found, plantMarkers } from '../markerSeed';
import { freshDb } from '../testDb';

/**
 * The handover as a replication to the client's own CouchDB (the test server): the database then holds exactly
 * the records of the handover data file, readable, and nothing of another client or of the consultant's own notes.
 */

const NOW = new Date('2026-11-26T10:00:00.000Z');
const A = DEMO_CLIENT_IDS.staffing;
let server: PouchServer;
let client: Credentials;

beforeAll(async () => {
  server = await startPouchServer();
  client = await server.createUser('client-it', 'client-pw');
  await server.createDatabase('ai-register', ['client-it']);
}, 60_000);
afterAll(async () => server?.stop());

async function seeded() {
  const database = await freshDb();
  await loadDemoWorkspace(database, demoContext(NOW));
  const markers = await plantMarkers(database, A);
  return { database, markers };
}

const handover = (database: Awaited<ReturnType<typeof freshDb>>, url: string, who = client) =>
  replicateHandover({
    database,
    clientId: A,
    choices: NOTHING_EXTRA,
    appVersion: 'test',
    target: { url, ...who },
    engine,
    localOptions: { adapter: 'memory' },
    now: NOW,
  });

async function serverDocs(name: string) {
  const { body } = await server.request('GET', `/${name}/_all_docs?include_docs=true`, server.admin);
  return (body as { rows: { id: string; doc: Record<string, unknown> }[] }).rows.map((row) => row.doc);
}

describe('handover by replication', () => {
  it('puts exactly the handover file’s records on the client’s server, readable, and nothing else', async () => {
    const { database, markers } = await seeded();
    const result = await handover(database, `${server.origin}/ai-register`);
    const { file } = await createHandoverDataFile(database, A, NOTHING_EXTRA, 'test', NOW);
    const records = Object.values(file.tables).reduce((sum, rows) => sum + rows.length, 0);
    expect(result).toMatchObject({ documents: records + 1, confirmed: records + 1, refused: [] });

    const docs = await serverDocs('ai-register');
    expect(docs).toHaveLength(records + 1);
    const header = docs.find((doc) => doc._id === HANDOVER_HEADER_ID)!;
    expect(header).toMatchObject({ format: 'caio-desk-backup', kind: 'client', clientId: A });
    expect(header.checksum).toEqual(file.checksum);
    // Each record exactly as in the data file, in the clear.
    for (const [table, rows] of Object.entries(file.tables))
      for (const record of rows as { id: string }[])
        expect(docs.find((doc) => doc._id === `${table}:${record.id}`)).toMatchObject({ table, record });
    const text = JSON.stringify(docs);
    expect(found(text, markers.foreign)).toEqual([]);
    expect(found(text, markers.internal)).toEqual([]);
    const client = (await database.clients.get(A))!;
    expect(text).toContain(client.name);
  }, 60_000);

  it('a second handover updates what changed and removes what no longer leaves', async () => {
    await server.createDatabase('again', ['client-it']);
    const { database } = await seeded();
    const first = await handover(database, `${server.origin}/again`);
    const risk = (await database.risks.where('clientId').equals(A).first())!;
    await updateRecord(database, 'risks', risk.id, { description: 'Reworded for the board' });
    const gone = (await database.policies.where('clientId').equals(A).first())!;
    await database.policies.delete(gone.id);
    const second = await handover(database, `${server.origin}/again`);
    expect(second).toMatchObject({ documents: first.documents - 1, removed: 1, refused: [] });
    // The header (new date) and the risk changed; the rest is unchanged.
    expect(second.written).toBe(2);
    expect(second.confirmed).toBe(second.documents);
    const docs = await serverDocs('again');
    expect(docs).toHaveLength(second.documents);
    expect(docs.find((doc) => doc._id === `risks:${risk.id}`)?.record).toMatchObject({
      description: 'Reworded for the board',
    });
    expect(docs.some((doc) => doc._id === `policies:${gone.id}`)).toBe(false);
    const { body } = await server.request('GET', `/again/_all_docs?conflicts=true&include_docs=true`, client);
    expect(JSON.stringify(body)).not.toContain('_conflicts');
  }, 60_000);

  it('lists each document the client’s server refuses, with its reason, and confirms only the rest', async () => {
    await server.createDatabase('guarded', ['client-it']);
    const guard = `function (doc) { if (doc.table === 'policies') throw { forbidden: 'No policies here' }; }`;
    const put = await server.request('PUT', '/guarded/_design/guard', server.admin, {
      validate_doc_update: guard,
    });
    expect(put.status).toBe(201);
    const { database } = await seeded();
    const policies = await database.policies.where('clientId').equals(A).count();
    expect(policies).toBeGreaterThan(0);
    const result = await handover(database, `${server.origin}/guarded`);
    expect(result.refused).toHaveLength(policies);
    expect(result.refused.every((r) => r.id.startsWith('policies:') && r.reason === 'No policies here')).toBe(
      true,
    );
    expect(result.confirmed).toBe(result.documents - policies);
  }, 60_000);

  it('reports the server’s refusal with its reason, and writes nothing there', async () => {
    const { database } = await seeded();
    await server.createDatabase('someone-else', ['nobody']);
    await expect(handover(database, `${server.origin}/someone-else`)).rejects.toMatchObject({
      status: expect.any(Number),
    });
    await expect(
      handover(database, `${server.origin}/ai-register`, { ...client, password: 'wrong' }),
    ).rejects.toMatchObject({ status: 401 });
    await expect(handover(database, `${server.origin}/missing`)).rejects.toMatchObject({ status: 404 });
    await expect(handover(database, 'http://couch.example.eu/ai-register')).rejects.toThrow(/HTTPS/);
    expect(await serverDocs('someone-else')).toEqual([]);
  }, 60_000);
});
