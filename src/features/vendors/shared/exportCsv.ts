import { CSV_BOM, toCsv } from '../../../domain/shared/csv';
import { platform } from '../../../platform';

/** A file name the save dialog accepts: no path or reserved characters. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/\s+/g, ' ').trim().slice(0, 180);
}

/** Saves rows as a UTF-8 CSV that Excel opens correctly. Returns a message for the user, or null when cancelled. */
export async function saveCsv(name: string, rows: string[][]): Promise<string | null> {
  const result = await platform.saveFile({
    suggestedName: `${safeFileName(name)}.csv`,
    data: CSV_BOM + toCsv(rows),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
  if (result.saved) return `Exported to ${result.location}.`;
  return result.reason === 'cancelled' ? null : `Export failed: ${result.message ?? 'the file could not be written.'}`;
}
