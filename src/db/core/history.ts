import { getPath, sameValue } from '../../domain/shared/patch';

/**
 * The change log (audit trail): one entry per change of one field of one record, appended and never
 * rewritten by later edits. The one exception is typing: consecutive keystrokes in one field within
 * a few seconds extend the entry they started (typing a sentence is one change, not forty).
 * Entries carry what a later multi-device sync needs: a stable id, the table and record id, the device
 * and that device's sequence number.
 */
export type ChangeKind = 'edit' | 'create' | 'delete' | 'restore';

export interface ChangeRecord {
  id: string;
  clientId: string | null;
  /** Table name, e.g. `clients`, `useCases`. */
  entity: string;
  entityId: string;
  /** The field, or a path into it (`scores.impact`, `texts.headlines.1`); `*` for a whole record (create, delete, restore). */
  field: string;
  oldValue: unknown;
  newValue: unknown;
  at: string;
  /** Who made the change; the app has one user, the consultant. */
  by: string;
  /** Absent on entries written before kinds existed: an edit. */
  kind?: ChangeKind;
  deviceId?: string;
  /** Per-device sequence number: grows with every entry this device writes (or extends). */
  seq?: number;
  /** The entry was made by typing, so the next keystroke in the same field may extend it. */
  typed?: boolean;
  /** A reason or justification given with the change. */
  note?: string;
  /** The change came from another device through sync (the replica that wrote it): not sent back out. */
  syncedFrom?: string;
}

/** Keystrokes in one field within this window extend one entry. */
export const TYPING_MERGE_WINDOW_MS = 5_000;

/** The fields (or paths) to record for a change: each patched path that changed, and any other field that changed. */
export function changedPaths(
  before: object,
  after: object,
  patchPaths: readonly string[],
  changedTopFields: readonly string[],
): string[] {
  const paths = patchPaths.filter((path) => !sameValue(getPath(before, path), getPath(after, path)));
  const covered = (field: string) =>
    patchPaths.some((path) => path === field || path.startsWith(`${field}.`));
  return [...paths, ...changedTopFields.filter((field) => !covered(field))];
}

/** Whether `fresh` (typed) extends `latest`, the record's most recent entry. */
export function extendsTyping(latest: ChangeRecord | undefined, fresh: ChangeRecord): latest is ChangeRecord {
  return Boolean(
    latest &&
    fresh.typed &&
    latest.typed &&
    (latest.kind ?? 'edit') === 'edit' &&
    latest.field === fresh.field &&
    latest.by === fresh.by &&
    latest.deviceId === fresh.deviceId &&
    Date.parse(fresh.at) - Date.parse(latest.at) < TYPING_MERGE_WINDOW_MS,
  );
}
