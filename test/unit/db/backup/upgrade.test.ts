import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createWorkspaceBackup } from '../../../../src/db/backup/dump';
import { analyseBackupText, analyseOrThrow } from '../../../../src/db/backup/import';
import { restoreWorkspace } from '../../../../src/db/backup/apply';
import { backupBeforeUpgrade, installedVersion, rescueExport } from '../../../../src/db/backup/beforeUpgrade';
import { CaioDatabase, STORES_V1 } from '../../../../src/db/core/schema';
import { parseBackupText } from '../../../../src/domain/backup';
import { makeClient } from './testKit';

/** A future schema version 2 that upper-cases sectors in its upgrade (stands in for a real migration). */
class SchemaV2 extends CaioDatabase {
  constructor(name: string) {
    super(name);
    this.version(2)
      .stores({ ...STORES_V1, clients: 'id, status, name, sector' })
      .upgrade((tx) =>
        tx
          .table('clients')
          .toCollection()
          .modify((c: { sector: string }) => void (c.sector = c.sector.toUpperCase())),
      );
  }
}

/** A version 2 whose upgrade fails half-way. */
class BrokenV2 extends CaioDatabase {
  constructor(name: string) {
    super(name);
    this.version(2)
      .stores(STORES_V1)
      .upgrade(async (tx) => {
        await tx.table('clients').clear();
        throw new Error('upgrade bug');
      });
  }
}

let n = 0;
async function v1WithData(): Promise<string> {
  const name = `upgrade-${Date.now()}-${n++}`;
  const v1 = new CaioDatabase(name);
  await v1.clients.bulkAdd([
    makeClient('c1', 'Ørsted Advisory', { sector: 'energy' }),
    makeClient('c2', 'Kōbe Textiles', { sector: 'textiles' }),
  ]);
  v1.close();
  return name;
}

describe('files from an older schema version', () => {
  it('are upgraded with the app’s own migrations before import', async () => {
    const v1 = new CaioDatabase(`old-${n++}`);
    await v1.clients.add(makeClient('c1', 'Ørsted Advisory', { sector: 'energy' }));
    const oldBackup = await createWorkspaceBackup(v1, '0.1.0');
    expect(oldBackup.file.schemaVersion).toBe(1);

    const workspace = new SchemaV2(`new-${n++}`);
    await workspace.open();
    const analysis = await analyseOrThrow(workspace, oldBackup.text);
    expect(analysis.migratedFrom).toBe(1);
    expect(analysis.facts.schemaVersion).toBe(1);
    await restoreWorkspace(workspace, analysis);
    expect(await workspace.clients.get('c1')).toMatchObject({ name: 'Ørsted Advisory', sector: 'ENERGY' });
    expect((await Dexie.getDatabaseNames()).filter((d) => d.startsWith('caio-desk-migrate-'))).toEqual([]);
  });

  it('are refused with a message when the migration fails, the workspace untouched', async () => {
    const v1 = new CaioDatabase(`old-${n++}`);
    await v1.clients.add(makeClient('c1', 'Ørsted Advisory'));
    const oldBackup = await createWorkspaceBackup(v1, '0.1.0');
    const workspace = new BrokenV2(`broken-ws-${n++}`);
    await workspace.open();
    await workspace.clients.add(makeClient('mine', 'Mine'));
    const result = await analyseBackupText(workspace, oldBackup.text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({
        code: 'migration-failed',
        message: expect.stringMatching(/database version 1.*upgrade bug.*Nothing was imported/),
      });
    expect(await workspace.clients.toArray()).toHaveLength(1);
  });
});

describe('upgrading the database itself', () => {
  it('backs the data up first, and a failed upgrade leaves the old data readable', async () => {
    const name = await v1WithData();
    const written: string[] = [];
    expect(await backupBeforeUpgrade(name, 2, '0.2.0', async (json) => void written.push(json))).toBe(
      'backed-up',
    );
    const saved = await parseBackupText(written[0], { currentSchemaVersion: 2 });
    expect(saved.ok && saved.value.tables.clients).toHaveLength(2);

    const broken = new BrokenV2(name);
    await expect(broken.open()).rejects.toThrow(/upgrade bug/);
    broken.close();
    expect(await installedVersion(name)).toBe(1);
    const reopened = new CaioDatabase(name);
    expect((await reopened.clients.toArray()).map((c) => c.name)).toEqual([
      'Ørsted Advisory',
      'Kōbe Textiles',
    ]);
    reopened.close();

    const rescue = await parseBackupText(await rescueExport(name, '0.2.0'), { currentSchemaVersion: 1 });
    expect(rescue.ok && rescue.value.tables.clients).toHaveLength(2);
  });

  it('does nothing when there is no database yet or it is up to date', async () => {
    const write = async () => {
      throw new Error('must not write');
    };
    expect(await backupBeforeUpgrade(`nothing-${n++}`, 1, '0.1.0', write)).toBe('no-database');
    expect(await backupBeforeUpgrade(await v1WithData(), 1, '0.1.0', write)).toBe('up-to-date');
  });
});
