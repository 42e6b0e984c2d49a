import { sameValue } from '../shared/patch';
import type { RecordRef, SyncPayload } from './documents';

/**
 * The pure decisions of the sync adapter: which records the change log says to send, in which order
 * remote versions are applied, what patch turns the local record into the remote one, and what differs
 * between two versions of a conflict.
 */

/** The part of a change-log entry (`src/db/core/history.ts`) that says which record changed when. */
export interface EntryRef {
  entity: string;
  entityId: string;
  seq?: number;
}

/** Fields that are bookkeeping, not content: never patched from a remote version, never a conflict. */
const BOOKKEEPING = ['updatedAt'];

/** The records the entries touched, each once, in the order of the device's sequence (oldest first). */
export function touchedRecords(entries: readonly EntryRef[]): RecordRef[] {
  const ordered = [...entries].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const seen = new Map<string, RecordRef>();
  for (const entry of ordered) {
    const key = `${entry.entity}:${entry.entityId}`;
    seen.delete(key);
    seen.set(key, { table: entry.entity, id: entry.entityId });
  }
  return [...seen.values()];
}

/** The highest sequence number among the entries, or `since` when there are none higher. */
export function lastSeq(entries: readonly Pick<EntryRef, 'seq'>[], since: number): number {
  return entries.reduce((max, entry) => Math.max(max, entry.seq ?? 0), since);
}

/**
 * The order remote versions are applied in: the client record first (its other records need it), then
 * by the author's time; the client's own deletion last.
 */
export function applyOrder<T extends Pick<SyncPayload, 'table' | 'record' | 'at'>>(
  payloads: readonly T[],
): T[] {
  const rank = (p: T) => (p.table === 'clients' ? (p.record ? 0 : 2) : 1);
  return [...payloads].sort((a, b) => rank(a) - rank(b) || a.at.localeCompare(b.at));
}

/** The top-level patch that makes `local` equal `remote` (bookkeeping left out; a missing field is cleared). */
export function patchTowards(
  local: Record<string, unknown>,
  remote: Record<string, unknown>,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const field of new Set([...Object.keys(local), ...Object.keys(remote)])) {
    if (BOOKKEEPING.includes(field) || field === 'id') continue;
    if (!sameValue(local[field], remote[field])) patch[field] = remote[field];
  }
  return patch;
}

export interface FieldDifference {
  field: string;
  mine: unknown;
  theirs: unknown;
}

/** What a conflict UI shows: field by field, the values of two versions that differ (with their authors). */
export function conflictFields(mine: SyncPayload, theirs: SyncPayload): FieldDifference[] {
  const a = mine.record ?? {};
  const b = theirs.record ?? {};
  return Object.keys(patchTowards(a, b)).map((field) => ({ field, mine: a[field], theirs: b[field] }));
}
