import { pendingEdits, setJournalCipher } from '../../db/core/editJournal';
import { db } from '../../db/core/schema';
import { journalCipherFor } from '../../db/vault/journalCipher';
import {
  currentMasterKey,
  resumeMigration,
  unlockVault,
  type MigrationProgress,
  type UnlockSecret,
} from '../../db/vault/vault';
import { platform } from '../../platform';
import { interfaceT } from '../../state/interfaceLanguage';

/**
 * What locking and unlocking do in this window, outside React. Every window of the app (the audience
 * view on the projector, print windows) follows: a lock anywhere locks all of them, and an unlock
 * hands the master key to the others over a same-origin BroadcastChannel (never stored, never sent
 * anywhere else).
 */

/** The window's title while locked (a key: shown through the interface's `t`). */
export const LOCKED_TITLE = 'CAIO Desk (locked)';

type Message = { type: 'lock' } | { type: 'hello' } | { type: 'keys'; master: Uint8Array };

const channel: BroadcastChannel | null =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('caio-desk-vault');

function afterUnlock(): void {
  setJournalCipher(journalCipherFor(db.vault));
}

/** How long after start-up the old shapes' migration waits before it waits for the browser to be idle. */
const MIGRATION_DELAY_MS = 1000;

/**
 * What runs at start-up once records can be read (at once without a vault, right after unlocking in one).
 * Before anything shows: edits interrupted by a reload or crash are replayed (their code loads only when
 * there are some). Once the first screen is up (it shows none of what they change): data kept in older
 * shapes moves onto the current ones, which reads every use case and vendor profile.
 */
export async function startupWork(): Promise<void> {
  if (pendingEdits().length > 0) await (await import('./startupWork')).replayInterruptedEdits();
  const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 0));
  setTimeout(
    () =>
      idle(() => {
        import('./startupWork')
          .then((work) => work.migrateOldShapes())
          .catch((error: unknown) => console.warn('Data in an older shape could not be moved', error));
      }),
    MIGRATION_DELAY_MS,
  );
}

export function lockNow(): void {
  if (db.vault.mode !== 'unlocked') return;
  db.vault.lock();
  setJournalCipher(null);
  document.title = interfaceT()(LOCKED_TITLE);
  channel?.postMessage({ type: 'lock' } satisfies Message);
  // Locked means locked after a restart too: the OS-kept key is dropped until the next unlock.
  void platform.forgetVaultKey().catch(() => undefined);
}

/** Unlocks with what the user typed; false when it is wrong (nothing changes). */
export async function unlockWith(
  secret: UnlockSecret,
  onProgress?: (p: MigrationProgress) => void,
): Promise<boolean> {
  if (!(await unlockVault(db, secret))) return false;
  afterUnlock();
  // A setup interrupted last time (the data was readable all along) is finished first.
  await resumeMigration(db, { onProgress });
  await startupWork();
  channel?.postMessage({ type: 'keys', master: currentMasterKey(db) } satisfies Message);
  void rememberForThisSession();
  return true;
}

/** Called once the vault was set up in this window. */
export function vaultSetUp(): void {
  afterUnlock();
  void rememberForThisSession();
}

/** Desktop: the master key wrapped by the OS (safeStorage), so the next start does not ask. */
async function rememberForThisSession(): Promise<void> {
  try {
    await platform.rememberVaultKey(btoa(String.fromCharCode(...currentMasterKey(db))));
  } catch (error) {
    console.warn('The key could not be kept by the operating system', error);
  }
}

/** Desktop at start: unlock with the key the OS kept; false when there is none (or no keyring). */
export async function unlockFromOs(): Promise<boolean> {
  try {
    const kept = await platform.recallVaultKey();
    if (!kept) return false;
    const master = Uint8Array.from(atob(kept), (c) => c.charCodeAt(0));
    if (!(await unlockVault(db, { master }))) return false;
    afterUnlock();
    await resumeMigration(db);
    await startupWork();
    return true;
  } catch {
    return false;
  }
}

/** Follows the other windows; asks an unlocked one for the keys when this window starts locked. */
export function followOtherWindows(): () => void {
  if (!channel) return () => undefined;
  const onMessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.type === 'lock' && db.vault.mode === 'unlocked') {
      db.vault.lock();
      setJournalCipher(null);
      document.title = interfaceT()(LOCKED_TITLE);
    } else if (message.type === 'hello' && db.vault.mode === 'unlocked') {
      channel.postMessage({ type: 'keys', master: currentMasterKey(db) } satisfies Message);
    } else if (
      message.type === 'keys' &&
      db.vault.mode === 'locked' &&
      message.master instanceof Uint8Array
    ) {
      void unlockVault(db, { master: message.master }).then((ok) => ok && afterUnlock());
    }
  };
  channel.addEventListener('message', onMessage);
  if (db.vault.mode === 'locked') channel.postMessage({ type: 'hello' } satisfies Message);
  return () => channel.removeEventListener('message', onMessage);
}
