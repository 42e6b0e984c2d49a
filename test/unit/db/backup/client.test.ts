import { describe, expect, it } from 'vitest';
import { createClientBundle } from '../../../../src/db/backup/dump';
import { analyseOrThrow } from '../../../../src/db/backup/import';
import { importClient } from '../../../../src/db/backup/apply';
import { BackupRejectedError, type StoredRecord } from '../../../../src/domain/backup';
import { freshExtendedDb, makeClient, seedTwoClients, snapshot } from './testKit';

async function clientRecords(database: Awaited<ReturnType<typeof freshExtendedDb>>, clientId: string) {
  const result: Record<string, StoredRecord[]> = {
    clients: [await database.clients.get(clientId)] as unknown as StoredRecord[],
  };
  for (const name of ['engagementLog', 'fieldNotes', 'changes'])
    result[name] = (await database
      .table(name)
      .where('clientId')
      .equals(clientId)
      .toArray()) as StoredRecord[];
  return result;
}

describe('client handover bundle', () => {
  it('holds that client’s records and only the library records they use, nothing of another client', async () => {
    const source = await freshExtendedDb();
    await seedTwoClients(source);
    const bundle = await createClientBundle(source, 'client-a', '1.0.0');
    const text = bundle.text;
    expect(bundle.file.kind).toBe('client');
    expect(bundle.file.clientId).toBe('client-a');
    for (const foreign of [
      'client-b',
      'Brightwater',
      'e-b1',
      'fn-b1',
      'ch-b1',
      'pb-3',
      'pb-2',
      'welcomeDone',
    ])
      expect(text).not.toContain(foreign);
    expect(bundle.file.tables.playbooks).toEqual([
      { id: 'pb-1', title: 'Vendor due diligence', createdAt: '2026-01-01T00:00:00.000Z' },
    ]);
    for (const [table, rows] of Object.entries(bundle.records)) {
      for (const row of rows) if ('clientId' in row) expect(row.clientId, table).toBe('client-a');
    }
  });

  it('imports into another workspace with every record identical', async () => {
    const source = await freshExtendedDb();
    await seedTwoClients(source);
    const bundle = await createClientBundle(source, 'client-a', '1.0.0');
    const target = await freshExtendedDb();
    await target.clients.add(makeClient('client-z', 'Zephyr Logistics'));
    const analysis = await analyseOrThrow(target, bundle.text);
    expect(analysis.plan).toMatchObject({
      kind: 'client',
      existing: null,
      client: { id: 'client-a', counts: { engagementLog: 1, fieldNotes: 1 } },
    });
    await importClient(target, analysis, 'new');
    expect(await clientRecords(target, 'client-a')).toEqual(await clientRecords(source, 'client-a'));
    expect(await target.table('playbooks').toArray()).toEqual([
      { id: 'pb-1', title: 'Vendor due diligence', createdAt: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(await target.clients.get('client-z')).toBeDefined();
  });

  it('asks replace or copy when the client exists; refuses to silently import over it', async () => {
    const source = await freshExtendedDb();
    await seedTwoClients(source);
    const bundle = await createClientBundle(source, 'client-a', '1.0.0');
    const target = await freshExtendedDb();
    await seedTwoClients(target);
    await target.clients.update('client-a', { name: 'Edited in target' });
    await target.engagementLog.add({
      id: 'e-a2',
      clientId: 'client-a',
      date: '2026-04-01',
      hours: 1,
      activity: 'Only in target',
      note: '',
      createdAt: 'x',
      updatedAt: 'x',
    });
    const analysis = await analyseOrThrow(target, bundle.text);
    expect(analysis.plan).toMatchObject({
      kind: 'client',
      existing: { id: 'client-a', name: 'Edited in target' },
    });
    const before = await snapshot(target);
    await expect(importClient(target, analysis, 'new')).rejects.toThrow(
      /same identity.*Replace it.*Import as a copy/,
    );
    expect(await snapshot(target)).toEqual(before);

    await importClient(target, analysis, 'replace');
    expect(await clientRecords(target, 'client-a')).toEqual(await clientRecords(source, 'client-a'));
    expect(await target.engagementLog.get('e-a2')).toBeUndefined();
    expect(await clientRecords(target, 'client-b')).toEqual(await clientRecords(source, 'client-b'));
  });

  it('imports as a copy with fresh ids everywhere, pointing only at its own records', async () => {
    const source = await freshExtendedDb();
    await seedTwoClients(source);
    const bundle = await createClientBundle(source, 'client-a', '1.0.0');
    const target = await freshExtendedDb();
    await seedTwoClients(target);
    const before = await clientRecords(target, 'client-a');
    const { clientId, clientName } = await importClient(
      target,
      await analyseOrThrow(target, bundle.text),
      'copy',
    );
    expect(clientId).not.toBe('client-a');
    expect(clientName).toBe('Ålesund Ferries ⛴ (copy)');
    expect(await clientRecords(target, 'client-a')).toEqual(before);
    const copy = await clientRecords(target, clientId);
    expect(copy.fieldNotes).toHaveLength(1);
    expect(copy.fieldNotes[0]).toMatchObject({
      text: 'Straße',
      playbookId: 'pb-1',
      blob: new Uint8Array([0, 1, 2, 255]),
    });
    expect(copy.fieldNotes[0].id).not.toBe('fn-a1');
    expect(copy.changes[0]).toMatchObject({ entity: 'clients', entityId: clientId });
    expect(JSON.stringify(copy)).not.toMatch(/client-a|fn-a1|e-a1|ch-a1/);
    expect(await target.table('playbooks').count()).toBe(3);
  });

  it('refuses a bundle whose record ids belong to another client in this workspace', async () => {
    const source = await freshExtendedDb();
    await seedTwoClients(source);
    const bundle = await createClientBundle(source, 'client-a', '1.0.0');
    const target = await freshExtendedDb();
    await target.clients.add(makeClient('client-q', 'Quay'));
    await target.table('fieldNotes').add({ id: 'fn-a1', clientId: 'client-q', text: 'Quay note' });
    const before = await snapshot(target);
    const error = await importClient(target, await analyseOrThrow(target, bundle.text), 'new').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupRejectedError);
    expect((error as BackupRejectedError).problems[0]).toMatchObject({ code: 'id-collision' });
    expect((error as Error).message).toMatch(/field notes record “fn-a1”.*another client/);
    expect(await snapshot(target)).toEqual(before);
  });
});
