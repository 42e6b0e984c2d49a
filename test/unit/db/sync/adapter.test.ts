import { describe, expect, it } from 'vitest';
import { updateRecord, deleteRecord } from '../../../../src/db/core/records';
import { sealPayload } from '../../../../src/domain/sync/documents';
import { syncClient } from '../../../../src/db/sync/syncClient';
import { fillOutbox } from '../../../../src/db/sync/outbox';
import { drainInbox } from '../../../../src/db/sync/inbox';
import { CHECKPOINT_ID, readCheckpoint, writeCheckpoint } from '../../../../src/db/sync/checkpoint';
import { engine } from '../../../support/memoryEngine';
import { serverForTests } from './syncKit';

/**
 * The outbox/inbox adapter against a real replication server: two devices of two consultants sync one
 * client's records through their local replicas and an in-memory pouchdb-server.
 */
const { env, pair } = serverForTests('client');

const titles = async (d: {
  database: import('../../../../src/db/core/schema').CaioDatabase;
  clientId: string;
}) => (await d.database.useCases.where('clientId').equals(d.clientId).toArray()).map((u) => u.title).sort();

describe('the sync adapter', { timeout: 60_000 }, () => {
  it('sends a client and its records and applies them on the other device, marked with their author', async () => {
    const { a, b } = await pair('m1');
    const sent = await syncClient(a, a.remote);
    expect(sent).toMatchObject({ written: 3, pushed: 3, applied: 0, problems: [] });
    const got = await syncClient(b, b.remote);
    expect(got).toMatchObject({ pulled: 3, applied: 3, problems: [], written: 0 });
    expect((await b.database.clients.get(a.clientId))?.name).toBe('Northwind m1-name');
    expect(await titles(b)).toEqual(await titles(a));
    const entries = await b.database.changes.toArray();
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => e.kind === 'create' && e.by === 'alice' && e.syncedFrom)).toBe(true);
    // Nothing goes back: what arrived through sync is not this device's change.
    expect(await syncClient(b, b.remote)).toMatchObject({ written: 0, pushed: 0, applied: 0 });
  });

  it('applying the same documents twice changes nothing the second time (idempotent)', async () => {
    const { a, b } = await pair('m2');
    await syncClient(a, a.remote);
    await b.local.replicate.from(b.remote);
    const before = await readCheckpoint(b.local);
    expect((await drainInbox(b)).applied).toBe(3);
    const records = JSON.stringify(await b.database.useCases.toArray());
    const entries = await b.database.changes.count();
    // As after a crash before the checkpoint moved: the same batch again.
    const current = await readCheckpoint(b.local);
    await writeCheckpoint(b.local, { ...current, inSeq: before.inSeq });
    expect(await drainInbox(b)).toMatchObject({ applied: 0, problems: [] });
    expect(JSON.stringify(await b.database.useCases.toArray())).toBe(records);
    expect(await b.database.changes.count()).toBe(entries);
    // And the outbox: a second run writes nothing.
    expect((await fillOutbox(a)).written).toBe(0);
  });

  it('edits and deletions go out in order and arrive as edits and deletions', async () => {
    const { a, b } = await pair('m3');
    await syncClient(a, a.remote);
    await syncClient(b, b.remote);
    const [first, second] = await a.database.useCases.where('clientId').equals(a.clientId).sortBy('title');
    await updateRecord(a.database, 'useCases', first.id, { title: 'First edit' });
    await updateRecord(a.database, 'useCases', first.id, { title: 'Second edit' });
    await deleteRecord(a.database, 'useCases', second.id);
    expect(await syncClient(a, a.remote)).toMatchObject({ written: 2, pushed: 2 });
    const got = await syncClient(b, b.remote);
    expect(got).toMatchObject({ pulled: 2, applied: 2, problems: [] });
    expect(await titles(b)).toEqual(['Second edit']);
    const edits = await b.database.changes
      .where('[entity+entityId]')
      .equals(['useCases', first.id])
      .toArray();
    expect(edits.map((e) => [e.kind, e.field, e.newValue, e.by])).toContainEqual([
      'edit',
      'title',
      'Second edit',
      'alice',
    ]);
    const gone = await b.database.changes
      .where('[entity+entityId]')
      .equals(['useCases', second.id])
      .toArray();
    expect(gone.map((e) => [e.kind, e.by])).toContainEqual(['delete', 'alice']);
    // And back: bob's edit reaches alice with bob as its author.
    await updateRecord(b.database, 'useCases', first.id, { process: 'Edited by Bob' });
    expect(await syncClient(b, b.remote)).toMatchObject({ written: 1, pushed: 1 });
    expect(await syncClient(a, a.remote)).toMatchObject({ applied: 1 });
    expect((await a.database.useCases.get(first.id))?.process).toBe('Edited by Bob');
    const onA = await a.database.changes.where('[entity+entityId]').equals(['useCases', first.id]).toArray();
    expect(onA.find((e) => e.field === 'process')?.by).toBe('bob');
  });

  it('resumes from its checkpoint when the server is cut off mid-sync, losing nothing', async () => {
    const { a, b } = await pair('m4');
    // A server that is not there (nothing listens on port 9): the push fails after the outbox step.
    const down = new engine('http://127.0.0.1:9/client', { skip_setup: true });
    await expect(syncClient(a, down)).rejects.toBeTruthy();
    // The outbox had finished: its documents wait in the replica, and the next sync only pushes them.
    expect((await a.local.allDocs()).rows).toHaveLength(3);
    expect(await syncClient(a, a.remote)).toMatchObject({ written: 0, pushed: 3 });
    expect(await syncClient(b, b.remote)).toMatchObject({ applied: 3 });
    expect(await titles(b)).toEqual(await titles(a));
  });

  it('a concurrent edit of one record is detected as a conflict and nothing is lost', async () => {
    const { a, b } = await pair('m5');
    await syncClient(a, a.remote);
    await syncClient(b, b.remote);
    const [useCase] = await a.database.useCases.where('clientId').equals(a.clientId).toArray();
    await updateRecord(a.database, 'useCases', useCase.id, { title: 'Alice title' });
    await updateRecord(b.database, 'useCases', useCase.id, { title: 'Bob title' });
    await syncClient(a, a.remote);
    const onB = await syncClient(b, b.remote);
    const onA = await syncClient(a, a.remote);
    expect([...onA.conflicts, ...onB.conflicts]).toContain(`useCases:${useCase.id}`);
    const [winnerA, winnerB] = [
      await a.database.useCases.get(useCase.id),
      await b.database.useCases.get(useCase.id),
    ];
    expect(winnerA?.title).toBe(winnerB?.title);
    const doc = await b.local.get(`useCases:${useCase.id}`, { conflicts: true });
    expect(doc._conflicts).toHaveLength(1);
  });

  it('refuses a document whose record belongs to another client, and one that does not open', async () => {
    const { a, b, name } = await pair('m6');
    await syncClient(a, a.remote);
    const forged = sealPayload(a.key, a.clientId, {
      table: 'useCases',
      id: 'forged-1',
      record: { id: 'forged-1', clientId: 'another-client', title: 'Forged' },
      by: 'alice',
      origin: 'elsewhere',
      at: new Date().toISOString(),
    });
    await env.server.request('PUT', `/${name}/useCases:forged-1`, env.alice, forged);
    await env.server.request('PUT', `/${name}/useCases:forged-2`, env.alice, {
      v: 1,
      c: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    });
    await env.server.request('PUT', `/${name}/plain`, env.alice, { title: 'not sealed' });
    const got = await syncClient(b, b.remote);
    expect(got.applied).toBe(3);
    expect(got.problems.map((p) => p.docId).sort()).toEqual([
      'plain',
      'useCases:forged-1',
      'useCases:forged-2',
    ]);
    expect(await b.database.useCases.get('forged-1')).toBeUndefined();
    expect(await b.database.useCases.count()).toBe(2);
  });

  it('the server holds ids, revisions and ciphertext only', async () => {
    const { a, b, name } = await pair('zq7marker');
    await updateRecord(a.database, 'clients', a.clientId, { notes: 'zq7marker-notes typed by alice' });
    await syncClient(a, a.remote);
    await syncClient(b, b.remote);
    const [useCase] = await b.database.useCases.toArray();
    await updateRecord(b.database, 'useCases', useCase.id, {
      problemStatement: 'zq7marker-problem typed by bob',
    });
    await syncClient(b, b.remote);
    const all = await env.server.request('GET', `/${name}/_all_docs?include_docs=true`, env.server.admin);
    const changes = await env.server.request(
      'GET',
      `/${name}/_changes?include_docs=true&style=all_docs`,
      env.server.admin,
    );
    const text = JSON.stringify([all.body, changes.body]);
    expect(text).toContain(`clients:${a.clientId}`);
    // The authors' names as a JSON value would show them: a bare "bob" turns up in random base64 now and then.
    for (const marker of ['zq7marker', 'Northwind', 'Invoice triage', 'typed by', '"alice"', '"bob"'])
      expect(text, marker).not.toContain(marker);
    const docs = (all.body as { rows: { doc: Record<string, unknown> }[] }).rows.map((r) => r.doc);
    for (const doc of docs) expect(Object.keys(doc).sort()).toEqual(['_id', '_rev', 'c', 'v']);
    expect(CHECKPOINT_ID.startsWith('_local/')).toBe(true);
  });
});
