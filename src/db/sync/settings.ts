import { syncSettingsSchema, type SyncSettings } from '../../domain/sync/settings';
import type { CaioDatabase } from '../core/schema';

/**
 * This device's sync settings, one row of the `settings` table: sealed by the vault like every row (the
 * password included; sync needs a vault), left out of backups (`DEVICE_SETTING_KEYS`). No row: sync off.
 */

export const SYNC_SETTINGS_KEY = 'sync.settings';

export async function readSyncSettings(database: CaioDatabase): Promise<SyncSettings | null> {
  const row = await database.settings.get(SYNC_SETTINGS_KEY);
  const parsed = syncSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function writeSyncSettings(
  database: CaioDatabase,
  settings: SyncSettings | null,
): Promise<void> {
  if (!settings) await database.settings.delete(SYNC_SETTINGS_KEY);
  else await database.settings.put({ key: SYNC_SETTINGS_KEY, value: syncSettingsSchema.parse(settings) });
}
