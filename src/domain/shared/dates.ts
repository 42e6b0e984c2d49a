import { format, isValid, parseISO } from 'date-fns';

/** The one way dates are shown: "14 Sep 2026", and with a time "14 Sep 2026, 09:30" (a dash when empty). */
export const DAY_FORMAT = 'd MMM yyyy';
export const DAY_TIME_FORMAT = 'd MMM yyyy, HH:mm';

export function formatDay(value: string | null | undefined): string {
  if (!value) return '—';
  const date = parseISO(value);
  return isValid(date) ? format(date, DAY_FORMAT) : value;
}

export function formatDayTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = parseISO(value);
  return isValid(date) ? format(date, DAY_TIME_FORMAT) : value;
}
