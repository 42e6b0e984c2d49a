import { describe, expect, it } from 'vitest';
import {
  REGISTERS,
  addDaysToDate,
  daysUntil,
  dueLabel,
  dueStatus,
  localDateOf,
  localInputToTimestamp,
  timestampToLocalInput,
  validateNewRecord,
} from '../../../../src/domain/governance';
import { todayIso } from '../../../../src/domain/shared/dates';

/**
 * Register dates in the user's time zone. Moments are built with local constructors
 * (`new Date(y, m, d, h, min)`), so the tests hold in any zone; `localDatesTimeZones.test.ts`
 * re-runs them in Amsterdam (DST on 29 Mar / 25 Oct 2026), New York and Auckland (UTC+13 in
 * November, where local midnight is still "yesterday" in UTC).
 */

describe('today is the local calendar day, also just after midnight and just before it', () => {
  it.each([
    [new Date(2026, 10, 26, 0, 0, 30), '2026-11-26'],
    [new Date(2026, 10, 26, 0, 30), '2026-11-26'],
    [new Date(2026, 10, 26, 23, 59), '2026-11-26'],
    [new Date(2026, 2, 29, 0, 30), '2026-03-29'],
    [new Date(2026, 2, 29, 3, 30), '2026-03-29'],
    [new Date(2026, 9, 25, 2, 30), '2026-10-25'],
  ])('%s -> %s', (now, expected) => {
    expect(todayIso(now)).toBe(expected);
  });

  it('a review date of today is accepted at 00:30 and at 23:59, yesterday is refused', () => {
    for (const now of [new Date(2026, 10, 26, 0, 30), new Date(2026, 10, 26, 23, 59)]) {
      const today = todayIso(now);
      expect(
        validateNewRecord(REGISTERS.policies, { title: 'AUP', reviewDate: '2026-11-26' }, today).ok,
      ).toBe(true);
      expect(
        validateNewRecord(REGISTERS.policies, { title: 'AUP', reviewDate: '2026-11-25' }, today).ok,
      ).toBe(false);
    }
  });
});

describe('days between calendar dates do not depend on daylight saving', () => {
  it('counts one day across the spring-forward and fall-back nights', () => {
    expect(daysUntil('2026-03-30', '2026-03-29')).toBe(1);
    expect(daysUntil('2026-03-29', '2026-03-28')).toBe(1);
    expect(daysUntil('2026-10-26', '2026-10-25')).toBe(1);
    expect(daysUntil('2026-04-12', '2026-03-29')).toBe(14);
    expect(addDaysToDate('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDaysToDate('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('due status: overdue before today, due soon up to 14 days ahead, later after that', () => {
    expect(dueStatus('2026-03-28', '2026-03-29')).toBe('overdue');
    expect(dueStatus('2026-03-29', '2026-03-29')).toBe('dueSoon');
    expect(dueStatus('2026-04-12', '2026-03-29')).toBe('dueSoon');
    expect(dueStatus('2026-04-13', '2026-03-29')).toBe('later');
    expect([
      dueLabel('2026-03-29', '2026-03-29'),
      dueLabel('2026-03-30', '2026-03-29'),
      dueLabel('2026-03-28', '2026-03-29'),
      dueLabel('2026-03-20', '2026-03-29'),
    ]).toEqual(['Due today', 'Due tomorrow', '1 day overdue', '9 days overdue']);
  });
});

describe('moments are stored with their local offset and read back unchanged', () => {
  it.each([
    '2026-03-29T01:30',
    '2026-03-29T03:30',
    '2026-10-25T01:30',
    '2026-10-25T03:30',
    '2026-11-26T00:15',
    '2026-11-26T23:45',
  ])('%s round-trips', (input) => {
    const stored = localInputToTimestamp(input);
    expect(stored).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$/);
    expect(timestampToLocalInput(stored)).toBe(input);
    expect(new Date(stored!).getTime()).toBe(
      new Date(
        Number(input.slice(0, 4)),
        Number(input.slice(5, 7)) - 1,
        Number(input.slice(8, 10)),
        Number(input.slice(11, 13)),
        Number(input.slice(14, 16)),
      ).getTime(),
    );
  });

  it('a moment just after local midnight belongs to that local day, not to the UTC day', () => {
    const stored = localInputToTimestamp('2026-11-26T00:15')!;
    expect(localDateOf(stored)).toBe('2026-11-26');
    expect(localDateOf(localInputToTimestamp('2026-11-25T23:45')!)).toBe('2026-11-25');
  });

  it('refuses input that is not a date and time', () => {
    expect(localInputToTimestamp('2026-11-26')).toBeNull();
    expect(localInputToTimestamp('2026-13-01T10:00')).toBeNull();
    expect(timestampToLocalInput(null)).toBe('');
  });

  it('an incident detected at 00:15 after occurring at 23:45 the day before is in order', () => {
    const outcome = validateNewRecord(
      REGISTERS.incidents,
      {
        title: 'Overnight',
        occurredAt: localInputToTimestamp('2026-11-25T23:45'),
        detectedAt: localInputToTimestamp('2026-11-26T00:15'),
      },
      '2026-11-26',
    );
    expect(outcome.ok).toBe(true);
  });

  it('across the fall-back night, 01:30 before the change is earlier than 03:30 after it', () => {
    const occurred = localInputToTimestamp('2026-10-25T01:30')!;
    const detected = localInputToTimestamp('2026-10-25T03:30')!;
    expect(Date.parse(detected) - Date.parse(occurred)).toBeGreaterThanOrEqual(2 * 3_600_000);
    expect(
      validateNewRecord(
        REGISTERS.incidents,
        { title: 'DST', occurredAt: occurred, detectedAt: detected },
        '2026-10-25',
      ).ok,
    ).toBe(true);
    expect(
      validateNewRecord(
        REGISTERS.incidents,
        { title: 'DST', occurredAt: detected, detectedAt: occurred },
        '2026-10-25',
      ).ok,
    ).toBe(false);
  });
});
