import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, toCsv } from '../../../../src/domain/shared/csv';

describe('toCsv (RFC 4180)', () => {
  it('joins plain fields with commas and rows with CRLF, no trailing line break', () => {
    expect(toCsv([['a', 'b'], ['1', '2']])).toBe('a,b\r\n1,2');
  });

  it('quotes fields with a comma, quote, CR or LF and doubles inner quotes', () => {
    expect(toCsv([['Acme, Inc.', 'say "hi"', 'line1\nline2', 'cr\rhere']])).toBe(
      '"Acme, Inc.","say ""hi""","line1\nline2","cr\rhere"',
    );
  });

  it('keeps empty fields and leaves accents and spaces untouched', () => {
    expect(toCsv([['', 'Zürich ', '']])).toBe(',Zürich ,');
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
});
