import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, formatDayTime, todayIso } from '../../../../src/domain/shared/dates';

describe('formatDay and formatDayTime', () => {
  it('show a day as "19 Nov 2026" and a moment with its local time; a dash when empty', () => {
    expect(formatDay('2026-11-19')).toBe('19 Nov 2026');
    expect(formatDayTime('2026-11-19T09:05:00')).toBe('19 Nov 2026, 09:05');
    expect(formatDay(null)).toBe('—');
    expect(formatDay('')).toBe('—');
    expect(formatDayTime(undefined)).toBe('—');
  });

  it('give the stored form for files, and empty for nothing', () => {
    expect(formatDay('2026-11-19', 'iso')).toBe('2026-11-19');
    expect(formatDayTime('2026-11-19T09:05:00', 'iso')).toBe('2026-11-19 09:05');
    expect(formatDay('', 'iso')).toBe('');
  });

  it('leave a value that is not a date as it was', () => {
    expect(formatDay('not a date')).toBe('not a date');
  });

  it('property: the iso style of a calendar date is the date itself', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1990, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }),
        (date) => {
          const day = todayIso(date);
          expect(formatDay(day, 'iso')).toBe(day);
        },
      ),
    );
  });
});

describe('todayIso', () => {
  it("is the local calendar day of the clock's now", () => {
    expect(todayIso(new Date(2026, 2, 29, 23, 59))).toBe('2026-03-29');
    expect(todayIso(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
