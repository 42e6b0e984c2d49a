import { defaultCsvSeparator, isCsvSeparator, type CsvSeparator } from '../../domain/shared/csv';
import type { CaioDatabase } from './schema';
import { getSetting, setSetting } from './settings';

/** The CSV separator chosen on the backup screen; until chosen, the one the locale's spreadsheets expect. */
export const CSV_SEPARATOR_KEY = 'csvSeparator';

export function localeSeparator(): CsvSeparator {
  return defaultCsvSeparator(typeof navigator === 'undefined' ? undefined : navigator.language);
}

export async function getCsvSeparator(database: CaioDatabase): Promise<CsvSeparator> {
  const stored = await getSetting<unknown>(database, CSV_SEPARATOR_KEY, null);
  return isCsvSeparator(stored) ? stored : localeSeparator();
}

export async function setCsvSeparator(database: CaioDatabase, separator: CsvSeparator): Promise<void> {
  await setSetting(database, CSV_SEPARATOR_KEY, separator);
}
