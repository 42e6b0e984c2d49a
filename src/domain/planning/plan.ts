import { addDays, format, getISOWeek, parseISO, startOfISOWeek } from 'date-fns';
import { dayIn, ENGLISH, numberIn, type Wording } from '../shared/language';

/**
 * The week's plan across clients: every dated item (governance reviews and deadlines, contract dates,
 * workshops) with its owner, whose it is to do ("mine" or "the client's to chase"), grouped by week,
 * with the hours planned against the consultant's weekly capacity. Pure: the database gathers the items.
 */

export type Whose = 'mine' | 'client' | 'unassigned';
export const WHOSE_LABELS: Record<Whose, string> = {
  mine: 'Mine',
  client: "Client's to chase",
  unassigned: 'No owner',
};

export interface PlanItem {
  key: string;
  clientId: string;
  date: string;
  /** Kind id, e.g. "review", "contract", "workshop"; its label for lists and filters. */
  kind: string;
  kindLabel: string;
  title: string;
  detail: string;
  owner: string;
  /** Link inside the app (hash route without "#"). */
  path: string;
}

export interface PlannedItem extends PlanItem {
  whose: Whose;
  overdue: boolean;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Owners that name the role rather than the person ("Fractional CAIO" in a RACI or action list). */
const CONSULTANT_ROLES = ['me', 'caio', 'fractional caio', 'fractional chief ai officer', 'chief ai officer'];

/** Mine when the owner is the consultant (full name, first name, or the CAIO role), else the client's to chase. */
export function whoseItem(owner: string, consultantName: string): Whose {
  const o = norm(owner);
  if (!o) return 'unassigned';
  if (CONSULTANT_ROLES.includes(o)) return 'mine';
  const me = norm(consultantName);
  return me && (o === me || o === me.split(' ')[0]) ? 'mine' : 'client';
}

export interface PlanFilter {
  clientId?: string;
  kind?: string;
  whose?: Whose;
}

export function planItems(
  items: readonly PlanItem[],
  today: string,
  consultantName: string,
  filter: PlanFilter = {},
): PlannedItem[] {
  return items
    .map((item) => ({ ...item, whose: whoseItem(item.owner, consultantName), overdue: item.date < today }))
    .filter(
      (i) =>
        (!filter.clientId || i.clientId === filter.clientId) &&
        (!filter.kind || i.kind === filter.kind) &&
        (!filter.whose || i.whose === filter.whose),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/** Monday (YYYY-MM-DD) of the ISO week holding `date`. */
export function weekOf(date: string): string {
  return format(startOfISOWeek(parseISO(date)), 'yyyy-MM-dd');
}

/** "Week 49 · 30 Nov – 6 Dec 2026" (in `words`' language: "Week 49 · 30 nov – 6 dec 2026"). */
export function weekLabel(monday: string, { lang, t }: Wording = ENGLISH): string {
  const start = parseISO(monday);
  const end = addDays(start, 6);
  const sameMonth = start.getMonth() === end.getMonth();
  return t('Week {{week}} · {{from}} – {{to}}', {
    week: getISOWeek(start),
    from: sameMonth ? String(start.getDate()) : dayIn(lang, monday).replace(/ \d{4}$/, ''),
    to: dayIn(lang, format(end, 'yyyy-MM-dd')),
  });
}

export interface PlanWeek {
  /** Monday of the week, or "overdue" for everything before this week that is still open. */
  week: string;
  label: string;
  items: PlannedItem[];
  /** Hours planned in that week (agreed hours of the active clients, spread per week) and capacity. */
  hoursPlanned: number | null;
  capacity: number | null;
}

/**
 * Overdue first, then this week and the `weeks - 1` weeks after it, each with its items (an empty
 * week is shown too: it is room in the plan). Labels in `words`' language.
 */
export function groupByWeek(
  items: readonly PlannedItem[],
  today: string,
  weeks: number,
  hoursPerWeek: number | null,
  capacity: number | null,
  words: Wording = ENGLISH,
): PlanWeek[] {
  const thisWeek = weekOf(today);
  const cap = capacity && capacity > 0 ? capacity : null;
  const overdue = items.filter((i) => i.overdue);
  const groups: PlanWeek[] = overdue.length
    ? [{ week: 'overdue', label: words.t('Overdue'), items: overdue, hoursPlanned: null, capacity: null }]
    : [];
  for (let w = 0; w < weeks; w++) {
    const monday = format(addDays(parseISO(thisWeek), 7 * w), 'yyyy-MM-dd');
    const next = format(addDays(parseISO(monday), 7), 'yyyy-MM-dd');
    groups.push({
      week: monday,
      label: weekLabel(monday, words),
      items: items.filter((i) => !i.overdue && i.date >= monday && i.date < next),
      hoursPlanned: hoursPerWeek,
      capacity: cap,
    });
  }
  return groups;
}

/** Agreed hours of the active clients per week (a month is 52/12 weeks), rounded to a quarter hour. */
export function plannedHoursPerWeek(agreedHoursPerMonth: readonly (number | null)[]): number {
  const perMonth = agreedHoursPerMonth.reduce<number>((sum, h) => sum + (h ?? 0), 0);
  return Math.round(((perMonth * 12) / 52) * 4) / 4;
}

/** "22.25 of 24 h planned", or "over capacity by 3.5 h" (in `words`' language, with its numbers). */
export function capacityLine(
  planned: number | null,
  capacity: number | null,
  { lang, t }: Wording = ENGLISH,
): string {
  if (planned === null) return '';
  const hours = (value: number) => numberIn(lang, value, 2);
  if (capacity === null)
    return t('{{planned}} h planned (set your weekly capacity in your profile)', { planned: hours(planned) });
  const over = Math.round((planned - capacity) * 100) / 100;
  const values = { planned: hours(planned), capacity: hours(capacity), over: hours(over) };
  return over > 0
    ? t('{{planned}} of {{capacity}} h planned: over capacity by {{over}} h', values)
    : t('{{planned}} of {{capacity}} h planned', values);
}
