import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { CSV_SEPARATOR_KEY, localeSeparator, setCsvSeparator } from '../../db/core/csvSettings';
import { db } from '../../db/core/schema';
import { isCsvSeparator, type CsvSeparator } from '../../domain/shared/csv';
import { trackSave } from '../../state/saveStatus';
import { useT } from '../../state/interfaceLanguage';

export const CSV_SEPARATOR_LABELS: Record<CsvSeparator, string> = {
  ',': 'Comma (,) - Excel in English, Numbers, Google Sheets',
  ';': 'Semicolon (;) - Excel in Dutch, German, French',
};

/** The separator every CSV export of the app uses; until chosen, the one this computer's language expects. */
export function CsvSeparatorField() {
  const t = useT();
  const id = useId();
  const stored = useLiveQuery(() => db.settings.get(CSV_SEPARATOR_KEY), []);
  const value = isCsvSeparator(stored?.value) ? stored.value : localeSeparator();
  return (
    <div className="field backup-narrow">
      <label htmlFor={id}>{t('CSV separator')}</label>
      <select
        id={id}
        value={value}
        onChange={(e) =>
          trackSave(setCsvSeparator(db, e.target.value as CsvSeparator)).catch(() => undefined)
        }
        aria-describedby={`${id}-hint`}
      >
        {(Object.keys(CSV_SEPARATOR_LABELS) as CsvSeparator[]).map((s) => (
          <option key={s} value={s}>
            {t(CSV_SEPARATOR_LABELS[s])}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="field__hint">
        {t('Used by every CSV export (registers, portfolio, vendors, workshops, calendar).')}
      </span>
    </div>
  );
}
