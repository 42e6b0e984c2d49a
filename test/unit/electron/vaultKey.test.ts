import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIpcHandlers } from '../../../electron/ipc';
import { createVaultKeyStore, type SafeStorageLike } from '../../../electron/vaultKey';
import { IPC } from '../../../src/platform/contract';

const KEY = Buffer.alloc(32, 7).toString('base64');

function fakeSafeStorage(backend = 'gnome_libsecret', available = true): SafeStorageLike {
  return {
    isAsyncEncryptionAvailable: async () => available,
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: async (text) => Buffer.from(`os:${Buffer.from(text).toString('hex')}`),
    decryptStringAsync: async (data) => ({
      result: Buffer.from(data.toString().slice(3), 'hex').toString(),
      shouldReEncrypt: false,
    }),
  };
}

describe('the vault key kept by the operating system (safeStorage)', () => {
  it('keeps the key wrapped by the OS, gives it back, and forgets it on lock', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vault-key-'));
    const store = createVaultKeyStore(fakeSafeStorage(), dir, 'linux');
    expect(await store.recall()).toBeNull();
    expect(await store.remember(KEY)).toBe(true);
    expect((await readFile(path.join(dir, 'vault-key.bin'))).toString()).not.toContain(KEY);
    expect(await store.recall()).toBe(KEY);
    await store.forget();
    expect(await store.recall()).toBeNull();
  });

  it('keeps nothing where the OS cannot protect it (Linux basic_text, or no encryption): the passphrase is required', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vault-key-'));
    expect(await createVaultKeyStore(fakeSafeStorage('basic_text'), dir, 'linux').remember(KEY)).toBe(false);
    expect(
      await createVaultKeyStore(fakeSafeStorage('gnome_libsecret', false), dir, 'win32').remember(KEY),
    ).toBe(false);
    expect(await createVaultKeyStore(fakeSafeStorage(), dir, 'linux').recall()).toBeNull();
  });

  it('the IPC handler accepts only a 32-byte base64 key', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vault-key-'));
    const handlers = createIpcHandlers({
      appInfo: () => ({ name: 'CAIO Desk', version: '1', platform: 'desktop' }),
      chooseSavePath: async () => null,
      writeFile: async () => undefined,
      renderPdf: async () => new Uint8Array(),
      openExternal: async () => undefined,
      autoBackupDir: () => dir,
      vaultKeys: createVaultKeyStore(fakeSafeStorage(), dir, 'linux'),
    });
    for (const bad of [undefined, 42, 'short', `${KEY}x`, { key: KEY }])
      await expect(handlers[IPC.rememberVaultKey](bad)).rejects.toThrow('Invalid vault key');
    expect(await handlers[IPC.rememberVaultKey](KEY)).toBe(true);
    expect(await handlers[IPC.recallVaultKey](undefined)).toBe(KEY);
    await handlers[IPC.forgetVaultKey](undefined);
    expect(await handlers[IPC.recallVaultKey](undefined)).toBeNull();
  });
});
