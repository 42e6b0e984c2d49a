import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Keeps the vault's master key wrapped by the operating system (Electron `safeStorage`, its
 * asynchronous API) in one file of the data folder, so an unlocked session does not ask for the
 * passphrase at the next start. Where the OS cannot protect it - `safeStorage` unavailable, or Linux
 * without a keyring, where it would "encrypt" with a hard-coded password (`basic_text`) - nothing is
 * kept and the passphrase is required. Electron is injected, so this is a plain, tested module.
 */

export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  getSelectedStorageBackend?(): string;
  encryptStringAsync(text: string): Promise<Buffer>;
  decryptStringAsync(data: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

export interface VaultKeyStore {
  remember(keyBase64: string): Promise<boolean>;
  recall(): Promise<string | null>;
  forget(): Promise<void>;
}

export async function osCanProtect(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
): Promise<boolean> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
  return !(platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text');
}

export function createVaultKeyStore(
  safeStorage: SafeStorageLike,
  userDataDir: string,
  platform: NodeJS.Platform = process.platform,
): VaultKeyStore {
  const file = path.join(userDataDir, 'vault-key.bin');
  const forget = () => fs.rm(file, { force: true });
  return {
    async remember(keyBase64) {
      if (!(await osCanProtect(safeStorage, platform))) {
        await forget();
        return false;
      }
      const temp = `${file}.partial`;
      await fs.writeFile(temp, await safeStorage.encryptStringAsync(keyBase64), { mode: 0o600 });
      await fs.rename(temp, file);
      return true;
    },
    async recall() {
      if (!(await osCanProtect(safeStorage, platform))) return null;
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(await fs.readFile(file));
        if (shouldReEncrypt)
          await fs.writeFile(file, await safeStorage.encryptStringAsync(result), { mode: 0o600 });
        return result;
      } catch {
        return null;
      }
    },
    forget,
  };
}
