import { addDays, format, parseISO } from 'date-fns';
import { createEvents, type EventAttributes } from 'ics';
import type { PlannedItem } from './plan';
import { tell } from '../shared/language';

/**
 * The plan's deadlines as an iCalendar file (RFC 5545) for any calendar app. A deadline is a day, not a
 * moment: each item is an all-day event (DTSTART;VALUE=DATE), so it lands on the same day in every time
 * zone the consultant travels to. The UID is stable per item, so importing again updates the events.
 * The file is the consultant's own: its words and messages are in the interface's language (`tell`).
 */
export interface IcsOptions {
  /** Client names by id (the title says whose deadline it is). */
  clientNames: ReadonlyMap<string, string>;
  calendarName: string;
  /** Creation stamp (DTSTAMP), UTC. */
  now: Date;
}

const dayArray = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
};

export function planToIcs(
  items: readonly PlannedItem[],
  options: IcsOptions,
): { ok: true; text: string } | { ok: false; message: string } {
  const stamp = options.now;
  const events: EventAttributes[] = items.map((item) => {
    const client = options.clientNames.get(item.clientId) ?? '';
    const end = format(addDays(parseISO(item.date), 1), 'yyyy-MM-dd');
    return {
      uid: `${item.key.replace(/[^A-Za-z0-9:._-]/g, '-')}@caio-desk`,
      title: `${client ? `${client}: ` : ''}${item.title}`,
      description: [
        item.kindLabel,
        item.detail,
        item.owner ? tell('Owner: {{owner}}', { owner: item.owner }) : tell('No owner'),
      ]
        .filter(Boolean)
        .join('\n'),
      start: dayArray(item.date),
      end: dayArray(end),
      categories: [item.kindLabel, ...(client ? [client] : [])],
      transp: 'TRANSPARENT',
      productId: 'caio-desk/planning',
      calName: options.calendarName,
      timestamp: stamp.getTime(),
    } as EventAttributes;
  });
  if (events.length === 0)
    return { ok: false, message: tell('Nothing to export: no deadlines match the filters.') };
  const { error, value } = createEvents(events);
  if (error || !value)
    return {
      ok: false,
      message: tell('The calendar file could not be written: {{reason}}', {
        reason: error?.message ?? tell('unknown error'),
      }),
    };
  return { ok: true, text: value };
}
