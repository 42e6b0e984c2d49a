import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planToIcs } from '../../../../src/domain/planning/ics';
import { planItems, type PlanItem } from '../../../../src/domain/planning/plan';

const ITEMS: PlanItem[] = [
  {
    key: 'risks:r1:review',
    clientId: 'c1',
    date: '2026-12-07',
    kind: 'review',
    kindLabel: 'Review',
    title: 'Review risk: biased CV ranking',
    detail: 'Quarterly review',
    owner: 'Marieke de Vries',
    path: '/x',
  },
  {
    key: 'contract:k1:noticeBy',
    clientId: 'c2',
    date: '2026-12-31',
    kind: 'contract',
    kindLabel: 'Vendor contract',
    title: 'Notice date of the Replywise contract',
    detail: 'DPA signed',
    owner: '',
    path: '/y',
  },
  {
    key: 'workshop:w1',
    clientId: 'c1',
    date: '2027-03-29',
    kind: 'workshop',
    kindLabel: 'Workshop',
    title: 'Pilot design, "Brightside"; part 2',
    detail: 'Facilitate the workshop',
    owner: 'Anna de Wit',
    path: '/z',
  },
];
const names = new Map([
  ['c1', 'Brightside Staffing'],
  ['c2', 'Van Dijk Accountants'],
]);

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('deadlines as an .ics file, read back by a real iCalendar parser (ical.js)', () => {
  const planned = planItems(ITEMS, '2026-12-01', 'Anna de Wit');
  const file = planToIcs(planned, {
    clientNames: names,
    calendarName: 'CAIO Desk deadlines',
    now: new Date('2026-12-01T09:00:00Z'),
  });

  it('writes one all-day event per deadline on its own day, whatever the time zone, with the client in the title', () => {
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const events = parse(file.text);
    expect(events.map((e) => e.summary)).toEqual([
      'Brightside Staffing: Review risk: biased CV ranking',
      'Van Dijk Accountants: Notice date of the Replywise contract',
      'Brightside Staffing: Pilot design, "Brightside"; part 2',
    ]);
    for (const [i, event] of events.entries()) {
      // A DATE value (no time, no zone): the same calendar day in Amsterdam, New York and Tokyo.
      expect(event.startDate.isDate).toBe(true);
      expect(['floating', undefined]).toContain(event.startDate.zone?.tzid);
      expect(event.startDate.toString()).toBe(planned[i].date);
      expect(event.endDate.isDate).toBe(true);
      expect(event.endDate.toString()).toBe(
        new Date(Date.parse(`${planned[i].date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
      );
    }
    // Across a year end and a daylight-saving change the day does not move.
    expect(events[1].endDate.toString()).toBe('2027-01-01');
    expect(events[2].startDate.toString()).toBe('2027-03-29');
  });

  it('carries kind, owner and a stable UID per item (importing again updates instead of duplicating)', () => {
    if (!file.ok) return;
    const events = parse(file.text);
    expect(events[0].description).toContain('Owner: Marieke de Vries');
    expect(events[1].description).toContain('No owner');
    expect(events.map((e) => e.uid)).toEqual([
      'risks:r1:review@caio-desk',
      'contract:k1:noticeBy@caio-desk',
      'workshop:w1@caio-desk',
    ]);
    const again = planToIcs(planned, {
      clientNames: names,
      calendarName: 'x',
      now: new Date('2026-12-05T10:00:00Z'),
    });
    expect(again.ok && parse(again.text).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('says so when nothing is left to export', () => {
    expect(planToIcs([], { clientNames: names, calendarName: 'x', now: new Date() })).toEqual({
      ok: false,
      message: 'Nothing to export: no deadlines match the filters.',
    });
  });
});
