import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beginEdit, pendingEdits, replayPendingEdits, settleEdit } from '../../../../src/db/core/editJournal';
import { updateRecord } from '../../../../src/db/core/records';
import type { Client } from '../../../../src/domain/clients/client';
import { makeClient } from './testKit';
import { freshDb } from '../testDb';

/** A synchronous in-memory Storage, like the browser's localStorage. */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, String(v));
  removeItem = (k: string) => void this.items.delete(k);
}

beforeEach(() => {
  (globalThis as Record<string, unknown>).localStorage = new MemoryStorage();
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).localStorage;
});

describe('edit journal (an edit survives a reload before it was written)', () => {
  it('keeps an interrupted edit and replays it at the next start', async () => {
    const database = await freshDb();
    await database.clients.add(makeClient('c1', 'Acme'));
    // The page went away right after the edit was made: the transaction never ran.
    beginEdit('clients', 'c1', {
      notes: 'Typed just before the reload ✓',
      maturity: { strategy: 2, data: 1, technology: 1, people: 1, governance: 1 },
    });
    expect(pendingEdits()).toHaveLength(1);
    const replayed = await replayPendingEdits((e) =>
      updateRecord(database, e.table, e.id, e.patch, { label: e.label }),
    );
    expect(replayed).toBe(1);
    expect(await database.clients.get('c1')).toMatchObject({
      notes: 'Typed just before the reload ✓',
      maturity: { strategy: 2 },
    });
    expect(pendingEdits()).toEqual([]);
    expect(await database.changes.where('[entity+entityId]').equals(['clients', 'c1']).count()).toBe(2);
  });

  it('forgets edits that were written, and never replays an older value over a newer one', async () => {
    const database = await freshDb();
    await database.clients.add(makeClient('c1', 'Acme'));
    await updateRecord<Client>(database, 'clients', 'c1', { notes: 'a' });
    expect(pendingEdits()).toEqual([]);
    const older = beginEdit('clients', 'c1', { notes: 'ab' });
    await updateRecord<Client>(database, 'clients', 'c1', { notes: 'abc' });
    expect(older).not.toBeNull();
    expect(pendingEdits()).toEqual([]);
    await replayPendingEdits((e) => updateRecord(database, e.table, e.id, e.patch, { label: e.label }));
    expect((await database.clients.get('c1'))?.notes).toBe('abc');
  });

  it('drops a refused edit instead of replaying it forever', async () => {
    const database = await freshDb();
    await expect(updateRecord<Client>(database, 'clients', 'missing', { notes: 'x' })).rejects.toThrow(
      /no longer exists/,
    );
    expect(pendingEdits()).toEqual([]);
    const seq = beginEdit('clients', 'missing', { notes: 'x' });
    settleEdit(seq, false);
    expect(pendingEdits()).toEqual([]);
  });

  it('does nothing where there is no storage', async () => {
    delete (globalThis as Record<string, unknown>).localStorage;
    expect(beginEdit('clients', 'c1', { notes: 'x' })).toBeNull();
    expect(await replayPendingEdits(async () => undefined)).toBe(0);
  });
});
