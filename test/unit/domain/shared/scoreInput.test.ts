import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScore } from '../../../../src/domain/shared/scoreInput';

describe('parseScore', () => {
  it('reads 1-5, clears on empty, and names the field and the input when refusing', () => {
    expect(parseScore(' 4 ')).toEqual({ ok: true, value: 4 });
    expect(parseScore('')).toEqual({ ok: true, value: null });
    expect(parseScore('7', 'Impact')).toEqual({
      ok: false,
      message: 'Impact must be a whole number from 1 to 5 (you wrote "7")',
    });
    expect(parseScore('2.5')).toEqual({
      ok: false,
      message: 'Score must be a whole number from 1 to 5 (you wrote "2.5")',
    });
    expect(parseScore('0').ok).toBe(false);
    expect(parseScore('-1').ok).toBe(false);
  });

  it('property: a score written out reads back as itself; anything else outside 1-5 is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (score) => {
        expect(parseScore(String(score))).toEqual({ ok: true, value: score });
      }),
    );
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const read = parseScore(raw);
        if (read.ok)
          expect(read.value === null ? raw.trim() === '' : [1, 2, 3, 4, 5].includes(read.value)).toBe(true);
      }),
    );
  });
});
