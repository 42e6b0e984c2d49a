import { Download } from 'lucide-react';
import { useState } from 'react';
import { getCsvSeparator } from '../db/core/csvSettings';
import { db } from '../db/core/schema';
import { CSV_BOM, toCsv, type CsvSeparator } from '../domain/shared/csv';
import { fileName as safeFileName } from '../domain/shared/fileName';
import { platform } from '../platform';
import { useT } from '../state/interfaceLanguage';

/** The separator in words (translated where shown). */
export const SEPARATOR_WORDS: Record<CsvSeparator, string> = { ',': 'commas', ';': 'semicolons' };

export interface CsvExportButtonProps {
  /** File name without extension, e.g. "Brightside - Risks - 2026-11-26". */
  fileName: string;
  /** Header row first, then one row per record; called when the button is pressed. */
  rows(): readonly (readonly string[])[] | Promise<readonly (readonly string[])[]>;
  /** Visible text of the button; "Export CSV" unless given. */
  label?: string;
  /** Accessible name when several export buttons share a screen; must contain the visible label. */
  ariaLabel?: string;
  disabled?: boolean;
  className?: string;
}

/**
 * The one CSV export of the app: writes the rows with the shared writer (formula cells neutralised), the
 * chosen separator and a UTF-8 BOM, then says in one line what happened.
 */
export function CsvExportButton({
  fileName,
  rows,
  label,
  ariaLabel,
  disabled,
  className = 'button',
}: CsvExportButtonProps) {
  const t = useT();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const exportCsv = async () => {
    setMessage(null);
    try {
      const [data, separator] = await Promise.all([rows(), getCsvSeparator(db)]);
      const result = await platform.saveFile({
        suggestedName: safeFileName(fileName, 'csv'),
        data: CSV_BOM + toCsv(data, { separator }),
        filters: [{ name: t('CSV spreadsheet'), extensions: ['csv'] }],
      });
      const count = Math.max(0, data.length - 1);
      if (result.saved)
        setMessage({
          text: t('Exported {{count}} rows (separated by {{separator}}) to {{location}}.', {
            count,
            separator: t(SEPARATOR_WORDS[separator]),
            location: result.location ?? '',
          }),
          error: false,
        });
      else if (result.reason === 'failed')
        setMessage({
          text: t('The CSV was not saved: {{reason}}. Choose another folder and export again.', {
            reason: result.message ?? t('the file could not be written'),
          }),
          error: true,
        });
    } catch (err) {
      setMessage({
        text: t('The CSV could not be made: {{reason}}.', {
          reason: err instanceof Error ? err.message : String(err),
        }),
        error: true,
      });
    }
  };

  return (
    <span className="csv-export">
      <button
        type="button"
        className={className}
        onClick={() => void exportCsv()}
        disabled={disabled}
        aria-label={ariaLabel}
      >
        <Download size={16} aria-hidden /> {label ?? t('Export CSV')}
      </button>
      {message && (
        <span
          className={message.error ? 'csv-export__message csv-export__message--error' : 'csv-export__message'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </span>
      )}
    </span>
  );
}
