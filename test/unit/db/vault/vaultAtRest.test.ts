import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beginEdit, setJournalCipher } from '../../../../src/db/core/editJournal';
import { updateRecord } from '../../../../src/db/core/records';
import { createVaultBackupText } from '../../../../src/db/vault/vaultBackup';
import { journalCipherFor } from '../../../../src/db/vault/journalCipher';
import { unlockVault } from '../../../../src/db/vault/vault';
import { createWorkspaceBackup } from '../../../../src/db/backup/dump';
import { protectText } from '../../../../src/domain/vault/protectedFile';
import {
  asText,
  demoContentStrings,
  demoVault,
  leakedStrings,
  PASSPHRASE,
  rawTables,
  TEST_ITERATIONS,
} from './vaultKit';

class MemoryStorage {
  items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, String(v));
  removeItem = (k: string) => void this.items.delete(k);
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as Record<string, unknown>).localStorage = storage;
});
afterEach(() => {
  setJournalCipher(null);
  delete (globalThis as Record<string, unknown>).localStorage;
});

describe('a vault at rest holds none of the demo content', { timeout: 60_000 }, () => {
  it('raw IndexedDB, local storage, an automatic backup and a protected export, after the demo is loaded and edited', async () => {
    const { database } = await demoVault();
    setJournalCipher(journalCipherFor(database.vault));
    const strings = demoContentStrings(database);
    expect(strings.length).toBeGreaterThan(200);

    // Edits through the one write path, and one left pending in the journal (as at a crash).
    const [client] = await database.clients.toArray();
    const note = 'Board wants the candidate-screening pilot paused until the DPIA is signed';
    await updateRecord(database, 'clients', client.id, { notes: note });
    const useCase = (await database.useCases.toArray())[0];
    await updateRecord(database, 'useCases', useCase.id, { title: `${useCase.title} (edited)` });
    beginEdit(
      'useCases',
      useCase.id,
      { description: 'Pending edit: salary bands for the recruiters' },
      'use case',
    );

    // The app still reads everything in the clear.
    expect((await database.clients.get(client.id))?.notes).toBe(note);
    expect((await database.useCases.get(useCase.id))?.title).toContain('(edited)');

    const raw = asText(await rawTables(database.name));
    expect(raw.length).toBeGreaterThan(10_000);
    expect(leakedStrings(raw, [...strings, note, `${useCase.title} (edited)`])).toEqual([]);

    const local = [...storage.items.values()].join('\n');
    expect(local).toContain('sealed');
    expect(leakedStrings(local, ['Pending edit: salary bands', ...strings])).toEqual([]);

    const auto = await createVaultBackupText(database, '0.1.0');
    expect(leakedStrings(auto, [...strings, note])).toEqual([]);

    const plainBackup = (await createWorkspaceBackup(database, '0.1.0')).text;
    expect(leakedStrings(plainBackup, [note])).toEqual([note]); // the check itself can see a leak
    const protectedFile = JSON.stringify(
      await protectText(plainBackup, 'for the recipient only', 'workspace', new Date(), TEST_ITERATIONS),
    );
    expect(leakedStrings(protectedFile, [...strings, note])).toEqual([]);
  });

  it('a second window (locked) reads nothing until it is unlocked', async () => {
    const { database } = await demoVault();
    const other = new (database.constructor as new (name: string) => typeof database)(database.name);
    await other.open();
    other.vault.lock();
    await expect(other.clients.toArray()).rejects.toThrow(/locked/);
    expect(await unlockVault(other, { passphrase: 'not the passphrase' })).toBe(false);
    await expect(other.clients.toArray()).rejects.toThrow(/locked/);
    expect(await unlockVault(other, { passphrase: PASSPHRASE })).toBe(true);
    expect((await other.clients.toArray()).map((c) => c.name).sort()).toEqual(
      (await database.clients.toArray()).map((c) => c.name).sort(),
    );
    other.close();
  });
});
