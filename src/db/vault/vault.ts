import type Dexie from 'dexie';
import {
  changePassphrase,
  createVault,
  isVaultMeta,
  keysFromMaster,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type UnlockedKeys,
  type VaultMeta,
} from '../../domain/vault/keyring';
import { CLIENT_KEY_FIELD } from '../../domain/vault/recordCodec';
import type { CaioDatabase } from '../core/schema';
import { VAULT_SETTING_PREFIX } from './fieldPolicy';

/**
 * Setting up, unlocking and maintaining a vault. The header (`vault.meta`) lives in the settings table
 * in the clear (it holds only parameters and wrapped keys) and is device-local: never in a backup, kept
 * by a restore. Encrypting an existing workspace ("migration") goes table by table in small
 * transactions, each record read and written back through the middleware; it can stop anywhere (the
 * data stays readable: plain records are read as they are) and `resumeMigration` finishes it.
 */

export const VAULT_META_KEY = `${VAULT_SETTING_PREFIX}meta`;
const CHUNK = 250;

export interface MigrationProgress {
  done: number;
  total: number;
}

export interface MigrationOptions {
  onProgress?: (progress: MigrationProgress) => void;
  /** Called after each chunk (tests stop a migration half-way by throwing here). */
  afterChunk?: (table: string, progress: MigrationProgress) => void;
  /** Called once the clients (and so every data key) are stored: the moment to take the backup. */
  afterClientKeys?: () => Promise<void>;
}

export async function readVaultMeta(database: Dexie): Promise<VaultMeta | null> {
  const row = (await database.table('settings').get(VAULT_META_KEY)) as { value?: unknown } | undefined;
  return isVaultMeta(row?.value) ? row.value : null;
}

async function writeVaultMeta(database: Dexie, meta: VaultMeta): Promise<void> {
  await database.table('settings').put({ key: VAULT_META_KEY, value: meta });
}

/** At start: `off` without a vault, otherwise locked until `unlockVault`. */
export async function initVault(database: CaioDatabase): Promise<VaultMeta | null> {
  const meta = await readVaultMeta(database);
  if (meta) database.vault.lock();
  else database.vault.turnOff();
  return meta;
}

async function openSession(database: CaioDatabase, keys: UnlockedKeys): Promise<void> {
  // Unlock first, then read the client records: the middleware learns each client's key from them.
  database.vault.unlock(keys, []);
  await database.clients.toArray();
}

export type UnlockSecret = { passphrase: string } | { recoveryKey: string } | { master: Uint8Array };

/** Unlocks this window; false for a wrong passphrase or recovery key (nothing changes). */
export async function unlockVault(database: CaioDatabase, secret: UnlockSecret): Promise<boolean> {
  const meta = await readVaultMeta(database);
  if (!meta) return false;
  let keys: UnlockedKeys | null;
  if ('passphrase' in secret) keys = await unlockWithPassphrase(meta, secret.passphrase);
  else if ('recoveryKey' in secret) keys = await unlockWithRecoveryKey(meta, secret.recoveryKey);
  else {
    try {
      keys = keysFromMaster(meta, secret.master);
    } catch {
      keys = null;
    }
  }
  if (!keys) return false;
  await openSession(database, keys);
  return true;
}

/**
 * Sets up a vault on this workspace: new keys, the header, then every existing record encrypted.
 * Returns the recovery key (shown once, never stored).
 */
export async function setUpVault(
  database: CaioDatabase,
  passphrase: string,
  options: MigrationOptions & { iterations?: number; now?: Date } = {},
): Promise<{ recoveryKey: string }> {
  if (await readVaultMeta(database)) throw new Error('This workspace is encrypted already.');
  const { meta, keys, recoveryKey } = await createVault(
    passphrase,
    options.now ?? new Date(),
    options.iterations,
  );
  await writeVaultMeta(database, meta);
  await openSession(database, keys);
  await resumeMigration(database, options);
  return { recoveryKey };
}

/** Encrypts whatever is still plain (after an interruption, or right after setup). */
export async function resumeMigration(database: CaioDatabase, options: MigrationOptions = {}): Promise<void> {
  const meta = await readVaultMeta(database);
  if (!meta || meta.migration === 'done') return;
  const tables = [database.clients, ...database.tables.filter((t) => t.name !== 'clients')];
  let total = 0;
  for (const table of tables) total += await table.count();
  const progress = { done: 0, total };
  options.onProgress?.({ ...progress });
  for (const table of tables) {
    let last: unknown = undefined;
    for (;;) {
      const rows = await database.transaction('rw', table, async () => {
        const collection = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
        const chunk = await collection.limit(CHUNK).toArray();
        // Read through the middleware (plain records as they are) and written back through it: encrypted.
        if (chunk.length > 0) await table.bulkPut(chunk);
        return chunk;
      });
      if (rows.length === 0) break;
      const keyPath = table.schema.primKey.keyPath as string;
      last = (rows.at(-1) as Record<string, unknown>)[keyPath];
      progress.done += rows.length;
      options.onProgress?.({ ...progress });
      options.afterChunk?.(table.name, { ...progress });
    }
    if (table.name === 'clients') await options.afterClientKeys?.();
  }
  await writeVaultMeta(database, { ...meta, migration: 'done' });
}

/** Key rotation: a new passphrase re-wraps the master key; no record is touched. False when the current one is wrong. */
export async function changeVaultPassphrase(
  database: CaioDatabase,
  current: string,
  next: string,
): Promise<boolean> {
  const meta = await readVaultMeta(database);
  if (!meta) return false;
  const keys = await unlockWithPassphrase(meta, current);
  if (!keys) return false;
  await writeVaultMeta(database, await changePassphrase(meta, keys, next));
  return true;
}

export async function setIdleMinutes(database: CaioDatabase, minutes: number): Promise<void> {
  const meta = await readVaultMeta(database);
  if (!meta) return;
  await writeVaultMeta(database, { ...meta, idleMinutes: Math.max(0, Math.min(240, Math.round(minutes))) });
}

/** The master key of an unlocked session (to hand to `safeStorage` or another window). */
export function currentMasterKey(database: CaioDatabase): Uint8Array {
  return database.vault.unlocked.master;
}

export { CLIENT_KEY_FIELD };
