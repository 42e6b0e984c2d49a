import { parseAutoBackupName, sortNewestFirst, type AutoBackupReason } from './autoBackups';

/**
 * What the desktop main process allows the window to do with automatic backups, so a misbehaving page
 * cannot rotate the real backups away: one daily backup a day, a few others an hour in all, and the newest
 * daily backups never deleted to make room for others. The limits are counted from the files in the folder,
 * so they are kept below what rotation keeps: a backup of the last hour is never rotated away, and the count
 * cannot be reset by flooding.
 */

/** At most one daily backup per this long. */
export const DAILY_MIN_GAP_MS = 20 * 60 * 60 * 1000;
/** At most this many other backups ("before an import/restore/upgrade/encryption") per hour, all kinds together. */
export const EVENT_BACKUPS_PER_HOUR = 4;
/** These newest daily backups are kept whatever else is written. */
export const DAILY_BACKUPS_PROTECTED = 7;

export interface ExistingBackup {
  name: string;
  createdAt: string;
  reason: AutoBackupReason;
}

/** Null when a new backup for `reason` may be written now; else why not, in words. */
export function autoBackupRefusal(
  existing: readonly ExistingBackup[],
  reason: AutoBackupReason,
  now: Date,
): string | null {
  const isDaily = reason === 'daily';
  const recent = (ms: number) =>
    existing.filter(
      (e) =>
        (e.reason === 'daily') === isDaily &&
        now.getTime() - Date.parse(e.createdAt) < ms &&
        Date.parse(e.createdAt) <= now.getTime() + 60_000,
    ).length;
  if (isDaily) return recent(DAILY_MIN_GAP_MS) > 0 ? 'A daily backup was already made today.' : null;
  return recent(60 * 60 * 1000) >= EVENT_BACKUPS_PER_HOUR
    ? `Too many automatic backups in the last hour (${EVENT_BACKUPS_PER_HOUR} at most); the existing ones are kept.`
    : null;
}

/** The automatic backups to delete: beyond the newest `keep`, but never one of the newest protected daily ones. */
export function protectedBackupsToDelete(names: readonly string[], keep: number): string[] {
  const ours = sortNewestFirst(
    names.flatMap((name) => {
      const parsed = parseAutoBackupName(name);
      return parsed ? [{ name, ...parsed }] : [];
    }),
  );
  const protectedDaily = new Set(
    ours
      .filter((e) => e.reason === 'daily')
      .slice(0, DAILY_BACKUPS_PROTECTED)
      .map((e) => e.name),
  );
  return ours
    .slice(Math.max(keep, 1))
    .filter((e) => !protectedDaily.has(e.name))
    .map((e) => e.name);
}
