import {
  buildHandoverDocument,
  fileSlug,
  handoverFileNames,
  recordTitle,
  recordsToCsvRows,
  validateContent,
  workspaceBackupFileName,
  type AutoBackupReason,
  type BackupProblem,
} from '../../domain/backup';
import { createClientBundle, createWorkspaceBackup } from '../../db/backupDump';
import { BACKUP_SETTING_KEYS, setBackupSetting } from '../../db/backupSettings';
import { describeTables, tablesInOrder } from '../../db/backupTables';
import { db } from '../../db/schema';
import { platform } from '../../platform';
import type { SaveResult } from '../../platform/contract';

/** What the backup screens do, outside React: build files from the database and hand them to the platform. */

const JSON_FILTER = [{ name: 'CAIO Desk backup', extensions: ['json'] }];

export async function appVersion(): Promise<string> {
  return (await platform.appInfo()).version;
}

export interface SavedBackup {
  result: SaveResult;
  /** Links in the workspace that point at records that no longer exist (the backup is saved regardless). */
  integrityProblems: BackupProblem[];
}

/** Saves (desktop) or downloads (browser) a backup of the whole workspace and remembers when. */
export async function saveWorkspaceBackup(now = new Date()): Promise<SavedBackup> {
  const backup = await createWorkspaceBackup(db, await appVersion(), now);
  const result = await platform.saveFile({ suggestedName: workspaceBackupFileName(now), data: backup.text, filters: JSON_FILTER });
  if (result.saved) await setBackupSetting(db, BACKUP_SETTING_KEYS.lastBackupAt, now.toISOString());
  const check = validateContent(backup.file, { tables: describeTables(db) });
  return { result, integrityProblems: check.ok ? [] : check.problems };
}

/** An automatic backup in the desktop data folder; false where the platform has none (browser). */
export async function writeAutoBackup(reason: AutoBackupReason): Promise<boolean> {
  const backup = await createWorkspaceBackup(db, await appVersion());
  return (await platform.writeAutoBackup({ reason, json: backup.text })) !== null;
}

export async function saveHandoverDataFile(clientId: string, now = new Date()): Promise<SaveResult> {
  const bundle = await createClientBundle(db, clientId, await appVersion(), now);
  const name = String(bundle.records.clients[0].name);
  return platform.saveFile({ suggestedName: handoverFileNames(name, now).data, data: bundle.text, filters: JSON_FILTER });
}

export async function saveHandoverDocument(clientId: string, now = new Date()): Promise<SaveResult> {
  const version = await appVersion();
  const bundle = await createClientBundle(db, clientId, version, now);
  const client = bundle.records.clients[0];
  const titles = new Map<string, string>();
  for (const rows of Object.values(bundle.records)) for (const record of rows) if (typeof record.id === 'string') titles.set(record.id, recordTitle(record));
  const clientOwned = new Set(describeTables(db).filter((t) => t.clientOwned).map((t) => t.name));
  // Every register of the client is shown, empty ones too; library tables only with the records the client uses.
  const sections = tablesInOrder(db)
    .filter((t) => t.name !== 'clients' && t.presentation.inDocument && (clientOwned.has(t.name) || (bundle.records[t.name]?.length ?? 0) > 0))
    .map((t) => ({ table: t.name, presentation: t.presentation, records: bundle.records[t.name] ?? [] }));
  const html = buildHandoverDocument({ client, sections, titles, generatedAt: now, appVersion: version });
  return platform.saveFile({ suggestedName: handoverFileNames(String(client.name), now).document, data: html, filters: [{ name: 'Web page', extensions: ['html'] }] });
}

/** CSV rows of one table: a client's records of a client-owned table, or a whole consultant-wide table. */
export async function tableCsvRows(tableName: string, client: { id: string } | null): Promise<string[][]> {
  const table = describeTables(db).find((t) => t.name === tableName);
  if (!table) throw new Error(`Unknown table ${tableName}`);
  const source = db.table(tableName);
  const records =
    tableName === 'clients' && client
      ? [await source.get(client.id)].filter(Boolean)
      : table.clientOwned && client
        ? await source.where('clientId').equals(client.id).toArray()
        : await source.toArray();
  return recordsToCsvRows(records);
}

export function tableCsvFileName(tableName: string, label: string, client: { name: string } | null, now = new Date()): string {
  const clientOwned = describeTables(db).find((t) => t.name === tableName)?.clientOwned ?? false;
  const prefix = client && clientOwned ? `${fileSlug(client.name)}-` : '';
  return `${prefix}${fileSlug(label)}-${now.toISOString().slice(0, 10)}`;
}

export function saveFailureMessage(result: SaveResult): string | null {
  if (result.saved || result.reason === 'cancelled') return null;
  return `The file was not saved: ${result.message ?? 'the disk refused the write'}.`;
}
