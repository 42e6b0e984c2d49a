import { describe, expect, it } from 'vitest';
import { addDays } from 'date-fns';
import {
  awarenessSchema,
  incidentDeadlines,
  parseAwareness,
  timeLeftLabel,
} from '../../../../src/domain/governance';

/**
 * Expected values are built with local-time constructors (`new Date(y, m, d, h)`) and date-fns,
 * so the tests hold in any time zone. Run the suite with e.g. TZ=Europe/Amsterdam to exercise the
 * daylight-saving dates (29 Mar and 25 Oct 2026 in Europe).
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const deadlineOf = (result: { deadline: string }) => new Date(result.deadline);
/** Offset change in ms between two local moments (non-zero across a DST change). */
const dstShift = (from: Date, to: Date) => (to.getTimezoneOffset() - from.getTimezoneOffset()) * 60_000;

describe('incidentDeadlines: which clocks run', () => {
  const awareAt = '2026-11-02T09:00:00+01:00';
  const now = new Date('2026-11-02T09:00:00+01:00');

  it('none when the incident is neither serious nor a data breach', () => {
    expect(incidentDeadlines({ awareAt, seriousIncidentType: null, personalDataBreach: false }, now)).toEqual(
      [],
    );
  });

  it.each([
    ['death', 'aiActDeath', 10],
    ['widespreadInfringement', 'aiActWidespread', 2],
    ['criticalInfrastructure', 'aiActWidespread', 2],
    ['other', 'aiActOther', 15],
  ] as const)('a serious incident of type %s runs the %s clock of %i days', (type, kind, days) => {
    const [clock] = incidentDeadlines({ awareAt, seriousIncidentType: type }, now);
    expect(clock.kind).toBe(kind);
    expect(deadlineOf(clock).getTime()).toBe(addDays(parseAwareness(awareAt), days).getTime());
    expect(clock.overdue).toBe(false);
    expect(clock.label).toBe(`${days} days left`);
  });

  it('a personal-data breach runs the GDPR 72-hour clock, next to the AI Act clock', () => {
    const clocks = incidentDeadlines(
      { awareAt, seriousIncidentType: 'other', personalDataBreach: true },
      now,
    );
    expect(clocks.map((c) => c.kind)).toEqual(['aiActOther', 'gdprBreach']);
    expect(clocks[1]).toMatchObject({
      remainingMs: 72 * HOUR,
      overdue: false,
      label: '3 days left',
      article: 'GDPR Art. 33(1)',
    });
  });
});

describe('incidentDeadlines: dates without a time start at local midnight', () => {
  it('a date-only awareness is the start of that day in local time, not UTC midnight', () => {
    expect(parseAwareness('2026-11-02').getTime()).toBe(new Date(2026, 10, 2).getTime());
    const [clock] = incidentDeadlines(
      { awareAt: '2026-11-02', seriousIncidentType: 'death' },
      new Date(2026, 10, 2),
    );
    expect(deadlineOf(clock).getTime()).toBe(new Date(2026, 10, 12).getTime());
  });

  it('the deadline string carries the local offset, so it reads as local midnight', () => {
    const [clock] = incidentDeadlines(
      { awareAt: '2026-11-02', seriousIncidentType: 'death' },
      new Date(2026, 10, 2),
    );
    expect(clock.deadline.slice(0, 19)).toBe('2026-11-12T00:00:00');
  });

  it('an awareness just before midnight with an offset keeps its local wall time', () => {
    const awareAt = '2026-06-30T23:30:00+02:00';
    const aware = new Date(awareAt);
    const [clock] = incidentDeadlines({ awareAt, seriousIncidentType: 'widespreadInfringement' }, aware);
    const expected = new Date(
      aware.getFullYear(),
      aware.getMonth(),
      aware.getDate() + 2,
      aware.getHours(),
      aware.getMinutes(),
    );
    expect(deadlineOf(clock).getTime()).toBe(expected.getTime());
  });
});

