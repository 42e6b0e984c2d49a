import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/db/clients/clients';
import { pendingEdits, replayPendingEdits } from '../../../src/db/core/editJournal';
import { whileTyping } from '../../../src/db/core/editSource';
import { EditRefusedError } from '../../../src/db/core/errors';
import {
  addMeasurement,
  createKpi,
  createUseCase,
  updateUseCaseScore,
} from '../../../src/db/portfolio/useCases';
import { TIME_KPI, TODAY } from './portfolio/helpers';
import { byTime, updateRecord } from '../../../src/db/core/records';
import type { CaioDatabase } from '../../../src/db/core/schema';
import { freshDb } from './testDb';

beforeEach(() => {
  const items = new Map<string, string>();
  (globalThis as Record<string, unknown>).localStorage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).localStorage;
});

async function historyOf(db: CaioDatabase, entity: string, id: string) {
  return (await db.changes.where('[entity+entityId]').equals([entity, id]).toArray()).sort(byTime);
}

describe('the one write path', () => {
  it('journals an edit synchronously, before its first await, and forgets it once written', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Acme' });
    const write = updateRecord(db, 'clients', client.id, { notes: 'Typed just before the reload' });
    // Nothing has been awaited yet: a reload now would still find the edit in the journal.
    expect(pendingEdits().map((e) => e.patch)).toEqual([{ notes: 'Typed just before the reload' }]);
    const result = await write;
    expect(result.changed).toEqual(['notes']);
    expect(pendingEdits()).toEqual([]);
  });

  it('validates a replayed edit like any other: a refused value is never stored', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Acme' });
    localStorage.setItem(
      'caio-desk.pending-edits',
      JSON.stringify([
        {
          seq: 1,
          table: 'clients',
          id: client.id,
          patch: { pilotLimit: 500 },
          label: 'client',
          at: new Date().toISOString(),
        },
      ]),
    );
    expect(await replayPendingEdits((e) => updateRecord(db, e.table, e.id, e.patch))).toBe(0);
    expect((await db.clients.get(client.id))!.pilotLimit).toBe(3);
  });

  it('writes a path patch into a nested field, so quick edits of two parts never overwrite each other', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Acme' });
    const uc = await createUseCase(db, client.id, { title: 'CV screening' });
    await Promise.all([
      updateUseCaseScore(db, uc.id, 'impact', 4),
      updateUseCaseScore(db, uc.id, 'reach', 2),
      updateRecord(db, 'useCases', uc.id, { 'charter.hypothesis': 'Faster' }),
    ]);
    const stored = (await db.useCases.get(uc.id))!;
    expect(stored.scores).toMatchObject({ impact: 4, reach: 2 });
    expect(stored.charter.hypothesis).toBe('Faster');
    expect((await historyOf(db, 'useCases', uc.id)).map((c) => [c.field, c.oldValue, c.newValue])).toEqual([
      ['scores.impact', null, 4],
      ['scores.reach', null, 2],
      ['charter.hypothesis', '', 'Faster'],
    ]);
  });

  it('refuses with one error type naming the field, and writes nothing', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Acme' });
    const uc = await createUseCase(db, client.id, { title: 'CV screening' });
    const error = await updateUseCaseScore(db, uc.id, 'impact', 9).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditRefusedError);
    expect((error as EditRefusedError).field).toBe('scores.impact');
    expect((await db.useCases.get(uc.id))!.scores.impact).toBeNull();
    expect(await db.changes.count()).toBe(0);
    await expect(updateRecord(db, 'useCases', 'gone', { title: 'x' })).rejects.toThrow(
      'This use case no longer exists',
    );
  });

  it('merges only consecutive keystrokes in one field; any other edit is its own entry', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Acme' });
    for (const text of ['F', 'Fl', 'Fle', 'Flee', 'Fleet'])
      await whileTyping(() => updateRecord(db, 'clients', client.id, { notes: text }));
    await whileTyping(() => updateRecord(db, 'clients', client.id, { sector: 'Logistics' }));
    await whileTyping(() => updateRecord(db, 'clients', client.id, { notes: 'Fleet!' }));
    await updateRecord(db, 'clients', client.id, { notes: 'Fleet' });
    const history = await historyOf(db, 'clients', client.id);
    expect(history.map((c) => [c.field, c.oldValue, c.newValue])).toEqual([
      ['notes', '', 'Fleet'],
      ['sector', '', 'Logistics'],
      ['notes', 'Fleet', 'Fleet!'],
      ['notes', 'Fleet!', 'Fleet'],
    ]);
    // Every entry has a stable id, the device and a growing per-device sequence number (for a later sync).
    expect(new Set(history.map((c) => c.deviceId)).size).toBe(1);
    expect(
      history.every((c) => typeof c.id === 'string' && c.entity === 'clients' && c.entityId === client.id),
    ).toBe(true);
    const seqs = history.map((c) => c.seq!);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  });

  it('never removes or rewrites an entry when a later edit undoes it', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Acme' });
    await updateRecord(db, 'clients', client.id, { pilotLimit: 5 });
    const [first] = await historyOf(db, 'clients', client.id);
    await updateRecord(db, 'clients', client.id, { pilotLimit: 3 });
    const history = await historyOf(db, 'clients', client.id);
    expect(history).toHaveLength(2);
    expect(history[0]).toEqual(first);
  });
});

