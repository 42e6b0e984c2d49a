/** One field change of a register record: who/when/what, old and new value. */
export interface ChangeRecord {
  id: string;
  clientId: string | null;
  /** Table name, e.g. `clients`, `useCases`. */
  entity: string;
  entityId: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  at: string;
  /** Who made the change; the app has one user, the consultant. */
  by: string;
}

/** Edits of the same field within this window merge into one change (typing is not ten changes). */
export const CHANGE_MERGE_WINDOW_MS = 2 * 60 * 1000;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Fields whose value differs between `before` and `after` (ignoring bookkeeping fields). */
export function changedFields(before: object, patch: object): string[] {
  const old = before as Record<string, unknown>;
  return Object.entries(patch)
    .filter(([field, value]) => field !== 'updatedAt' && !sameValue(old[field], value))
    .map(([field]) => field);
}

/**
 * The change to store for one field: a fresh record, or the previous one extended when the same field was
 * edited moments ago (keeping the original old value). Returns null when the edit undid itself.
 */
export function nextChange(previous: ChangeRecord | undefined, fresh: ChangeRecord): ChangeRecord | null {
  const mergeable = previous && previous.field === fresh.field && Date.parse(fresh.at) - Date.parse(previous.at) < CHANGE_MERGE_WINDOW_MS;
  if (!mergeable) return fresh;
  if (sameValue(previous.oldValue, fresh.newValue)) return null;
  return { ...previous, newValue: fresh.newValue, at: fresh.at };
}
