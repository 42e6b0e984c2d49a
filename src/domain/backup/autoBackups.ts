import { todayIso } from '../shared/dates';
import { fileName, fileSlug } from '../shared/fileName';
/**
 * Automatic backups (desktop): file naming, listing order, rotation and scheduling, as plain
 * functions. The Electron side only applies them to its data folder.
 */

export const AUTO_BACKUP_REASONS = [
  'daily',
  'before-import',
  'before-restore',
  'before-migration',
  'before-vault',
] as const;
export type AutoBackupReason = (typeof AUTO_BACKUP_REASONS)[number];
export const AUTO_BACKUP_REASON_LABELS: Record<AutoBackupReason, string> = {
  daily: 'Daily',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
  'before-migration': 'Before a database upgrade',
  'before-vault': 'Before encrypting the workspace',
};

/** How many automatic backups are kept (the oldest beyond this are deleted after each new one). */
export const DEFAULT_AUTO_BACKUPS_KEPT = 14;
/** A daily backup is due when the newest automatic backup is older than this. */
export const DAILY_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** In a browser, the user is reminded when no backup was downloaded for this long. */
export const BROWSER_REMINDER_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
/** "Remind me later" hides the reminder for this long. */
export const REMINDER_SNOOZE_MS = 24 * 60 * 60 * 1000;

const NAME_PATTERN = new RegExp(
  `^caio-desk-auto-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${AUTO_BACKUP_REASONS.join('|')})\\.json$`,
);

export interface AutoBackupEntry {
  name: string;
  createdAt: string;
  reason: AutoBackupReason;
  sizeBytes: number;
}

/** `caio-desk-auto-2026-05-01T09-30-00-000Z-daily.json`: sortable, safe on every file system. */
export function autoBackupFileName(createdAt: Date, reason: AutoBackupReason): string {
  return fileName(`caio-desk-auto-${createdAt.toISOString().replace(/[:.]/g, '-')}-${reason}`, 'json');
}

/** The time and reason of an automatic backup name; null for any other file (never touched). */
export function parseAutoBackupName(name: string): { createdAt: string; reason: AutoBackupReason } | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, date, hh, mm, ss, ms, reason] = match;
  const createdAt = `${date}T${hh}:${mm}:${ss}.${ms}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, reason: reason as AutoBackupReason };
}

export function isAutoBackupName(name: string): boolean {
  return parseAutoBackupName(name) !== null;
}

/** Newest first. */
export function sortNewestFirst<T extends { createdAt: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The automatic backups to delete so that only the newest `keep` remain. Other files are never listed. */
export function backupsToDelete(names: readonly string[], keep = DEFAULT_AUTO_BACKUPS_KEPT): string[] {
  const ours = names.flatMap((name) => {
    const parsed = parseAutoBackupName(name);
    return parsed ? [{ name, createdAt: parsed.createdAt }] : [];
  });
  return sortNewestFirst(ours)
    .slice(Math.max(keep, 1))
    .map((e) => e.name);
}

/** True when no automatic backup was made in the last day (or none at all). */
export function isDailyBackupDue(newestAutoBackupAt: string | null, now: Date): boolean {
  if (!newestAutoBackupAt) return true;
  const last = Date.parse(newestAutoBackupAt);
  return (
    Number.isNaN(last) || now.getTime() - last >= DAILY_BACKUP_INTERVAL_MS || last > now.getTime() + 60_000
  );
}

/**
 * Browser reminder: due when the workspace has data and nothing was downloaded for a week, counted
 * from the last backup or, when there never was one, from when the workspace first had data.
 */
export function isBackupReminderDue(input: {
  lastBackupAt: string | null;
  dataSince: string | null;
  snoozedUntil: string | null;
  hasData: boolean;
  now: Date;
}): boolean {
  if (!input.hasData) return false;
  const now = input.now.getTime();
  if (input.snoozedUntil && Date.parse(input.snoozedUntil) > now) return false;
  const from = input.lastBackupAt ?? input.dataSince;
  if (!from) return false;
  const since = Date.parse(from);
  return Number.isNaN(since) || now - since >= BROWSER_REMINDER_AFTER_MS;
}

export function workspaceBackupFileName(now: Date): string {
  return fileName(`caio-desk-backup-${todayIso(now)}`, 'json');
}

export function handoverFileNames(clientName: string, now: Date): { data: string; document: string } {
  const base = `${fileSlug(clientName)}-handover-${todayIso(now)}`;
  return { data: fileName(base, 'json'), document: fileName(base, 'html') };
}
