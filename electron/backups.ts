import { promises as fs } from 'node:fs';
import path from 'node:path';
import { autoBackupRefusal, protectedBackupsToDelete } from '../src/domain/backup/autoBackupPolicy';
import { parseBackupText } from '../src/domain/backup/parse';
import { isVaultBackupText, readVaultBackup } from '../src/domain/vault/vaultBackupFile';
import {
  autoBackupFileName,
  DEFAULT_AUTO_BACKUPS_KEPT,
  parseAutoBackupName,
  sortNewestFirst,
  type AutoBackupEntry,
  type AutoBackupReason,
} from '../src/domain/backup/autoBackups';

/**
 * Automatic backups on disk: a `backups` folder inside the app's data folder. Plain functions over a
 * folder path (tested in Node against a temporary folder); main.ts only passes the real folder.
 * Only files named by `autoBackupFileName` are ever listed, read or deleted.
 */

export const AUTO_BACKUP_FOLDER = 'backups';

export function autoBackupDir(userDataDir: string): string {
  return path.join(userDataDir, AUTO_BACKUP_FOLDER);
}

export async function listAutoBackups(dir: string): Promise<AutoBackupEntry[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: AutoBackupEntry[] = [];
  for (const name of names) {
    const parsed = parseAutoBackupName(name);
    if (!parsed) continue;
    const stat = await fs.stat(path.join(dir, name)).catch(() => null);
    if (stat?.isFile()) entries.push({ name, ...parsed, sizeBytes: stat.size });
  }
  return sortNewestFirst(entries);
}

export class AutoBackupRefusedError extends Error {}

/**
 * Checked here, in the main process, whatever the window sends: the text must be a sealed workspace
 * backup (header and checksum), and the rate limits of `autoBackupPolicy` hold, so a misbehaving page
 * cannot fill the folder with junk and rotate the real backups away.
 */
export async function autoBackupContentProblem(json: string): Promise<string | null> {
  // An encrypted workspace's backup: sealed records and a checksum (`src/domain/vault/vaultBackupFile.ts`).
  if (isVaultBackupText(json)) {
    const vault = await readVaultBackup(json);
    return vault.ok ? null : `Not a CAIO Desk backup: ${vault.message}`;
  }
  const parsed = await parseBackupText(json, { currentSchemaVersion: Number.MAX_SAFE_INTEGER });
  if (!parsed.ok) return `Not a CAIO Desk backup: ${parsed.problems[0].message}`;
  return parsed.value.kind === 'workspace'
    ? null
    : 'An automatic backup must be a backup of the whole workspace.';
}

/**
 * Checks, writes a backup atomically (temporary file, then rename), then deletes the oldest beyond `keep`
 * (never the newest daily ones). Content that is not a sealed workspace backup is refused (thrown); a write
 * over the rate limit is skipped (null): recent backups of that kind already exist and are kept.
 */
export async function writeAutoBackup(
  dir: string,
  json: string,
  reason: AutoBackupReason,
  now = new Date(),
  keep = DEFAULT_AUTO_BACKUPS_KEPT,
): Promise<AutoBackupEntry | null> {
  const problem = await autoBackupContentProblem(json);
  if (problem) throw new AutoBackupRefusedError(problem);
  if (autoBackupRefusal(await listAutoBackups(dir), reason, now)) return null;
  await fs.mkdir(dir, { recursive: true });
  let stamp = now;
  // Two backups in the same millisecond (e.g. before-import right after daily) must not overwrite each other.
  while (
    await fs.stat(path.join(dir, autoBackupFileName(stamp, reason))).then(
      () => true,
      () => false,
    )
  )
    stamp = new Date(stamp.getTime() + 1);
  const name = autoBackupFileName(stamp, reason);
  const target = path.join(dir, name);
  const temp = `${target}.partial`;
  await fs.writeFile(temp, json, 'utf8');
  await fs.rename(temp, target);
  for (const old of protectedBackupsToDelete(await fs.readdir(dir), keep))
    await fs.rm(path.join(dir, old), { force: true });
  if (isVaultBackupText(json)) await removePlainBackups(dir, name);
  return { name, createdAt: stamp.toISOString(), reason, sizeBytes: Buffer.byteLength(json, 'utf8') };
}

/** The first characters of a file: enough to tell a vault's backup by its format. */
async function headOf(file: string): Promise<string> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(200);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * An encrypted workspace leaves no plain copy behind: once a vault's backup is written (the first one at
 * setup, `before-vault`), the automatic backups from before, which are plain, are deleted. The new one
 * holds the same workspace, sealed.
 */
async function removePlainBackups(dir: string, written: string): Promise<void> {
  for (const entry of await listAutoBackups(dir)) {
    if (entry.name === written) continue;
    const file = path.join(dir, entry.name);
    if (!isVaultBackupText(await headOf(file))) await fs.rm(file, { force: true });
  }
}

export class UnknownBackupError extends Error {}

/** Reads one automatic backup by its exact name; anything else (paths, other files) is refused. */
export async function readAutoBackup(dir: string, name: string): Promise<string> {
  if (!parseAutoBackupName(name) || path.basename(name) !== name)
    throw new UnknownBackupError('Not an automatic backup name');
  return fs.readFile(path.join(dir, name), 'utf8');
}
