import {
  endOfMonth,
  endOfQuarter,
  format,
  getQuarter,
  parseISO,
  startOfMonth,
  startOfQuarter,
  subMonths,
  subQuarters,
} from 'date-fns';
import { monthIn, type Language } from '../shared/language';

/** A reporting period: a month (`2026-11`) or a quarter (`2026-Q4`). */
export type PeriodKind = 'month' | 'quarter';

export interface Period {
  key: string;
  kind: PeriodKind;
  label: string;
  start: string;
  end: string;
}

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;

export function periodFromKey(key: string): Period | null {
  const month = MONTH_KEY.exec(key);
  if (month) {
    const start = parseISO(`${key}-01`);
    return {
      key,
      kind: 'month',
      label: format(start, 'MMMM yyyy'),
      start: format(start, 'yyyy-MM-dd'),
      end: format(endOfMonth(start), 'yyyy-MM-dd'),
    };
  }
  const quarter = QUARTER_KEY.exec(key);
  if (quarter) {
    const start = parseISO(`${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`);
    return {
      key,
      kind: 'quarter',
      label: `Q${quarter[2]} ${quarter[1]}`,
      start: format(start, 'yyyy-MM-dd'),
      end: format(endOfQuarter(start), 'yyyy-MM-dd'),
    };
  }
  return null;
}

/** A period's name in a language: "December 2026" / "december 2026"; a quarter reads "Q4 2026" in both. */
export function periodLabelIn(period: Period, lang: Language): string {
  return period.kind === 'month' ? monthIn(lang, period.start) : period.label;
}

/** The period of the given kind that contains `date` (YYYY-MM-DD). */
export function periodContaining(date: string, kind: PeriodKind): Period {
  const day = parseISO(date);
  const key =
    kind === 'month'
      ? format(startOfMonth(day), 'yyyy-MM')
      : `${format(startOfQuarter(day), 'yyyy')}-Q${getQuarter(day)}`;
  return periodFromKey(key)!;
}

export function previousPeriod(period: Period): Period {
  const start = parseISO(period.start);
  const before = period.kind === 'month' ? subMonths(start, 1) : subQuarters(start, 1);
  return periodContaining(format(before, 'yyyy-MM-dd'), period.kind);
}

/** Periods to offer when creating a report: the current and the previous few, newest first. */
export function recentPeriods(today: string, kind: PeriodKind, count = 4): Period[] {
  const periods = [periodContaining(today, kind)];
  while (periods.length < count) periods.push(previousPeriod(periods[periods.length - 1]));
  return periods;
}

export function isInPeriod(date: string | null | undefined, period: Period): boolean {
  return !!date && date.slice(0, 10) >= period.start && date.slice(0, 10) <= period.end;
}
