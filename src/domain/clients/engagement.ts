import { z } from 'zod';
import { format, parseISO } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { tell, type Language } from '../shared/language';

/** The engagement log: hours spent per client, compared with the hours agreed per month. */

export interface EngagementEntry {
  id: string;
  clientId: string;
  date: string;
  hours: number;
  activity: string;
  note: string;
  createdAt: string;
  updatedAt: string;
}

export const engagementEntryInputSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => tell('Enter the date as YYYY-MM-DD') }),
  hours: z
    .number({ error: () => tell('Enter the hours as a number, e.g. 1.5') })
    .positive({ error: () => tell('Hours must be more than 0') })
    .max(24, { error: () => tell('A day has at most 24 hours') })
    .refine((h) => Math.round(h * 4) === h * 4, {
      error: () => tell('Log hours in quarters of an hour (e.g. 0.25, 1.5)'),
    }),
  activity: z
    .string()
    .trim()
    .min(1, { error: () => tell('Say what the time was spent on') })
    .max(200, { error: () => tell('Keep the activity under 200 characters') }),
  note: z.string().max(2000, { error: () => tell('Keep the note under 2,000 characters') }),
});
export type EngagementEntryInput = z.infer<typeof engagementEntryInputSchema>;

/** `2026-11` for a date in November 2026. */
export function monthKey(date: string): string {
  return date.slice(0, 7);
}

/** "Nov 2026" / "nov 2026". */
export function monthLabel(key: string, lang: Language = 'en'): string {
  return format(parseISO(`${key}-01`), 'MMM yyyy', { locale: lang === 'nl' ? nl : enGB }).replace('.', '');
}

export interface MonthUsage {
  month: string;
  hoursUsed: number;
  hoursAgreed: number | null;
  /** Share of the agreement used, e.g. 1.25 for 25 % over; null without an agreement. */
  usedShare: number | null;
}

export function hoursInMonth(entries: Pick<EngagementEntry, 'date' | 'hours'>[], month: string): number {
  return roundHours(entries.filter((e) => monthKey(e.date) === month).reduce((sum, e) => sum + e.hours, 0));
}

/** Hours used per month (newest first) for every month that has entries, plus `months` always shown. */
export function usageByMonth(
  entries: Pick<EngagementEntry, 'date' | 'hours'>[],
  hoursAgreed: number | null,
  alwaysInclude: string[] = [],
): MonthUsage[] {
  const months = new Set([...entries.map((e) => monthKey(e.date)), ...alwaysInclude]);
  return [...months]
    .sort()
    .reverse()
    .map((month) => {
      const hoursUsed = hoursInMonth(entries, month);
      return { month, hoursUsed, hoursAgreed, usedShare: hoursAgreed ? hoursUsed / hoursAgreed : null };
    });
}

function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}
