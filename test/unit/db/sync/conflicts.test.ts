import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateRecord } from '../../../../src/db/core/records';
import { countConflicts, listConflicts, resolveConflict } from '../../../../src/db/sync/conflicts';
import { syncClient } from '../../../../src/db/sync/syncClient';
import { startWithConsultants, type Credentials, type PouchServer } from '../../../support/pouchServer';
import { device, emptyDevice, firstDevice } from './syncKit';

/** A concurrent edit of one record: both versions listed field by field, the user's pick applied and logged. */
let server: PouchServer;
let alice: Credentials;
let bob: Credentials;
beforeAll(async () => {
  ({ server, alice, bob } = await startWithConsultants());
  await server.createDatabase('conflicts', ['alice', 'bob']);
}, 60_000);
afterAll(() => server?.stop());

describe('sync conflicts', { timeout: 60_000 }, () => {
  it('are listed with both versions and authors, resolved per field, and converge everywhere', async () => {
    const first = await firstDevice('c1');
    const a = device(server, 'conflicts', alice, first);
    const b = device(server, 'conflicts', bob, { ...first, database: await emptyDevice() });
    await syncClient(a, a.remote);
    await syncClient(b, b.remote);
    const [useCase] = await a.database.useCases.where('clientId').equals(a.clientId).toArray();
    await updateRecord(a.database, 'useCases', useCase.id, {
      title: 'Alice title',
      process: 'Alice process',
    });
    await updateRecord(b.database, 'useCases', useCase.id, { title: 'Bob title', process: 'Bob process' });
    await syncClient(a, a.remote);
    await syncClient(b, b.remote);

    expect(await countConflicts(b.local)).toBe(1);
    const [conflict, ...more] = await listConflicts(b);
    expect(more).toEqual([]);
    expect(conflict.docId).toBe(`useCases:${useCase.id}`);
    expect(new Set([conflict.winner.by, conflict.others[0].by])).toEqual(new Set(['alice', 'bob']));
    expect(conflict.fields.map((f) => f.field).sort()).toEqual(['process', 'title']);
    const winnerIsAlice = conflict.winner.by === 'alice';
    // Keep Alice's title and Bob's process, whichever the engine picked.
    await resolveConflict(b, conflict, {
      title: winnerIsAlice ? 'winner' : 'other',
      process: winnerIsAlice ? 'other' : 'winner',
    });
    const resolved = { title: 'Alice title', process: 'Bob process' };
    expect(await b.database.useCases.get(useCase.id)).toMatchObject(resolved);
    const notes = (await b.database.changes.toArray()).map((e) => e.note ?? '');
    expect(notes.some((n) => n.startsWith('Sync conflict resolved'))).toBe(true);
    expect(await listConflicts(b)).toEqual([]);
    expect(await countConflicts(b.local)).toBe(0);

    await syncClient(b, b.remote);
    await syncClient(a, a.remote);
    expect(await a.database.useCases.get(useCase.id)).toMatchObject(resolved);
    expect(await listConflicts(a)).toEqual([]);
    const onServer = await server.request(
      'GET',
      `/conflicts/useCases:${useCase.id}?conflicts=true`,
      server.admin,
    );
    expect((onServer.body as { _conflicts?: string[] })._conflicts).toBeUndefined();
  });
});