describe('limits that match the domain, checked by the write path', () => {
  it('refuses a 5,000-character title, a renewal before the engagement start, and a share outside 0-100', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Acme' });
    const uc = await createUseCase(db, client.id, { title: 'CV screening' });
    await expect(updateRecord(db, 'useCases', uc.id, { title: 'x'.repeat(5000) })).rejects.toThrow(
      'Keep the title to 200 characters or fewer',
    );
    await expect(
      updateRecord(db, 'useCases', uc.id, { problemStatement: 'x'.repeat(20_001) }),
    ).rejects.toThrow('20,000 characters');
    await expect(updateRecord(db, 'clients', client.id, { name: 'n'.repeat(201) })).rejects.toThrow(
      '200 characters',
    );
    await updateRecord(db, 'clients', client.id, { name: 'n'.repeat(150) });
    await updateRecord(db, 'clients', client.id, { engagementStart: '2026-09-01' });
    const error = await updateRecord(db, 'clients', client.id, { renewalDate: '2026-08-01' }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      field: 'renewalDate',
      message: 'The renewal date (1 Aug 2026) must be after the engagement start (1 Sep 2026)',
    });
    expect((await db.clients.get(client.id))!.renewalDate).toBeNull();
  });

  it('refuses a share below 0% or above 100% for a percent KPI (its own baseline or target may widen that)', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Acme' });
    const uc = await createUseCase(db, client.id, { title: 'First-time-right', date: '2026-01-01' });
    const kpi = await createKpi(
      db,
      uc.id,
      {
        ...TIME_KPI,
        name: 'First time right',
        unit: 'percent',
        direction: 'higher-is-better',
        baselineValue: 40,
        targetValue: 80,
        scaleUpThreshold: 70,
      },
      TODAY,
    );
    await expect(
      addMeasurement(db, kpi.id, { date: '2026-02-02', value: -3, note: '', confidence: 'high' }, TODAY),
    ).rejects.toThrow('between 0% and 100%');
    await expect(
      addMeasurement(db, kpi.id, { date: '2026-02-02', value: 140, note: '', confidence: 'high' }, TODAY),
    ).rejects.toThrow('between 0% and 100%');
    const wide = await createKpi(
      db,
      uc.id,
      {
        ...TIME_KPI,
        name: 'Growth',
        unit: 'percent',
        direction: 'higher-is-better',
        baselineValue: 100,
        targetValue: 150,
        scaleUpThreshold: 120,
      },
      TODAY,
    );
    expect(
      (
        await addMeasurement(
          db,
          wide.id,
          { date: '2026-02-02', value: 140, note: '', confidence: 'high' },
          TODAY,
        )
      ).value,
    ).toBe(140);
  });
});
