import type { Table } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBackupFile, createWorkspaceBackup, dumpWorkspace } from '../../../../src/db/backup/dump';
import { parseBackupText, type StoredRecord } from '../../../../src/domain/backup';
import { freshExtendedDb, seedTwoClients } from './testKit';

const now = new Date('2026-05-01T10:00:00.000Z');

afterEach(() => vi.restoreAllMocks());

describe('a full backup is written table by table', () => {
  it('writes the same text as sealing every record at once, byte for byte, and it reads back', async () => {
    const source = await freshExtendedDb();
    await seedTwoClients(source);
    await source
      .table('playbooks')
      .add({ id: 'pb-tags', at: new Date(0), bytes: new Uint8Array([1, 2]), x: -0 });
    const written = await createWorkspaceBackup(source, '1.0.0', now);
    const atOnce = await buildBackupFile(source, await dumpWorkspace(source), {
      kind: 'workspace',
      clientId: null,
      appVersion: '1.0.0',
      now,
    });
    expect(written.text).toBe(atOnce.text);
    expect(written.text).toBe(JSON.stringify(atOnce.file));
    expect(written.file).toEqual(atOnce.file);
    const read = await parseBackupText(written.text, { currentSchemaVersion: source.verno });
    expect(read.ok).toBe(true);
    source.close();
  });

  it('has written each table out before it reads the next, so no table’s records need to be kept', async () => {
    const source = await freshExtendedDb();
    await seedTwoClients(source);
    const tableProto = Object.getPrototypeOf(source.table('clients')) as Table;
    const toArray = tableProto.toArray;
    const readBefore: StoredRecord[][] = [];
    // Every record read so far is changed when the next table is read: a backup that held the records
    // and wrote them out only at the end would carry the change.
    vi.spyOn(tableProto, 'toArray').mockImplementation(async function (this: Table) {
      for (const rows of readBefore) for (const row of rows) row.changedAfterReading = true;
      const rows = (await Reflect.apply(toArray, this, [])) as StoredRecord[];
      readBefore.push(rows);
      return rows;
    } as Table['toArray']);
    const written = await createWorkspaceBackup(source, '1.0.0', now);
    expect(readBefore.length).toBeGreaterThan(3);
    expect(readBefore.slice(0, -1).some((rows) => rows.length > 0)).toBe(true);
    expect(written.text).not.toContain('changedAfterReading');
    source.close();
  });
});
