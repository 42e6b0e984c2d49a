import { DecryptionError, fromBase64, newDataKey, open, seal, toBase64, utf8 } from './aead';
import { deriveKey, newKdfParams, newRecoveryKey, normaliseRecoveryKey, type KdfParams } from './kdf';

/**
 * The key hierarchy of a vault (envelope encryption):
 * - a random 256-bit **master key**, stored only wrapped: by the key derived from the passphrase, by
 *   the key derived from the recovery key and (desktop) by the operating system's `safeStorage`;
 * - a random 256-bit **workspace key** (consultant-wide records: vendor library, templates, settings,
 *   history without a client, the edit journal), wrapped by the master key in the vault header;
 * - a random 256-bit **data key per client**, wrapped by the master key and kept on that client's own
 *   record (`$key`), so deleting the client destroys its key (crypto-shredding).
 * Changing the passphrase re-wraps the master key: no record is re-encrypted.
 */

export const VAULT_VERSION = 1;

export interface VaultMeta {
  version: typeof VAULT_VERSION;
  createdAt: string;
  /** Passphrase -> key that wraps the master key. */
  kdf: KdfParams;
  byPassphrase: string;
  recoveryKdf: KdfParams;
  byRecoveryKey: string;
  /** The workspace key wrapped by the master key. */
  workspaceKey: string;
  /** Minutes without input before the app locks (0 = never). */
  idleMinutes: number;
  /** Encrypting an existing workspace: `running` until every record is encrypted. */
  migration: 'running' | 'done';
}

export interface UnlockedKeys {
  master: Uint8Array;
  workspace: Uint8Array;
}

const MASTER_AAD = utf8('caio-desk vault master key');
const WORKSPACE_AAD = utf8('caio-desk workspace key');
const clientAad = (clientId: string) => utf8(`caio-desk client key ${clientId}`);

export const DEFAULT_IDLE_MINUTES = 10;

export async function createVault(
  passphrase: string,
  now: Date,
  iterations?: number,
): Promise<{ meta: VaultMeta; keys: UnlockedKeys; recoveryKey: string }> {
  const master = newDataKey();
  const workspace = newDataKey();
  const recoveryKey = newRecoveryKey();
  const kdf = newKdfParams(iterations);
  const recoveryKdf = newKdfParams(iterations);
  const [byPass, byRecovery] = await Promise.all([
    deriveKey(passphrase, kdf),
    deriveKey(recoveryKey, recoveryKdf),
  ]);
  const meta: VaultMeta = {
    version: VAULT_VERSION,
    createdAt: now.toISOString(),
    kdf,
    byPassphrase: toBase64(seal(byPass, master, MASTER_AAD)),
    recoveryKdf,
    byRecoveryKey: toBase64(seal(byRecovery, master, MASTER_AAD)),
    workspaceKey: toBase64(seal(master, workspace, WORKSPACE_AAD)),
    idleMinutes: DEFAULT_IDLE_MINUTES,
    migration: 'running',
  };
  return { meta, keys: { master, workspace }, recoveryKey };
}

/** The keys from the master key (e.g. after `safeStorage` gave it back); throws DecryptionError when it does not fit. */
export function keysFromMaster(meta: VaultMeta, master: Uint8Array): UnlockedKeys {
  return { master, workspace: open(master, fromBase64(meta.workspaceKey), WORKSPACE_AAD) };
}

/** Unlocks with the passphrase; null when it is wrong. */
export async function unlockWithPassphrase(
  meta: VaultMeta,
  passphrase: string,
): Promise<UnlockedKeys | null> {
  return unlockWith(meta, await deriveKey(passphrase, meta.kdf), meta.byPassphrase);
}

/** Unlocks with the recovery key; null when it is wrong or malformed. */
export async function unlockWithRecoveryKey(meta: VaultMeta, typed: string): Promise<UnlockedKeys | null> {
  const recoveryKey = normaliseRecoveryKey(typed);
  if (!recoveryKey) return null;
  return unlockWith(meta, await deriveKey(recoveryKey, meta.recoveryKdf), meta.byRecoveryKey);
}

function unlockWith(meta: VaultMeta, kek: Uint8Array, wrapped: string): UnlockedKeys | null {
  try {
    return keysFromMaster(meta, open(kek, fromBase64(wrapped), MASTER_AAD));
  } catch (error) {
    if (error instanceof DecryptionError) return null;
    throw error;
  }
}

/** A new passphrase: the master key is wrapped again (new salt); every data key and record stays as it is. */
export async function changePassphrase(
  meta: VaultMeta,
  keys: UnlockedKeys,
  newPassphrase: string,
): Promise<VaultMeta> {
  const kdf = newKdfParams(meta.kdf.iterations);
  const kek = await deriveKey(newPassphrase, kdf);
  return { ...meta, kdf, byPassphrase: toBase64(seal(kek, keys.master, MASTER_AAD)) };
}

export function wrapClientKey(master: Uint8Array, clientId: string, key: Uint8Array): string {
  return toBase64(seal(master, key, clientAad(clientId)));
}

export function unwrapClientKey(master: Uint8Array, clientId: string, wrapped: string): Uint8Array {
  return open(master, fromBase64(wrapped), clientAad(clientId));
}

export function isVaultMeta(value: unknown): value is VaultMeta {
  const meta = value as VaultMeta | null;
  return (
    Boolean(meta) &&
    typeof meta === 'object' &&
    meta!.version === VAULT_VERSION &&
    typeof meta!.byPassphrase === 'string' &&
    typeof meta!.workspaceKey === 'string'
  );
}
