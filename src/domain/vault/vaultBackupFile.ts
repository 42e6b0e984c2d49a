import { tell } from '../shared/language';
import { sha256Hex } from '../backup/checksum';

/**
 * The automatic-backup file of a vault (`src/db/vault/vaultBackup.ts` writes and reads it): every record
 * sealed with its own key, no key in the file.
 *
 * { "format": "caio-desk-vault-backup", "formatVersion": 1, "appVersion", "schemaVersion", "createdAt",
 *   "stores": {...}, "tables": { "<table>": [ { "id": "…", "clientId": "…", "$c": {"$caio:bytes": "…"} } ] },
 *   "checksum": { "algorithm": "SHA-256", "value": "<hex over the JSON of the fields above, in that order>" } }
 */

export const VAULT_BACKUP_FORMAT = 'caio-desk-vault-backup';

export interface VaultBackupFile {
  format: typeof VAULT_BACKUP_FORMAT;
  formatVersion: 1;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  stores: Record<string, string>;
  tables: Record<string, unknown[]>;
  checksum: { algorithm: 'SHA-256'; value: string };
}

const payload = (f: Omit<VaultBackupFile, 'checksum'>) =>
  JSON.stringify([f.format, f.formatVersion, f.appVersion, f.schemaVersion, f.createdAt, f.stores, f.tables]);

export async function sealVaultBackup(content: Omit<VaultBackupFile, 'checksum'>): Promise<VaultBackupFile> {
  return { ...content, checksum: { algorithm: 'SHA-256', value: await sha256Hex(payload(content)) } };
}

export function isVaultBackupText(text: string): boolean {
  return text.slice(0, 200).includes(`"${VAULT_BACKUP_FORMAT}"`);
}

/** The file, checked (format, shape, checksum); a message when it is not a sealed vault backup. */
export async function readVaultBackup(
  text: string,
): Promise<{ ok: true; file: VaultBackupFile } | { ok: false; message: string }> {
  let file: VaultBackupFile;
  try {
    file = JSON.parse(text) as VaultBackupFile;
  } catch {
    return { ok: false, message: tell('The file is not valid JSON.') };
  }
  const shaped =
    file?.format === VAULT_BACKUP_FORMAT &&
    file.formatVersion === 1 &&
    typeof file.appVersion === 'string' &&
    Number.isInteger(file.schemaVersion) &&
    typeof file.createdAt === 'string' &&
    file.stores !== null &&
    typeof file.stores === 'object' &&
    file.tables !== null &&
    typeof file.tables === 'object' &&
    Object.values(file.tables).every(Array.isArray) &&
    typeof file.checksum?.value === 'string';
  if (!shaped)
    return { ok: false, message: tell('This is not an automatic backup of an encrypted workspace.') };
  const { checksum, ...content } = file;
  if (checksum.value !== (await sha256Hex(payload(content))))
    return {
      ok: false,
      message: tell(
        'The backup file is damaged or was changed: its checksum does not match. Nothing was restored.',
      ),
    };
  return { ok: true, file };
}
