import Dexie from 'dexie';
import { buildBackupFile, dumpWorkspace } from './dump';

/**
 * Safety around schema upgrades. Before the app opens its database with a newer schema, the data as it
 * is on disk is read with Dexie's dynamic mode (no schema declared, nothing changed) and written as an
 * automatic backup. If the upgrade then fails, IndexedDB rolls it back: the old data stays readable,
 * and `rescueExport` can still save it.
 */

/** The installed version of a database, or null when it does not exist yet. */
export async function installedVersion(name: string): Promise<number | null> {
  if (!(await Dexie.exists(name))) return null;
  const probe = new Dexie(name);
  try {
    await probe.open();
    return probe.verno;
  } finally {
    probe.close();
  }
}

/** A backup file (JSON text) of a database exactly as it is on disk, whatever its version. */
export async function rescueExport(name: string, appVersion: string, now = new Date()): Promise<string> {
  const probe = new Dexie(name);
  try {
    await probe.open();
    const written = await buildBackupFile(probe, await dumpWorkspace(probe), {
      kind: 'workspace',
      clientId: null,
      appVersion,
      now,
    });
    return written.text;
  } finally {
    probe.close();
  }
}

/**
 * Writes a backup with `write` when the database on disk is older than `targetVersion` (an upgrade is
 * about to run). Returns what it did; a failed write is reported, and the caller decides whether to open.
 */
export async function backupBeforeUpgrade(
  name: string,
  targetVersion: number,
  appVersion: string,
  write: (json: string) => Promise<void>,
): Promise<'no-database' | 'up-to-date' | 'backed-up'> {
  const version = await installedVersion(name);
  if (version === null) return 'no-database';
  if (version >= targetVersion) return 'up-to-date';
  await write(await rescueExport(name, appVersion));
  return 'backed-up';
}
