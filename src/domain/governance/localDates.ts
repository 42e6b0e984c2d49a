import { addDays, differenceInCalendarDays, format, formatISO, isValid, parseISO } from 'date-fns';
import { tell } from '../shared/language';

/**
 * Dates of the governance registers, always in the user's local time zone.
 * - Calendar dates (review, due, effective dates) are `YYYY-MM-DD` strings: a day, not a moment.
 *   They are compared as local calendar days, never through UTC, so midnight and daylight-saving
 *   changes cannot move a date to another day.
 * - Moments (an incident occurring or being detected) are ISO timestamps with the local offset,
 *   e.g. `2026-03-29T03:30:00+02:00`, so they stay exact if the user later travels.
 */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export function isIsoDate(value: string): boolean {
  return DATE_ONLY.test(value) && isValid(parseISO(value));
}

/** Whole local calendar days from `today` to `date`: 0 = today, 1 = tomorrow, -1 = yesterday. */
export function daysUntil(date: string, today: string): number {
  return differenceInCalendarDays(parseISO(date), parseISO(today));
}

export function addDaysToDate(date: string, days: number): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

/** The local calendar day of a stored moment (ISO timestamp) or date. */
export function localDateOf(value: string): string {
  return DATE_ONLY.test(value) ? value : format(parseISO(value), 'yyyy-MM-dd');
}

/**
 * A `datetime-local` input value (`2026-03-29T03:30`, local wall-clock time) as a stored timestamp
 * with the offset that applied locally at that moment. Returns null when it is not a real moment.
 */
export function localInputToTimestamp(raw: string): string | null {
  if (!LOCAL_INPUT.test(raw)) return null;
  const date = parseISO(raw);
  return isValid(date) ? formatISO(date) : null;
}

/** A stored timestamp as a `datetime-local` input value in the local time zone ('' when empty). */
export function timestampToLocalInput(stored: string | null | undefined): string {
  if (!stored) return '';
  const date = parseISO(stored);
  return isValid(date) ? format(date, "yyyy-MM-dd'T'HH:mm") : '';
}

export type DueStatus = 'overdue' | 'dueSoon' | 'later';

/** The window of the "due soon" lists: the home screen shows the next 14 days and everything overdue. */
export const DUE_SOON_DAYS = 14;

/** Overdue = before today; due soon = today up to `horizonDays` days ahead (inclusive); later after that. */
export function dueStatus(date: string, today: string, horizonDays = DUE_SOON_DAYS): DueStatus {
  const days = daysUntil(date, today);
  if (days < 0) return 'overdue';
  return days <= horizonDays ? 'dueSoon' : 'later';
}

/** "today", "tomorrow", "in 5 days", "yesterday", "3 days overdue". */
export function dueLabel(date: string, today: string): string {
  const days = daysUntil(date, today);
  if (days === 0) return tell('Due today');
  if (days === 1) return tell('Due tomorrow');
  if (days > 1) return tell('Due in {{count}} days', { count: days });
  return tell('{{count}} days overdue', { count: -days });
}
