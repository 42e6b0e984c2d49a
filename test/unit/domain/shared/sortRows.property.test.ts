import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareValues, nextSort, sortRows, type SortValue } from '../../../../src/domain/shared/sortRows';

const value = fc.oneof(
  fc.integer({ min: -50, max: 50 }),
  fc.string({ maxLength: 4 }),
  fc.constant(null),
  fc.constant(''),
);
const rows = fc.array(fc.record({ id: fc.nat(), v: value }), { maxLength: 40 });
const isEmpty = (v: SortValue) => v === null || v === '';

describe('sorting table rows', () => {
  it('returns the same rows, in order by value, with empty values last in both directions', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom('asc' as const, 'desc' as const), (input, direction) => {
        const sorted = sortRows(input, { key: 'v', direction }, (r) => r.v);
        expect([...sorted].sort((a, b) => a.id - b.id || String(a.v).localeCompare(String(b.v)))).toEqual(
          [...input].sort((a, b) => a.id - b.id || String(a.v).localeCompare(String(b.v))),
        );
        const firstEmpty = sorted.findIndex((r) => isEmpty(r.v));
        if (firstEmpty >= 0) expect(sorted.slice(firstEmpty).every((r) => isEmpty(r.v))).toBe(true);
        for (let i = 1; i < sorted.length; i++)
          expect(compareValues(sorted[i - 1].v, sorted[i].v, direction)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('keeps equal rows in their tie-break order, else in their input order (stable)', () => {
    fc.assert(
      fc.property(rows, (input) => {
        const sorted = sortRows(input, { key: 'v', direction: 'asc' }, () => 1);
        expect(sorted).toEqual(input);
        const byId = sortRows(
          input,
          { key: 'v', direction: 'desc' },
          () => 1,
          (a, b) => a.id - b.id,
        );
        expect(byId.map((r) => r.id)).toEqual(input.map((r) => r.id).sort((a, b) => a - b));
      }),
    );
  });

  it('sorts numbers as numbers and text with numbers in it naturally', () => {
    expect(
      sortRows([{ v: 10 }, { v: 9 }, { v: 100 }], { key: 'v', direction: 'asc' }, (r) => r.v).map((r) => r.v),
    ).toEqual([9, 10, 100]);
    expect(
      sortRows([{ v: 'Pilot 10' }, { v: 'pilot 9' }], { key: 'v', direction: 'asc' }, (r) => r.v).map(
        (r) => r.v,
      ),
    ).toEqual(['pilot 9', 'Pilot 10']);
  });

  it('a header click turns the same column around, and starts another column in its first direction', () => {
    expect(nextSort({ key: 'a', direction: 'asc' }, 'a')).toEqual({ key: 'a', direction: 'desc' });
    expect(nextSort({ key: 'a', direction: 'desc' }, 'a')).toEqual({ key: 'a', direction: 'asc' });
    expect(nextSort({ key: 'a', direction: 'asc' }, 'b', 'desc')).toEqual({ key: 'b', direction: 'desc' });
  });
});
