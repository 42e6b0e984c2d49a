import { todayIso } from '../../domain/shared/dates';
import {
  handoverFileNames,
  validateContent,
  workspaceBackupFileName,
  type AutoBackupReason,
  type BackupProblem,
} from '../../domain/backup';
import { createWorkspaceBackup } from '../../db/backup/dump';
import { createHandoverDataFile, createHandoverDocument } from '../../db/handover/handover';
import type { HandoverChoices } from '../../domain/handover/allowList';
import { BACKUP_SETTING_KEYS, setBackupSetting } from '../../db/backup/settings';
import { describeTables, tableCsvRowsOf } from '../../db/core/tables';
import { db } from '../../db/core/schema';
import { createVaultBackupText, isVaultBackupText, openVaultBackupText } from '../../db/vault/vaultBackup';
import { protectText } from '../../domain/vault/protectedFile';
import { platform } from '../../platform';
import type { SaveResult } from '../../platform/contract';
import { fileSlug } from '../../domain/shared/fileName';
import { interfaceT } from '../../state/interfaceLanguage';

/** What the backup screens do, outside React: build files from the database and hand them to the platform. */

function jsonFilter() {
  const t = interfaceT();
  return [{ name: t('CAIO Desk backup'), extensions: ['json'] }];
}

export async function appVersion(): Promise<string> {
  return (await platform.appInfo()).version;
}

export interface SavedBackup {
  result: SaveResult;
  /** Links in the workspace that point at records that no longer exist (the backup is saved regardless). */
  integrityProblems: BackupProblem[];
}

/** Saves (desktop) or downloads (browser) a backup of the whole workspace and remembers when. */
export async function saveWorkspaceBackup(now = new Date(), passphrase?: string): Promise<SavedBackup> {
  const backup = await createWorkspaceBackup(db, await appVersion(), now);
  const data = passphrase
    ? JSON.stringify(await protectText(backup.text, passphrase, 'workspace', now))
    : backup.text;
  const result = await platform.saveFile({
    suggestedName: workspaceBackupFileName(now),
    data,
    filters: jsonFilter(),
  });
  if (result.saved) await setBackupSetting(db, BACKUP_SETTING_KEYS.lastBackupAt, now.toISOString());
  const check = validateContent(backup.file, { tables: describeTables(db) });
  return { result, integrityProblems: check.ok ? [] : check.problems };
}

/**
 * The copy a browser downloads before a restore or import. In a vault it is sealed record by record like
 * an automatic backup (no key in the file: it opens only in this workspace, with its keys), never plain.
 */
export async function saveSafetyBackup(now = new Date()): Promise<SaveResult> {
  if (db.vault.mode === 'off') return (await saveWorkspaceBackup(now)).result;
  const data = await createVaultBackupText(db, await appVersion(), now);
  return platform.saveFile({ suggestedName: workspaceBackupFileName(now), data, filters: jsonFilter() });
}

/**
 * An automatic backup in the desktop data folder; false where the platform has none (browser). In a
 * vault it is encrypted record by record with the workspace's own keys and carries no key
 * (`db/vault/vaultBackup.ts`).
 */
export async function writeAutoBackup(reason: AutoBackupReason): Promise<boolean> {
  if ((await platform.appInfo()).platform !== 'desktop') return false;
  const json =
    db.vault.mode === 'off'
      ? (await createWorkspaceBackup(db, await appVersion())).text
      : await createVaultBackupText(db, await appVersion());
  return (await platform.writeAutoBackup({ reason, json })) !== null;
}

/** An automatic backup as an ordinary backup text: a vault's is opened with the keys in memory. */
export async function readAutoBackupText(name: string): Promise<{ text: string; shredded: number }> {
  const text = await platform.readAutoBackup(name);
  if (!isVaultBackupText(text)) return { text, shredded: 0 };
  return openVaultBackupText(db, text, await appVersion());
}

/** The client's data file (only what the allow-list and the ticked categories let through); with a passphrase (chosen for the recipient) it is a protected file. */
export async function saveHandoverDataFile(
  clientId: string,
  choices: HandoverChoices,
  now = new Date(),
  passphrase?: string,
): Promise<SaveResult> {
  const bundle = await createHandoverDataFile(db, clientId, choices, await appVersion(), now);
  const name = String(bundle.records.clients[0].name);
  const data = passphrase
    ? JSON.stringify(await protectText(bundle.text, passphrase, 'client', now))
    : bundle.text;
  return platform.saveFile({ suggestedName: handoverFileNames(name, now).data, data, filters: jsonFilter() });
}

/** The readable document of the same records. */
export async function saveHandoverDocument(
  clientId: string,
  clientName: string,
  choices: HandoverChoices,
  now = new Date(),
): Promise<SaveResult> {
  const t = interfaceT();
  const html = await createHandoverDocument(db, clientId, choices, await appVersion(), now);
  return platform.saveFile({
    suggestedName: handoverFileNames(clientName, now).document,
    data: html,
    filters: [{ name: t('Web page'), extensions: ['html'] }],
  });
}

/** CSV rows of one table: a client's records of a client-owned table, or a whole consultant-wide table. */
export function tableCsvRows(tableName: string, client: { id: string } | null): Promise<string[][]> {
  return tableCsvRowsOf(db, tableName, client);
}

export function tableCsvFileName(
  tableName: string,
  label: string,
  client: { name: string } | null,
  now = new Date(),
): string {
  const clientOwned = describeTables(db).find((t) => t.name === tableName)?.clientOwned ?? false;
  const prefix = client && clientOwned ? `${fileSlug(client.name)}-` : '';
  return `${prefix}${fileSlug(label)}-${todayIso(now)}`;
}

export function saveFailureMessage(result: SaveResult): string | null {
  if (result.saved || result.reason === 'cancelled') return null;
  const t = interfaceT();
  return t('The file was not saved: {{reason}}.', {
    reason: result.message ?? t('the disk refused the write'),
  });
}
