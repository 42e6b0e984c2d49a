import Papa from 'papaparse';

/**
 * The one CSV writer of the app (papaparse underneath), for every export.
 * - Fields containing the separator, a double quote, CR or LF (or starting/ending with a space) are wrapped
 *   in double quotes; double quotes inside are doubled. Rows are separated by CRLF, none after the last row.
 * - Every cell, headers included, that a spreadsheet would run as a formula (first character `=`, `+`, `-`,
 *   `@`, tab or carriage return) gets a leading apostrophe, so it opens as text. Plain numbers such as
 *   `-12.5` or `+3` are left as they are (a number is not a formula).
 * - The separator is `,` or `;` (Excel in Dutch, German or French expects `;`); `defaultCsvSeparator`
 *   picks it from the locale.
 * - No BOM is added: prepend `CSV_BOM` when saving a file that Excel must open as UTF-8.
 */

/** UTF-8 byte order mark; lets Excel detect UTF-8 (accents, euro signs) when opening a CSV. */
export const CSV_BOM = '\uFEFF';

export type CsvSeparator = ',' | ';';
export const CSV_SEPARATORS: readonly CsvSeparator[] = [',', ';'];

export interface CsvOptions {
  separator?: CsvSeparator;
}

/** Starts like a formula and is not a plain number. */
const FORMULA_START = /^(?![-+]?\d+(?:[.,]\d+)?$)[=+\-@\t\r]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text a spreadsheet shows as typed: formula-like text gets a leading apostrophe. */
export function spreadsheetSafe(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

export function csvField(value: string, options: CsvOptions = {}): string {
  return toCsv([[value]], options);
}

export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  if (rows.length === 0) return '';
  return Papa.unparse(
    rows.map((row) => [...row]),
    {
      delimiter: options.separator ?? ',',
      newline: '\r\n',
      quotes: false,
      escapeFormulae: FORMULA_START,
      header: false,
    },
  );
}

/**
 * `;` where the locale writes decimals with a comma (nl, de, fr, ...), since Excel there reads `,` as a
 * decimal mark; `,` elsewhere.
 */
export function defaultCsvSeparator(locale: string | undefined): CsvSeparator {
  try {
    const decimal = new Intl.NumberFormat(locale || 'en')
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value;
    return decimal === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}

export function isCsvSeparator(value: unknown): value is CsvSeparator {
  return value === ',' || value === ';';
}
