import { decodeValue, encodeValue } from '../../domain/backup/encoding';

/**
 * A write-ahead journal for field edits, so an edit survives a reload or crash that comes before
 * IndexedDB finished writing it. `beginEdit` runs synchronously when the edit is made and stores it in
 * localStorage (which is written synchronously); `settleEdit` removes it once the database transaction
 * committed or was refused. At startup, `replayPendingEdits` re-applies whatever is still pending.
 * Replays are idempotent: an edit that did land changes nothing the second time.
 */

const KEY = 'caio-desk.pending-edits';

/**
 * In a vault the journal is encrypted (synchronously, AES-GCM with the workspace key) like every record:
 * the stored item is then `{"sealed": "<base64>"}`. Set while unlocked, cleared when locked.
 */
export interface JournalCipher {
  seal(text: string): string;
  open(sealed: string): string;
}
let cipher: JournalCipher | null = null;
export function setJournalCipher(next: JournalCipher | null): void {
  cipher = next;
}
/** Pending edits older than this are dropped instead of replayed. */
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export interface PendingEdit {
  seq: number;
  table: string;
  id: string;
  patch: Record<string, unknown>;
  label: string;
  at: string;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function read(store: Storage): PendingEdit[] {
  try {
    let raw = JSON.parse(store.getItem(KEY) ?? '[]') as unknown;
    if (raw && typeof raw === 'object' && typeof (raw as { sealed?: unknown }).sealed === 'string') {
      // Encrypted and no key in memory (locked): nothing can be read, and nothing is lost either.
      if (!cipher) return [];
      raw = JSON.parse(cipher.open((raw as { sealed: string }).sealed)) as unknown;
    }
    return Array.isArray(raw) ? (raw as PendingEdit[]) : [];
  } catch {
    return [];
  }
}

function write(store: Storage, edits: PendingEdit[]): void {
  try {
    if (edits.length === 0) store.removeItem(KEY);
    else
      store.setItem(
        KEY,
        cipher ? JSON.stringify({ sealed: cipher.seal(JSON.stringify(edits)) }) : JSON.stringify(edits),
      );
  } catch {
    // Storage full or unavailable: the edit still goes to IndexedDB as usual, only without the journal.
  }
}

/** Records an edit before it is written; returns its sequence number (null when there is no storage). */
export function beginEdit(table: string, id: string, patch: object, label = 'record'): number | null {
  const store = storage();
  if (!store) return null;
  const edits = read(store);
  const seq = (edits.at(-1)?.seq ?? 0) + 1;
  write(store, [
    ...edits,
    {
      seq,
      table,
      id,
      patch: encodeValue(patch) as Record<string, unknown>,
      label,
      at: new Date().toISOString(),
    },
  ]);
  return seq;
}

/**
 * The edit committed (or was refused): forget it. A committed edit also supersedes earlier pending
 * edits of the same record that touch only fields it wrote, so they are never replayed over it.
 */
export function settleEdit(seq: number | null, committed: boolean): void {
  const store = storage();
  if (!store || seq === null) return;
  const edits = read(store);
  const settled = edits.find((e) => e.seq === seq);
  if (!settled) return;
  const fields = new Set(Object.keys(settled.patch));
  const superseded = (e: PendingEdit) =>
    committed &&
    e.seq < seq &&
    e.table === settled.table &&
    e.id === settled.id &&
    Object.keys(e.patch).every((f) => fields.has(f));
  write(
    store,
    edits.filter((e) => e.seq !== seq && !superseded(e)),
  );
}

export function pendingEdits(): PendingEdit[] {
  const store = storage();
  return store ? read(store) : [];
}

/** Re-applies edits that were interrupted, oldest first; returns how many were replayed. */
export async function replayPendingEdits(
  apply: (edit: Omit<PendingEdit, 'patch'> & { patch: Record<string, unknown> }) => Promise<unknown>,
  now = new Date(),
): Promise<number> {
  const store = storage();
  if (!store) return 0;
  const edits = read(store);
  write(store, []);
  let replayed = 0;
  for (const edit of edits) {
    if (now.getTime() - Date.parse(edit.at) > MAX_AGE_MS) continue;
    try {
      await apply({ ...edit, patch: decodeValue(edit.patch) as Record<string, unknown> });
      replayed++;
    } catch (error) {
      console.warn('A pending edit could not be replayed', edit, error);
    }
  }
  return replayed;
}
