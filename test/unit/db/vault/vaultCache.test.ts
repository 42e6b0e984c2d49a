import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { copyValue, SecretCache } from '../../../../src/db/vault/secretCache';
import { DecryptionError } from '../../../../src/domain/vault/aead';
import { demoVault } from './vaultKit';

/** The cache of opened records (`src/db/vault/secretCache.ts`) behind the middleware. */
describe('vault cache', { timeout: 60_000 }, () => {
  it('a cached record cannot be changed through an object a caller got', async () => {
    const { database } = await demoVault();
    const [first] = await database.useCases.toArray();
    const original = structuredClone(first);
    expect(database.vault.cache.size).toBeGreaterThan(0);
    first.title = 'changed by a caller';
    first.stageHistory.push({ stage: 'pilot', date: '2026-05-05' });
    first.scores.impact = 99;
    const again = await database.useCases.get(first.id);
    expect(again).toEqual(original);
    // Two reads never share an object.
    const other = await database.useCases.get(first.id);
    expect(other).not.toBe(again);
    expect(other!.stageHistory).not.toBe(again!.stageHistory);
  });

  it('a record written again is read as written, not from the cache', async () => {
    const { database } = await demoVault();
    const [first] = await database.useCases.toArray();
    await database.useCases.put({ ...first, title: 'A new title' });
    expect((await database.useCases.get(first.id))!.title).toBe('A new title');
  });

  it('changed sealed bytes with the same nonce and tag are opened again and refused', async () => {
    const { database } = await demoVault();
    const [first] = await database.useCases.toArray();
    const raw = new Dexie(database.name);
    await raw.open();
    const stored = (await raw.table('useCases').get(first.id)) as Record<string, Uint8Array>;
    const sealed = new Uint8Array(stored.$c);
    sealed[sealed.length - 20] ^= 1; // the ciphertext, before the 16-byte tag
    await raw.table('useCases').put({ ...stored, $c: sealed });
    raw.close();
    await expect(database.useCases.get(first.id)).rejects.toBeInstanceOf(DecryptionError);
  });

  it('locking forgets every opened record', async () => {
    const { database } = await demoVault();
    await database.useCases.toArray();
    expect(database.vault.cache.size).toBeGreaterThan(0);
    database.vault.lock();
    expect(database.vault.cache.size).toBe(0);
  });

  it('serves an entry only for the same bytes, and copies values deeply', () => {
    const cache = new SecretCache();
    const secret = { title: 'x', list: [{ a: 1 }], when: new Date(0) };
    cache.set('t', 'id', new Uint8Array([1, 2, 3]), secret);
    expect(cache.get('t', 'id', new Uint8Array([1, 2, 3]))).toBe(secret);
    expect(cache.get('t', 'id', new Uint8Array([1, 2, 4]))).toBeUndefined();
    expect(cache.get('t', 'other', new Uint8Array([1, 2, 3]))).toBeUndefined();
    const copy = copyValue({ ...secret, bytes: new Uint8Array([7]) }) as typeof secret & {
      bytes: Uint8Array;
    };
    expect(copy).toEqual({ ...secret, bytes: new Uint8Array([7]) });
    expect(copy.list[0]).not.toBe(secret.list[0]);
    expect(copy.when).not.toBe(secret.when);
    const proto = copyValue(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.keys(proto)).toEqual(['__proto__']);
  });
});
