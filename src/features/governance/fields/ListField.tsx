import { X } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import type { FieldDef, RegisterId } from '../../../domain/governance';
import { FieldShell } from './FieldShell';
import { useFieldSave } from './useFieldSave';
import { useT } from '../../../state/interfaceLanguage';

/** A list of names or labels (people, departments, data categories): chips, and an input to add one. */
export function ListField(props: {
  registerId: RegisterId;
  recordId: string;
  field: FieldDef;
  value: string[];
  suggestions: readonly string[];
}) {
  const { registerId, recordId, field, value, suggestions } = props;
  const id = useId();
  const [draft, setDraft] = useState('');
  const { error, save } = useFieldSave(registerId, recordId, field.key);
  const t = useT();
  const label = t(field.label);

  const add = async () => {
    const entry = draft.trim();
    if (!entry) return;
    if (await save([...value, entry])) setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void add();
    }
  };

  return (
    <FieldShell id={id} label={label} hint={field.hint && t(field.hint)} error={error} wide={field.wide}>
      {value.length > 0 && (
        <ul className="chips" aria-label={label}>
          {value.map((entry) => (
            <li key={entry} className="chip">
              <span>{entry}</span>
              <button
                type="button"
                className="icon-button chip__remove"
                aria-label={t('Remove {{entry}} from {{field}}', { entry, field: label })}
                onClick={() => void save(value.filter((v) => v !== entry))}
              >
                <X size={14} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="gov-add-row">
        <input
          id={id}
          value={draft}
          list={`${id}-list`}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder={t(
            field.kind === 'people' ? 'Add a person and press Enter' : 'Add an entry and press Enter',
          )}
        />
        <datalist id={`${id}-list`}>
          {suggestions
            .filter((s) => !value.includes(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
        <button
          type="button"
          className="button"
          onClick={() => void add()}
          disabled={!draft.trim()}
          aria-label={t('Add to {{field}}', { field: label })}
        >
          {t('Add')}
        </button>
      </div>
    </FieldShell>
  );
}
