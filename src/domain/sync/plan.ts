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

/** A change-log entry of this device not yet sent: which field (or path, or `*` for the whole record) it changed. */
export interface UnsentEdit {
  field: string;
}

export interface RemoteMerge {
  /** The part of the remote version to apply now: fields this device has not changed since its last outbox. */
  patch: Record<string, unknown>;
  /** Fields both sides changed to different values: a concurrent edit to keep as a conflict. */
  contested: string[];
}

/**
 * How a pulled version meets a record this device changed after its outbox ran (typed during the sync):
 * the remote's other fields are taken; a field changed here is kept, and it is contested when the remote
 * changed it too, i.e. its value differs from `base` (the version this device had before the pull; null
 * when unknown: then every such field is contested). A whole-record edit here (create, delete, restore)
 * contests every field that differs.
 */
export function mergeRemote(
  current: Record<string, unknown>,
  remote: Record<string, unknown>,
  unsent: readonly UnsentEdit[],
  base: Record<string, unknown> | null,
): RemoteMerge {
  const whole = unsent.some((edit) => edit.field === '*');
  const touched = new Set(unsent.map((edit) => edit.field.split('.')[0]!));
  const patch: Record<string, unknown> = {};
  const contested: string[] = [];
  for (const [field, value] of Object.entries(patchTowards(current, remote))) {
    if (!whole && !touched.has(field)) patch[field] = value;
    else if (whole || !base || !sameValue(base[field], value)) contested.push(field);
  }
  return { patch, contested };
}
