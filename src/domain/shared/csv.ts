/**
 * Minimal RFC 4180 CSV writer shared by the domain modules.
 * - Fields containing a comma, double quote, CR or LF are wrapped in double quotes;
 *   double quotes inside are doubled.
 * - Rows are separated by CRLF; there is no line break after the last row.
 * - No BOM is added: prepend `CSV_BOM` when saving a file that Excel must open as UTF-8.
 */

/** UTF-8 byte order mark; lets Excel detect UTF-8 (accents, euro signs) when opening a CSV. */
export const CSV_BOM = '\uFEFF';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n');
}
