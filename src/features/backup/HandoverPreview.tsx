import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { handoverRecords } from '../../db/handover/handover';
import { db } from '../../db/core/schema';
import {
  HANDOVER_CATEGORIES,
  HANDOVER_CATEGORY_TEXT,
  type HandoverCategory,
  type HandoverChoices,
} from '../../domain/handover/allowList';
import { DOCUMENT_TABLES } from '../../domain/handover/documentTables';
import { useT } from '../../state/interfaceLanguage';

/**
 * The preview of what leaves in a handover: the registers and how many entries each (from the same
 * selection the files are made of), what stays, and a tick box per category that stays unless ticked.
 */
export function HandoverPreview({
  clientId,
  choices,
  onChange,
}: {
  clientId: string;
  choices: HandoverChoices;
  onChange(choices: HandoverChoices): void;
}) {
  const t = useT();
  const id = useId();
  const records = useLiveQuery(
    () => (clientId ? handoverRecords(db, clientId, choices) : undefined),
    [clientId, choices],
  );
  const leaving = records
    ? DOCUMENT_TABLES.map((t) => ({ title: t.title, count: records[t.table]?.length ?? 0 })).filter(
        (t) => t.count > 0,
      )
    : [];
  const toggle = (category: HandoverCategory, on: boolean) => onChange({ ...choices, [category]: on });
  return (
    <div className="handover-preview">
      <h3 id={`${id}-leaves`}>{t('What leaves')}</h3>
      <p className="settings-card__text">
        {t('The client profile (without your notes and terms) and these registers, in both files:')}
      </p>
      <ul className="handover-preview__list" aria-labelledby={`${id}-leaves`}>
        {leaving.map((table) => (
          <li key={table.title}>
            {t('{{register}}: {{number}}', { register: t(table.title), number: table.count })}
          </li>
        ))}
      </ul>
      <fieldset className="handover-preview__extras">
        <legend>{t('Also hand over (each stays on this computer unless you tick it)')}</legend>
        {HANDOVER_CATEGORIES.map((category) => (
          <div key={category} className="handover-preview__option">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={choices[category]}
                onChange={(e) => toggle(category, e.target.checked)}
                aria-describedby={`${id}-${category}`}
              />{' '}
              {t(HANDOVER_CATEGORY_TEXT[category].label)}
            </label>
            <p className="field__hint" id={`${id}-${category}`}>
              {t(HANDOVER_CATEGORY_TEXT[category].hint)}
            </p>
          </div>
        ))}
      </fieldset>
      <p className="field__hint">
        {t(
          'Never handed over: this computer’s settings, your evaluation and questionnaire templates, and library vendors or controls this client does not use.',
        )}
      </p>
    </div>
  );
}
