import Dexie from 'dexie';
import {
  decodeRecord,
  encodeValue,
  problem,
  type BackupFile,
  type Checked,
  type StoredRecord,
} from '../../domain/backup';
import { storeDefinitions } from '../core/tables';
import { CaioDatabase } from '../core/schema';

/**
 * Brings a file written by an older schema version up to the current one with the app's own Dexie
 * upgrade code: the records go into a temporary database declared with the file's version and stores,
 * which is then opened with the current schema (running every `.upgrade()` in between) and read back.
 * The temporary database is always deleted; the workspace is never touched.
 */
export async function migrateBackupFile(
  file: BackupFile,
  openCurrent: (name: string) => Dexie = (name) => new CaioDatabase(name),
): Promise<Checked<BackupFile>> {
  const tempName = `caio-desk-migrate-${crypto.randomUUID()}`;
  const old = new Dexie(tempName);
  let current: Dexie | null = null;
  try {
    old.version(file.schemaVersion).stores(file.stores);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [name, rows] of Object.entries(file.tables)) {
        if (!file.stores[name])
          throw new Error(`the file has records for “${name}” but no store definition for it`);
        await old.table(name).bulkAdd(rows.map((r) => decodeRecord(r) as StoredRecord));
      }
    });
    old.close();
    current = openCurrent(tempName);
    await current.open();
    const tables: Record<string, unknown[]> = {};
    for (const table of current.tables)
      tables[table.name] = (await table.toArray()).map((r) => encodeValue(r));
    return {
      ok: true,
      value: { ...file, schemaVersion: current.verno, stores: storeDefinitions(current), tables },
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        problem(
          'migration-failed',
          `This file is from database version ${file.schemaVersion} and could not be upgraded to the current version (${detail}). Nothing was imported.`,
        ),
      ],
    };
  } finally {
    old.close();
    current?.close();
    await Dexie.delete(tempName).catch(() => undefined);
  }
}
