import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatUnambiguous,
  parseNumberInput,
  type NumberKind,
} from '../../../../src/domain/shared/numberInput';

type Row = [
  locale: string,
  kind: NumberKind,
  raw: string,
  value: number | null | 'refused',
  told: string | null,
];

/** What the user types, what is stored, and what they are told (null = nothing to tell: plain input). */
const TABLE: Row[] = [
  // Plain numbers read the same everywhere.
  ['en-GB', 'number', '12', 12, null],
  ['nl-NL', 'number', '12', 12, null],
  ['de-DE', 'number', '  7 ', 7, null],
  // The locale's decimal mark: nothing to tell.
  ['en-GB', 'number', '2.5', 2.5, null],
  ['nl-NL', 'number', '2,5', 2.5, null],
  ['de-DE', 'number', '2,5', 2.5, null],
  ['nl-NL', 'number', '4,0', 4, null],
  // The other decimal mark cannot be a group separator (not three digits after it): read, and told.
  ['en-GB', 'number', '2,5', 2.5, 'read as 2.5'],
  ['nl-NL', 'number', '2.5', 2.5, 'read as 2,5'],
  ['de-DE', 'number', '0.75', 0.75, 'read as 0,75'],
  ['en-GB', 'number', '4,0', 4, 'read as 4'],
  // Ambiguous "12.000" / "12,000": the locale decides, and the user is told how it was read.
  ['en-GB', 'money', '12.000', 12, 'read as 12'],
  ['nl-NL', 'money', '12.000', 12000, 'read as 12 000'],
  ['de-DE', 'money', '12.000', 12000, 'read as 12 000'],
  ['en-GB', 'money', '12,000', 12000, 'read as 12 000'],
  ['nl-NL', 'money', '12,000', 12, 'read as 12'],
  ['de-DE', 'number', '1,250', 1.25, 'read as 1,25'],
  // Both marks, or a repeated mark: unambiguous; told when it differs from the locale's way.
  ['nl-NL', 'money', '€ 1.250,50', 1250.5, null],
  ['de-DE', 'money', '1.250,50 €', 1250.5, null],
  ['en-GB', 'money', '£1,250.50', 1250.5, null],
  ['en-GB', 'money', '1.250,50', 1250.5, 'read as 1 250.5'],
  ['nl-NL', 'number', '1,250.50', 1250.5, 'read as 1 250,5'],
  ['nl-NL', 'money', '1.000.000', 1000000, 'read as 1 000 000'],
  ['en-GB', 'money', '1,000,000', 1000000, 'read as 1 000 000'],
  // Spaces group thousands in every locale.
  ['nl-NL', 'money', '1 250', 1250, 'read as 1 250'],
  ['en-GB', 'money', '1 250', 1250, 'read as 1 250'],
  ['de-DE', 'money', '1\u00a0250,5', 1250.5, 'read as 1 250,5'],
  // Currency signs and codes on either side.
  ['nl-NL', 'money', '€150', 150, null],
  ['nl-NL', 'money', '150 EUR', 150, null],
  ['de-DE', 'money', 'EUR 99,95', 99.95, null],
  ['en-GB', 'money', '€ 150', 150, null],
  // Percentages: 0-100, with or without the sign.
  ['nl-NL', 'percent', '12,5%', 12.5, null],
  ['en-GB', 'percent', '80 %', 80, null],
  ['de-DE', 'percent', '100', 100, null],
  ['en-GB', 'percent', '-3%', 'refused', 'The percentage cannot be below 0% (you wrote "-3%")'],
  ['nl-NL', 'percent', '140', 'refused', 'The percentage cannot be above 100% (read as 140%)'],
  // Negative numbers where they make sense; not for money or counts.
  ['en-GB', 'number', '-3', -3, null],
  ['nl-NL', 'number', '−2,5', -2.5, null],
  ['de-DE', 'money', '-150', 'refused', 'The amount cannot be below 0 (you wrote "-150")'],
  // Whole numbers.
  ['en-GB', 'integer', '12', 12, null],
  ['nl-NL', 'integer', '2,5', 'refused', 'The number must be a whole number'],
  // Not a number: refused with an example in the locale's way.
  [
    'en-GB',
    'number',
    'twelve',
    'refused',
    'The number must be a number, for example 12.5 (you wrote "twelve")',
  ],
  [
    'nl-NL',
    'money',
    '12 euro 50',
    'refused',
    'The amount must be a number, for example 1250,50 (you wrote "12 euro 50")',
  ],
  [
    'de-DE',
    'number',
    '1.2.3',
    'refused',
    'The number must be a number, for example 12,5 (you wrote "1.2.3")',
  ],
  [
    'en-GB',
    'number',
    '12,34.5',
    'refused',
    'The number must be a number, for example 12.5 (you wrote "12,34.5")',
  ],
  ['nl-NL', 'number', '1 25', 'refused', 'The number must be a number, for example 12,5 (you wrote "1 25")'],
  // Empty.
  ['en-GB', 'number', '', 'refused', 'The number is required'],
  // A mark the locale uses for neither purpose (French groups with a space): asked, never guessed.
  [
    'fr-FR',
    'money',
    '12.000',
    'refused',
    'The amount "12.000" could be read two ways: write it without a thousands separator (12000) or with your decimal mark (12,000)',
  ],
];

describe('the one number reader, by locale', () => {
  it('has a table of at least 40 inputs in en-GB, nl-NL and de-DE', () => {
    expect(
      TABLE.filter(([locale]) => ['en-GB', 'nl-NL', 'de-DE'].includes(locale)).length,
    ).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('%s %s "%s" -> %s (%s)', (locale, kind, raw, value, told) => {
    const reading = parseNumberInput(raw, { locale, kind });
    if (value === 'refused') {
      expect(reading).toEqual({ ok: false, message: told });
    } else {
      expect(reading).toEqual({ ok: true, value, readAs: told?.replace(/ (?=\d{3})/g, '\u202f') ?? null });
    }
  });

  it('names the field in its messages and allows empty input where the field may be empty', () => {
    expect(parseNumberInput('abc', { locale: 'nl-NL', kind: 'money', label: 'Budget' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Budget must be a number/),
    });
    expect(parseNumberInput(' ', { locale: 'nl-NL', nullable: true })).toEqual({
      ok: true,
      value: null,
      readAs: null,
    });
    expect(parseNumberInput('250', { locale: 'en-GB', kind: 'percent', max: 500 })).toMatchObject({
      ok: true,
      value: 250,
    });
  });
});

describe('parseNumberInput and formatUnambiguous', () => {
  it('property: a number shown unambiguously reads back as the same number, in every offered locale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('en-GB', 'en-US', 'nl-NL', 'de-DE', 'fr-FR'),
        (units, decimals, locale) => {
          const value = units / 10 ** decimals;
          const read = parseNumberInput(formatUnambiguous(value, locale), { locale, min: -Infinity });
          expect(read).toMatchObject({ ok: true, value });
        },
      ),
    );
  });
});
