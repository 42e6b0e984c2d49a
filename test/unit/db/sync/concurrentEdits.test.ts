import { describe, expect, it } from 'vitest';
import { updateRecord } from '../../../../src/db/core/records';
import { countConflicts, listConflicts } from '../../../../src/db/sync/conflicts';
import { drainInbox } from '../../../../src/db/sync/inbox';
import { fillOutbox } from '../../../../src/db/sync/outbox';
import { syncClient } from '../../../../src/db/sync/syncClient';
import { serverForTests, type Device } from './syncKit';

/**
 * An edit made on this device while a sync runs (after the outbox, before the inbox) is never written over
 * by the version the same sync pulls: other fields merge, the same field becomes a conflict.
 */
const { pair } = serverForTests('typed');

async function synced(marker: string) {
  const { a, b } = await pair(marker);
  await syncClient(a, a.remote);
  await syncClient(b, b.remote);
  const [useCase] = await a.database.useCases.where('clientId').equals(a.clientId).sortBy('title');
  return { a, b, id: useCase!.id };
}

/** A's sync, with `typed` run between its pull and its inbox (as a keystroke during a sync would). */
async function syncWhileTyping(d: Device, typed: () => Promise<unknown>) {
  await fillOutbox(d);
  await d.local.replicate.to(d.remote, { retry: false });
  await d.local.replicate.from(d.remote, { retry: false });
  await typed();
  return drainInbox(d);
}

describe('an edit typed during a sync', { timeout: 60_000 }, () => {
  it('keeps its field and takes the other side’s change of another field', async () => {
    const { a, b, id } = await synced('t1');
    await updateRecord(b.database, 'useCases', id, { title: 'Bob title' });
    await syncClient(b, b.remote);

    const inbox = await syncWhileTyping(a, () =>
      updateRecord(a.database, 'useCases', id, { process: 'Alice typed this' }),
    );
    expect(inbox.conflicts).toEqual([]);
    expect(await a.database.useCases.get(id)).toMatchObject({
      title: 'Bob title',
      process: 'Alice typed this',
    });
    await syncClient(a, a.remote);
    await syncClient(b, b.remote);
    for (const d of [a, b])
      expect(await d.database.useCases.get(id)).toMatchObject({
        title: 'Bob title',
        process: 'Alice typed this',
      });
    expect(await countConflicts(b.local)).toBe(0);
  });

  it('of the field the other side changed too is kept as a conflict on both devices', async () => {
    const { a, b, id } = await synced('t2');
    await updateRecord(b.database, 'useCases', id, { title: 'Bob title' });
    await syncClient(b, b.remote);

    const inbox = await syncWhileTyping(a, () =>
      updateRecord(a.database, 'useCases', id, { title: 'Alice typed title' }),
    );
    expect(inbox.conflicts).toEqual([`useCases:${id}`]);
    const [conflict] = await listConflicts(a);
    const versions = [conflict!.winner, ...conflict!.others].map((v) => [v.by, v.record?.title]);
    expect(versions.sort()).toEqual([
      ['alice', 'Alice typed title'],
      ['bob', 'Bob title'],
    ]);
    expect(conflict!.fields.map((f) => f.field)).toEqual(['title']);
    expect((await a.database.useCases.get(id))?.title).toBe(conflict!.winner.record?.title);

    await syncClient(a, a.remote);
    await syncClient(b, b.remote);
    expect(await countConflicts(b.local)).toBe(1);
    expect((await b.database.useCases.get(id))?.title).toBe(conflict!.winner.record?.title);
  });

  it('that the other side did not contest goes out without a conflict', async () => {
    const { a, b, id } = await synced('t3');
    await updateRecord(b.database, 'useCases', id, { process: 'Bob process' });
    await syncClient(b, b.remote);

    await syncWhileTyping(a, () => updateRecord(a.database, 'useCases', id, { title: 'Alice title' }));
    await syncClient(a, a.remote);
    await syncClient(b, b.remote);
    for (const d of [a, b]) {
      expect(await d.database.useCases.get(id)).toMatchObject({
        title: 'Alice title',
        process: 'Bob process',
      });
      expect(await countConflicts(d.local)).toBe(0);
    }
  });
});
