import { format, isValid, parseISO } from 'date-fns';
import { messageDateLocale } from './language';

/**
 * The one way dates are shown: "14 Sep 2026", and with a time "14 Sep 2026, 09:30" (a dash when empty);
 * `'iso'` gives the stored form for files (`2026-09-14`, `2026-09-14 09:30`, empty when empty).
 * Month names are the interface language's ("14 sep 2026" in Dutch); the locale setting decides how numbers
 * are read and shown.
 */
export const DAY_FORMAT = 'd MMM yyyy';
export const DAY_TIME_FORMAT = 'd MMM yyyy, HH:mm';
const ISO_DAY = 'yyyy-MM-dd';
const ISO_DAY_TIME = 'yyyy-MM-dd HH:mm';

export type DateStyle = 'readable' | 'iso';

function show(value: string | null | undefined, style: DateStyle, readable: string, iso: string): string {
  if (!value) return style === 'iso' ? '' : '—';
  const date = parseISO(value);
  if (!isValid(date)) return value;
  return style === 'iso'
    ? format(date, iso)
    : format(date, readable, { locale: messageDateLocale() }).replace('.', '');
}

/** A calendar date (`YYYY-MM-DD`, or the day of a timestamp) for reading, or in its stored form. */
export function formatDay(value: string | null | undefined, style: DateStyle = 'readable'): string {
  return show(value, style, DAY_FORMAT, ISO_DAY);
}

/** A moment (ISO timestamp) with its local time of day. */
export function formatDayTime(value: string | null | undefined, style: DateStyle = 'readable'): string {
  return show(value, style, DAY_TIME_FORMAT, ISO_DAY_TIME);
}

/** Today's local calendar date as `YYYY-MM-DD`; pass the clock's `now` to make it testable. */
export function todayIso(now: Date = new Date()): string {
  return format(now, ISO_DAY);
}
