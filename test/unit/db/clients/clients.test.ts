import { describe, expect, it } from 'vitest';
import {
  addEngagementEntry,
  createClient,
  deleteClient,
  engagementEntriesForClient,
  hoursByClientBetween,
  ValidationError,
} from '../../../../src/db/clients/clients';
import { updateRecord } from '../../../../src/db/core/records';
import { DEMO_CLIENT_IDS } from '../../../../src/demo/clients';
import {
  demoContext,
  hasDemoWorkspace,
  loadDemoWorkspace,
  removeDemoWorkspace,
} from '../../../../src/demo/workspace';
import { countClientRecords } from '../../../../src/db/core/records';
import { clientOwnedTables } from '../../../../src/db/core/schema';
import { freshDb } from '../testDb';

describe('clients in the database', () => {
  it('creates a client with defaults and refuses an empty name', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: '  Quayside Logistics ', sector: 'Logistics' });
    expect(await db.clients.get(client.id)).toMatchObject({
      name: 'Quayside Logistics',
      pilotLimit: 3,
      status: 'active',
      isDemo: false,
    });
    await expect(createClient(db, { name: '   ' })).rejects.toThrow('The client needs a name');
    expect(await db.clients.count()).toBe(1);
  });

  it('saves valid field edits with a change history and refuses invalid ones without writing', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Acme' });
    await updateRecord(db, 'clients', client.id, { pilotLimit: 5 });
    await updateRecord(db, 'clients', client.id, { pilotLimit: 4 });
    await expect(updateRecord(db, 'clients', client.id, { pilotLimit: 0 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(updateRecord(db, 'clients', client.id, { pilotLimit: 1000 })).rejects.toThrow(
      'from 1 to 20',
    );
    await expect(updateRecord(db, 'clients', client.id, { contactEmail: 'not-an-email' })).rejects.toThrow(
      'email',
    );
    await expect(updateRecord(db, 'clients', client.id, { brandColor: 'red' })).rejects.toThrow('#2F5BEA');
    expect((await db.clients.get(client.id))!.pilotLimit).toBe(4);
    const history = await db.changes.where('[entity+entityId]').equals(['clients', client.id]).sortBy('seq');
    // Two deliberate edits are two entries (only keystrokes in one field merge): 3 -> 5, 5 -> 4.
    expect(history.map((c) => [c.oldValue, c.newValue])).toEqual([
      [3, 5],
      [5, 4],
    ]);
    expect(history[0]).toMatchObject({
      field: 'pilotLimit',
      kind: 'edit',
      clientId: client.id,
      by: 'consultant',
    });
  });

  it('deletes a client only with its exact name, and only that client', async () => {
    const db = await freshDb();
    const keep = await createClient(db, { name: 'Keep Me' });
    const remove = await createClient(db, { name: 'Remove Me' });
    for (const c of [keep, remove])
      await addEngagementEntry(db, c.id, { date: '2026-11-02', hours: 2, activity: 'Workshop', note: '' });
    await updateRecord(db, 'clients', remove.id, { sector: 'Retail' });
    await expect(deleteClient(db, remove.id, 'remove me')).rejects.toThrow('Type the client name exactly');
    await deleteClient(db, remove.id, 'Remove Me');
    expect(await db.clients.toArray()).toHaveLength(1);
    for (const table of clientOwnedTables(db))
      expect(await table.where('clientId').equals(remove.id).count()).toBe(0);
    expect(await db.engagementLog.where('clientId').equals(keep.id).count()).toBe(1);
  });
});

describe('engagement log', () => {
  it('sums hours per client in a month and refuses bad entries', async () => {
    const db = await freshDb();
    const a = await createClient(db, { name: 'A' });
    const b = await createClient(db, { name: 'B' });
    await addEngagementEntry(db, a.id, { date: '2026-11-01', hours: 1.5, activity: 'Call', note: '' });
    await addEngagementEntry(db, a.id, { date: '2026-11-30', hours: 2.25, activity: 'Review', note: '' });
    await addEngagementEntry(db, a.id, { date: '2026-10-31', hours: 8, activity: 'Workshop', note: '' });
    await addEngagementEntry(db, b.id, {
      date: '2026-11-15',
      hours: 4,
      activity: 'Audit',
      note: 'ñandú, "quoted"',
    });
    await expect(
      addEngagementEntry(db, a.id, { date: '2026-11-03', hours: -2, activity: 'Nope', note: '' }),
    ).rejects.toThrow('Hours must be more than 0');
    await expect(
      addEngagementEntry(db, a.id, { date: '2026-11-03', hours: 25, activity: 'Nope', note: '' }),
    ).rejects.toThrow('24 hours');
    await expect(
      addEngagementEntry(db, a.id, { date: '2026-11-03', hours: 1, activity: ' ', note: '' }),
    ).rejects.toThrow('Say what');
    const totals = await hoursByClientBetween(db, '2026-11-01', '2026-11-30');
    expect(totals.get(a.id)).toBe(3.75);
    expect(totals.get(b.id)).toBe(4);
    expect((await engagementEntriesForClient(db, a.id)).map((e) => e.date)).toEqual([
      '2026-11-30',
      '2026-11-01',
      '2026-10-31',
    ]);
  });
});

describe('demo workspace', () => {
  it('loads three complete clients and removes only them', async () => {
    const db = await freshDb();
    const own = await createClient(db, { name: 'My Client' });
    await loadDemoWorkspace(db, demoContext(new Date('2026-11-26T10:00:00Z')));
    await loadDemoWorkspace(db, demoContext(new Date('2026-11-26T10:00:00Z'))); // idempotent
    const demo = (await db.clients.toArray()).filter((c) => c.isDemo);
    expect(demo.map((c) => c.id).sort()).toEqual(Object.values(DEMO_CLIENT_IDS).sort());
    for (const client of demo) {
      for (const field of [
        'name',
        'sector',
        'country',
        'contactName',
        'contactEmail',
        'logo',
        'engagementStart',
        'renewalDate',
        'notes',
      ] as const)
        expect(client[field], `${client.name}.${field}`).toBeTruthy();
      expect(client.agreedAmount).toBeGreaterThan(0);
    }
    expect((await countClientRecords(db, DEMO_CLIENT_IDS.staffing)).engagementLog).toBeGreaterThan(3);
    expect(await hasDemoWorkspace(db)).toBe(true);
    await removeDemoWorkspace(db);
    expect(await hasDemoWorkspace(db)).toBe(false);
    expect((await db.clients.toArray()).map((c) => c.id)).toEqual([own.id]);
    expect(await db.engagementLog.count()).toBe(0);
  });
});
