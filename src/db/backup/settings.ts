import type { CaioDatabase } from '../core/schema';

/**
 * Backup bookkeeping kept in the `settings` table. These keys describe this device, not the workspace:
 * they are left out of backups and kept as they are by a restore.
 */
export const BACKUP_SETTING_KEYS = {
  /** When the user last saved or downloaded a full backup (ISO timestamp). */
  lastBackupAt: 'backup.lastBackupAt',
  /** The browser reminder is hidden until then. */
  reminderSnoozedUntil: 'backup.reminderSnoozedUntil',
  /** When this device first saw data in the workspace (reminder counts from here when never backed up). */
  dataSince: 'backup.dataSince',
} as const;

/** The vault header (`src/db/vault/vault.ts`): this device's wrapped keys, never in a backup. */
const VAULT_META_SETTING = 'vault.meta';

/** This device's sync settings (`src/db/sync/settings.ts`: server, sign-in, clients): never in a backup. */
const SYNC_SETTINGS = 'sync.settings';

export const DEVICE_SETTING_KEYS: ReadonlySet<string> = new Set([
  ...Object.values(BACKUP_SETTING_KEYS),
  VAULT_META_SETTING,
  SYNC_SETTINGS,
  'sync.keys', // the consultant's key pair and the clients' sync keys (src/db/sync/keyring.ts)
]);

export async function getBackupSetting(database: CaioDatabase, key: string): Promise<string | null> {
  const row = await database.settings.get(key);
  return typeof row?.value === 'string' ? row.value : null;
}

export async function setBackupSetting(database: CaioDatabase, key: string, value: string): Promise<void> {
  await database.settings.put({ key, value });
}
