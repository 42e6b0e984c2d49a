import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { deleteClient } from '../../../../src/db/clients/clients';
import { loadDemoWorkspace, demoContext } from '../../../../src/demo/workspace';
import { analyseBackupText } from '../../../../src/db/backup/import';
import { createVaultBackupText, openVaultBackupText } from '../../../../src/db/vault/vaultBackup';
import {
  changeVaultPassphrase,
  readVaultMeta,
  resumeMigration,
  setUpVault,
  unlockVault,
} from '../../../../src/db/vault/vault';
import { DecryptionError } from '../../../../src/domain/vault/aead';
import { isSealed } from '../../../../src/domain/vault/recordCodec';
import { freshDb } from '../testDb';
import { autoBackupContentProblem } from '../../../../electron/backups';
import { asText, demoVault, leakedStrings, PASSPHRASE, rawTables, TEST_ITERATIONS } from './vaultKit';

async function reopened(database: Dexie & { vault: { lock(): void } }) {
  const other = new (database.constructor as new (name: string) => typeof database)(database.name);
  await other.open();
  other.vault.lock();
  return other;
}

describe('vault keys', { timeout: 60_000 }, () => {
  it('a wrong passphrase or recovery key unlocks nothing and changes nothing', async () => {
    const { database, recoveryKey } = await demoVault();
    const before = asText(await rawTables(database.name));
    const other = await reopened(database as never);
    expect(await unlockVault(other as never, { passphrase: 'Correct horse battery staple' })).toBe(false);
    expect(
      await unlockVault(other as never, { recoveryKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH' }),
    ).toBe(false);
    expect(asText(await rawTables(database.name))).toBe(before);
    expect(
      await unlockVault(other as never, { recoveryKey: recoveryKey.toLowerCase().replaceAll('-', ' ') }),
    ).toBe(true);
  });

  it('a changed ciphertext is refused on read, and nothing is written', async () => {
    const { database } = await demoVault();
    const [client] = await database.clients.toArray();
    const raw = new Dexie(database.name);
    await raw.open();
    const stored = (await raw.table('clients').get(client.id)) as Record<string, unknown>;
    const sealed = new Uint8Array(stored.$c as Uint8Array);
    sealed[20] ^= 1;
    await raw.table('clients').put({ ...stored, $c: sealed });
    const tampered = asText(await rawTables(database.name));
    const other = await reopened(database as never);
    // Unlocking reads the client records: the changed one is refused.
    await expect(unlockVault(other as never, { passphrase: PASSPHRASE })).rejects.toBeInstanceOf(
      DecryptionError,
    );
    // The window that had opened it does not serve its cached copy for the changed bytes either.
    expect(database.vault.cache.size).toBeGreaterThan(0);
    await expect(database.clients.get(client.id)).rejects.toBeInstanceOf(DecryptionError);
    expect(asText(await rawTables(database.name))).toBe(tampered);
    raw.close();
  });

  it('a sealed value moved onto another record does not open', async () => {
    const { database } = await demoVault();
    const [a, b] = await database.useCases.limit(2).toArray();
    const raw = new Dexie(database.name);
    await raw.open();
    const storedA = (await raw.table('useCases').get(a.id)) as Record<string, unknown>;
    await raw.table('useCases').put({ ...(await raw.table('useCases').get(b.id)), $c: storedA.$c });
    database.vault.cache.clear();
    await expect(database.useCases.get(b.id)).rejects.toBeInstanceOf(DecryptionError);
    raw.close();
  });

  it('key rotation: a new passphrase re-wraps the master key and leaves every record as it is', async () => {
    const { database } = await demoVault();
    const before = await rawTables(database.name);
    expect(await changeVaultPassphrase(database, 'wrong passphrase here', 'a brand new passphrase')).toBe(
      false,
    );
    expect(await changeVaultPassphrase(database, PASSPHRASE, 'a brand new passphrase')).toBe(true);
    const after = await rawTables(database.name);
    for (const table of Object.keys(before)) {
      if (table === 'settings') continue;
      expect(asText(after[table])).toBe(asText(before[table]));
    }
    const other = await reopened(database as never);
    expect(await unlockVault(other as never, { passphrase: PASSPHRASE })).toBe(false);
    expect(await unlockVault(other as never, { passphrase: 'a brand new passphrase' })).toBe(true);
    expect(await (other as typeof database).useCases.count()).toBe(await database.useCases.count());
  });

  it('crypto-shredding: a deleted client cannot be read from an older automatic backup', async () => {
    const { database } = await demoVault();
    const clients = await database.clients.toArray();
    const gone = clients[0];
    const goneUseCases = await database.useCases.where('clientId').equals(gone.id).toArray();
    expect(goneUseCases.length).toBeGreaterThan(0);
    const oldBackup = await createVaultBackupText(database, '0.1.0');
    const whileKept = await openVaultBackupText(database, oldBackup, '0.1.0');
    expect(whileKept.shredded).toBe(0);
    expect(whileKept.text).toContain(goneUseCases[0].title);

    await deleteClient(database, gone.id, gone.name);
    const raw = await rawTables(database.name);
    expect(raw.clients.map((c) => c.id)).not.toContain(gone.id);

    const opened = await openVaultBackupText(database, oldBackup, '0.1.0');
    expect(opened.shredded).toBeGreaterThan(goneUseCases.length);
    expect(leakedStrings(opened.text, [gone.name, ...goneUseCases.map((u) => u.title)])).toEqual([]);
    // The rest of the old backup restores as usual.
    const analysis = await analyseBackupText(database, opened.text);
    expect(analysis.ok).toBe(true);
    // Even with the passphrase, a new window has no key for it.
    const other = await reopened(database as never);
    expect(await unlockVault(other as never, { passphrase: PASSPHRASE })).toBe(true);
    expect((await openVaultBackupText(other as never, oldBackup, '0.1.0')).shredded).toBe(opened.shredded);
  });

  it('a changed automatic backup is refused', async () => {
    const { database } = await demoVault();
    const text = await createVaultBackupText(database, '0.1.0');
    const changed = text.replace(/"id":"([^"]+)"/, '"id":"$1x"');
    await expect(openVaultBackupText(database, changed, '0.1.0')).rejects.toThrow(/checksum/);
    // The desktop main process accepts the sealed file and refuses the changed one.
    expect(await autoBackupContentProblem(text)).toBeNull();
    expect(await autoBackupContentProblem(changed)).toMatch(/checksum/);
  });

  it('migration interrupted half-way leaves the data readable and resumes', async () => {
    const database = await freshDb();
    await loadDemoWorkspace(database, demoContext(new Date('2026-05-04T10:00:00Z')));
    const plainCounts = Object.fromEntries(
      await Promise.all(database.tables.map(async (t) => [t.name, await t.count()])),
    );
    const titles = (await database.useCases.toArray()).map((u) => u.title).sort();
    let chunks = 0;
    await expect(
      setUpVault(database, PASSPHRASE, {
        iterations: TEST_ITERATIONS,
        afterChunk: (table) => {
          if (table === 'useCases' || ++chunks > 3) throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    expect((await readVaultMeta(database))?.migration).toBe('running');
    const half = await rawTables(database.name);
    const sealed = Object.values(half).flat().filter(isSealed).length;
    const total = Object.values(half).flat().length;
    expect(sealed).toBeGreaterThan(0);
    expect(sealed).toBeLessThan(total - 1);

    // Next start: unlock, everything is readable (plain and encrypted alike), then the migration finishes.
    const next = await reopened(database as never);
    expect(await unlockVault(next as never, { passphrase: PASSPHRASE })).toBe(true);
    const db2 = next as typeof database;
    expect((await db2.useCases.toArray()).map((u) => u.title).sort()).toEqual(titles);
    const seen: number[] = [];
    await resumeMigration(db2, { onProgress: (p) => seen.push(p.done / p.total) });
    expect(seen.at(-1)).toBe(1);
    expect((await readVaultMeta(db2))?.migration).toBe('done');
    const done = await rawTables(database.name);
    const unsealed = Object.entries(done).flatMap(([table, rows]) =>
      rows.filter((r) => !isSealed(r) && !(table === 'settings' && String(r.key).startsWith('vault.'))),
    );
    expect(unsealed).toEqual([]);
    for (const table of db2.tables)
      expect(await table.count()).toBe(plainCounts[table.name] + (table.name === 'settings' ? 1 : 0)); // + the vault header
    expect((await db2.useCases.toArray()).map((u) => u.title).sort()).toEqual(titles);
  });
});