describe('incidentDeadlines around daylight-saving changes (Europe: 29 Mar and 25 Oct 2026)', () => {
  it('spring: 2 days from 28 Mar end at local midnight of 30 Mar (47 h in Europe)', () => {
    const aware = new Date(2026, 2, 28);
    const [clock] = incidentDeadlines(
      { awareAt: '2026-03-28', seriousIncidentType: 'criticalInfrastructure' },
      aware,
    );
    const deadline = deadlineOf(clock);
    expect(deadline.getTime()).toBe(new Date(2026, 2, 30).getTime());
    expect([deadline.getDate(), deadline.getHours()]).toEqual([30, 0]);
    expect(deadline.getTime() - aware.getTime()).toBe(2 * DAY + dstShift(aware, deadline));
    expect(clock.label).toBe('2 days left');
  });

  it('spring: the GDPR 72 hours are exact hours across the change', () => {
    const aware = new Date(2026, 2, 28);
    const [clock] = incidentDeadlines({ awareAt: '2026-03-28', personalDataBreach: true }, aware);
    expect(deadlineOf(clock).getTime() - aware.getTime()).toBe(72 * HOUR);
    expect(clock.remainingMs).toBe(72 * HOUR);
  });

  it('autumn: 2 days from 24 Oct end at local midnight of 26 Oct (49 h in Europe)', () => {
    const aware = new Date(2026, 9, 24);
    const [clock] = incidentDeadlines(
      { awareAt: '2026-10-24', seriousIncidentType: 'widespreadInfringement' },
      aware,
    );
    const deadline = deadlineOf(clock);
    expect(deadline.getTime()).toBe(new Date(2026, 9, 26).getTime());
    expect(deadline.getTime() - aware.getTime()).toBe(2 * DAY + dstShift(aware, deadline));
  });

  it('autumn: 15 days from 20 Oct 14:00 local end on 4 Nov 14:00 local', () => {
    const aware = new Date(2026, 9, 20, 14, 0);
    const awareAt = `2026-10-20T14:00:00`;
    const [clock] = incidentDeadlines({ awareAt, seriousIncidentType: 'other' }, aware);
    expect(deadlineOf(clock).getTime()).toBe(new Date(2026, 10, 4, 14, 0).getTime());
  });

  it('autumn: the GDPR 72 hours from 24 Oct midnight are exact hours', () => {
    const aware = new Date(2026, 9, 24);
    const [clock] = incidentDeadlines({ awareAt: '2026-10-24', personalDataBreach: true }, aware);
    expect(deadlineOf(clock).getTime() - aware.getTime()).toBe(72 * HOUR);
  });
});

describe('time-left labels', () => {
  const deadline = new Date(2026, 10, 16);

  it.each([
    [new Date(2026, 10, 12, 20, 0), '3 days 4 h left'],
    [new Date(2026, 10, 15), '1 day left'],
    [new Date(2026, 10, 15, 18, 48), '5 h 12 min left'],
    [new Date(2026, 10, 15, 23, 15), '45 min left'],
    [new Date(2026, 10, 15, 23, 59, 30), 'Less than a minute left'],
    [deadline, 'Due now'],
    [new Date(2026, 10, 16, 5, 0), 'Overdue by 5 h'],
    [new Date(2026, 10, 18, 3, 0), 'Overdue by 2 days 3 h'],
  ])('at %s: %s', (now, label) => {
    expect(timeLeftLabel(deadline, now)).toBe(label);
  });

  it('an overdue clock is flagged with a negative remaining time', () => {
    const [clock] = incidentDeadlines(
      { awareAt: '2026-11-01', seriousIncidentType: 'other' },
      new Date(2026, 10, 16, 5, 0),
    );
    expect(clock).toMatchObject({ overdue: true, remainingMs: -5 * HOUR, label: 'Overdue by 5 h' });
  });

  it('counts days on the local calendar across a DST change', () => {
    expect(timeLeftLabel(new Date(2026, 2, 30), new Date(2026, 2, 28))).toBe('2 days left');
    expect(timeLeftLabel(new Date(2026, 9, 26), new Date(2026, 9, 24))).toBe('2 days left');
  });
});

describe('awareness input', () => {
  it('accepts a date, a timestamp with offset, and a local timestamp', () => {
    for (const value of [
      '2026-03-29',
      '2026-03-29T01:30:00+01:00',
      '2026-03-29T10:00:00Z',
      '2026-03-29T10:00',
    ]) {
      expect(awarenessSchema.safeParse(value).success, value).toBe(true);
    }
  });

  it('refuses anything else with a clear message, and the clock refuses it too', () => {
    for (const value of ['29-03-2026', '2026-02-30', 'yesterday', '']) {
      expect(awarenessSchema.safeParse(value).error?.issues[0].message, value).toBe(
        'Enter when you became aware as a date (YYYY-MM-DD) or a date and time',
      );
    }
    expect(() => incidentDeadlines({ awareAt: 'yesterday', personalDataBreach: true }, new Date())).toThrow(
      RangeError,
    );
  });
});
