import { newDataKey } from '../../domain/vault/aead';
import { SecretCache } from './secretCache';
import { unwrapClientKey, wrapClientKey, type UnlockedKeys } from '../../domain/vault/keyring';

/**
 * The keys of this window while the vault is unlocked, in memory only. `off`: no vault (records are
 * read and written as they are). `locked`: a vault exists but no key is in memory, so the middleware
 * refuses to read or write any encrypted record. `unlocked`: keys in memory, records are encrypted on
 * write and decrypted on read. Locking forgets every key and every decrypted value.
 */

export type VaultMode = 'off' | 'locked' | 'unlocked';

export class VaultLockedError extends Error {
  constructor() {
    super('The workspace is locked. Unlock it with your passphrase.');
    this.name = 'VaultLockedError';
  }
}

export class VaultSession {
  mode: VaultMode = 'off';
  private keys: UnlockedKeys | null = null;
  private clientKeys = new Map<string, Uint8Array>();
  private wrappedKeys = new Map<string, string>();
  private listeners = new Set<(mode: VaultMode) => void>();
  /** Opened records for repeated reads (`secretCache.ts`). */
  readonly cache = new SecretCache();

  subscribe(listener: (mode: VaultMode) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(mode: VaultMode) {
    this.mode = mode;
    for (const listener of this.listeners) listener(mode);
  }

  /** A vault exists: nothing can be read until `unlock`. */
  lock(): void {
    this.keys = null;
    this.clientKeys.clear();
    this.wrappedKeys.clear();
    this.cache.clear();
    this.set('locked');
  }

  /** No vault (or it was never set up in this database). */
  turnOff(): void {
    this.lock();
    this.set('off');
  }

  unlock(keys: UnlockedKeys, wrappedClientKeys: Iterable<[string, string]>): void {
    this.keys = keys;
    for (const [clientId, wrapped] of wrappedClientKeys) this.learnClientKey(clientId, wrapped);
    this.set('unlocked');
  }

  get unlocked(): UnlockedKeys {
    if (!this.keys) throw new VaultLockedError();
    return this.keys;
  }

  workspaceKey(): Uint8Array {
    return this.unlocked.workspace;
  }

  /** A wrapped key read from a client record (at unlock, or written by another window since). */
  learnClientKey(clientId: string, wrapped: string): void {
    if (this.wrappedKeys.get(clientId) === wrapped) return;
    this.clientKeys.set(clientId, unwrapClientKey(this.unlocked.master, clientId, wrapped));
    this.wrappedKeys.set(clientId, wrapped);
  }

  clientKey(clientId: string): Uint8Array | undefined {
    return this.clientKeys.get(clientId);
  }

  /** The wrapped key to store on a client record; a client seen for the first time gets a new random key. */
  wrappedKeyFor(clientId: string): string {
    let wrapped = this.wrappedKeys.get(clientId);
    if (!wrapped) {
      const key = newDataKey();
      wrapped = wrapClientKey(this.unlocked.master, clientId, key);
      this.clientKeys.set(clientId, key);
      this.wrappedKeys.set(clientId, wrapped);
    }
    return wrapped;
  }

  /** Forgets a deleted client's key (its record, which held the wrapped key, is gone). */
  forgetClient(clientId: string): void {
    this.clientKeys.delete(clientId);
    this.wrappedKeys.delete(clientId);
  }
}
