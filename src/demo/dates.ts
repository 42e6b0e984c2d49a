import { addDays, format, parseISO, subMonths, startOfMonth } from 'date-fns';

/** Demo records are dated relative to the day the demo is loaded, so "this month" always has data. */
export interface DemoContext {
  today: string;
  now: string;
}

export function daysFrom(ctx: DemoContext, days: number): string {
  return format(addDays(parseISO(ctx.today), days), 'yyyy-MM-dd');
}

/** The given day of the month `monthsBack` months before the current one. */
export function dayOfMonthsAgo(ctx: DemoContext, monthsBack: number, day: number): string {
  const month = startOfMonth(subMonths(parseISO(ctx.today), monthsBack));
  const date = addDays(month, day - 1);
  const today = parseISO(ctx.today);
  // Past and current months never get a date after today; future months (monthsBack < 0) keep theirs.
  return format(monthsBack >= 0 && date > today ? today : date, 'yyyy-MM-dd');
}

/** A timestamp some days before now, for createdAt fields. */
export function stampDaysAgo(ctx: DemoContext, days: number): string {
  return new Date(Date.parse(ctx.now) - days * 86_400_000).toISOString();
}
