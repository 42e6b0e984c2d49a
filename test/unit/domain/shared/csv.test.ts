import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_BOM,
  csvField,
  defaultCsvSeparator,
  isFormulaLike,
  spreadsheetSafe,
  toCsv,
} from '../../../../src/domain/shared/csv';

describe('toCsv (RFC 4180)', () => {
  it('joins plain fields with commas and rows with CRLF, no trailing line break', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2');
  });

  it('quotes fields with a comma, quote, CR or LF and doubles inner quotes', () => {
    expect(toCsv([['Acme, Inc.', 'say "hi"', 'line1\nline2', 'cr\rhere']])).toBe(
      '"Acme, Inc.","say ""hi""","line1\nline2","cr\rhere"',
    );
  });

  it('keeps empty fields and accents; a field starting or ending with a space is quoted so it survives', () => {
    expect(toCsv([['', 'Zürich ', '']])).toBe(',"Zürich ",');
  });

  it('returns an empty string for no rows', () => {
    expect(toCsv([])).toBe('');
  });

  it('does not quote fields that need no quoting', () => {
    expect(csvField('3.95')).toBe('3.95');
  });

  it('exports the UTF-8 byte order mark separately', () => {
    expect(CSV_BOM).toBe('\uFEFF');
    expect(toCsv([['x']]).startsWith(CSV_BOM)).toBe(false);
  });

  it('writes semicolons when asked, quoting fields that contain one (commas then need no quotes)', () => {
    expect(
      toCsv(
        [
          ['Name', 'Amount'],
          ['Acme, Inc.', '1,5'],
          ['a;b', 'x'],
        ],
        { separator: ';' },
      ),
    ).toBe('Name;Amount\r\nAcme, Inc.;1,5\r\n"a;b";x');
  });
});

describe('formula cells', () => {
  it('neutralises every formula-leading cell, in headers and values', () => {
    const text = toCsv([
      ['=cmd|"/C calc"!A0', '@SUM(A1)'],
      ['+1+1', '-2+3'],
      ['\tTAB', '\rCR'],
      ['=HYPERLINK("http://evil.example","Click")', 'plain'],
    ]);
    const cells = Papa.parse<string[]>(text, { newline: '\r\n' }).data.flat();
    expect(cells).toEqual([
      `'=cmd|"/C calc"!A0`,
      `'@SUM(A1)`,
      `'+1+1`,
      `'-2+3`,
      `'\tTAB`,
      `'\rCR`,
      `'=HYPERLINK("http://evil.example","Click")`,
      'plain',
    ]);
  });

  it('leaves plain numbers, negative ones included, as numbers', () => {
    for (const n of ['-12.5', '+3', '-1,5', '42']) expect(isFormulaLike(n)).toBe(false);
    expect(toCsv([['-12.5', '+3']])).toBe('-12.5,+3');
    expect(isFormulaLike('-draft')).toBe(true);
    expect(spreadsheetSafe('+31 20 123')).toBe("'+31 20 123");
  });

  it('property: every cell reads back exactly, or with one apostrophe when it starts like a formula', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('=1+1', '+x', '-y', '@z', '\tt', '\rr', '-5', ';', ',', '"'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom<',' | ';'>(',', ';'),
        (rows, separator) => {
          const width = rows[0].length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          // A table of nothing but empty cells in one column is an empty file, which has no rows to read back.
          fc.pre(!(width === 1 && table.every((r) => r[0] === '')));
          const parsed = Papa.parse<string[]>(toCsv(table, { separator }), {
            newline: '\r\n',
            delimiter: separator,
          }).data;
          const expected = table.map((r) => r.map(spreadsheetSafe));
          // A single empty cell in a one-column row is written as an empty line; papaparse reads that as [''].
          expect(parsed).toEqual(expected);
          for (const value of parsed.flat()) expect(isFormulaLike(value)).toBe(false);
        },
      ),
    );
  });
});

describe('defaultCsvSeparator', () => {
  it('is ";" where decimals are written with a comma, "," elsewhere', () => {
    expect(defaultCsvSeparator('nl-NL')).toBe(';');
    expect(defaultCsvSeparator('de-DE')).toBe(';');
    expect(defaultCsvSeparator('fr-FR')).toBe(';');
    expect(defaultCsvSeparator('en-US')).toBe(',');
    expect(defaultCsvSeparator('en-GB')).toBe(',');
    expect(defaultCsvSeparator(undefined)).toBe(',');
    expect(defaultCsvSeparator('not a locale!')).toBe(',');
  });
});
