import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { dumpWorkspace } from '../../../../src/db/backup/dump';
import { DecryptionError } from '../../../../src/domain/vault/aead';
import { demoVault } from './vaultKit';

/** A full backup of a vault opens the sealed records in bulk with WebCrypto (`src/db/vault/bulkOpen.ts`). */
describe('vault bulk open', { timeout: 60_000 }, () => {
  it('gives exactly the records the middleware reads, cached or not', async () => {
    const { database } = await demoVault();
    const viaMiddleware = Object.fromEntries(
      await Promise.all(database.tables.map(async (t) => [t.name, await t.toArray()])),
    );
    const cold = await dumpWorkspace(database);
    database.vault.cache.clear();
    const uncached = await dumpWorkspace(database);
    for (const table of database.tables) {
      const expected =
        table.name === 'settings'
          ? (viaMiddleware.settings as { key: string }[]).filter((s) =>
              cold.settings.some((c) => c.key === s.key),
            )
          : viaMiddleware[table.name];
      expect(cold[table.name]).toEqual(expected);
      expect(uncached[table.name]).toEqual(expected);
    }
    expect(cold.useCases.length).toBeGreaterThan(0);
  });

  it('refuses a changed record', async () => {
    const { database } = await demoVault();
    const [first] = await database.useCases.toArray();
    const raw = new Dexie(database.name);
    await raw.open();
    const stored = (await raw.table('useCases').get(first.id)) as Record<string, Uint8Array>;
    const sealed = new Uint8Array(stored.$c);
    sealed[sealed.length - 1] ^= 1;
    await raw.table('useCases').put({ ...stored, $c: sealed });
    raw.close();
    await expect(dumpWorkspace(database)).rejects.toBeInstanceOf(DecryptionError);
  });

  it('cannot read while locked', async () => {
    const { database } = await demoVault();
    database.vault.lock();
    await expect(dumpWorkspace(database)).rejects.toThrow(/locked/);
  });
});
