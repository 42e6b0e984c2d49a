import { toCsv, type CsvOptions } from '../shared/csv';
import type { StoredRecord } from './format';
import { humanize } from './presentation';

/**
 * CSV of any register table: one column per field (first-seen order), nested values as JSON, lists
 * joined with "; ". The shared writer (`toCsv`) neutralises formula-like cells, headers included.
 */

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (
    Array.isArray(value) &&
    value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
  )
    return value.map((v) => String(v ?? '')).join('; ');
  return JSON.stringify(value);
}

export function recordsToCsvRows(
  records: readonly StoredRecord[],
  omit: readonly string[] = ['clientId'],
): string[][] {
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))].filter((c) => !omit.includes(c));
  return [columns.map(humanize), ...records.map((r) => columns.map((c) => cell(r[c])))];
}

export function recordsToCsv(
  records: readonly StoredRecord[],
  omit?: readonly string[],
  options?: CsvOptions,
): string {
  return toCsv(recordsToCsvRows(records, omit), options);
}
