import { X } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import type { FieldDef, RegisterId } from '../../../domain/governance';
import { FieldShell } from './FieldShell';
import { useFieldSave } from './useFieldSave';

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
  const noun = field.kind === 'people' ? 'person' : 'entry';

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
    <FieldShell id={id} label={field.label} hint={field.hint} error={error} wide={field.wide}>
      {value.length > 0 && (
        <ul className="chips" aria-label={field.label}>
          {value.map((entry) => (
            <li key={entry} className="chip">
              <span>{entry}</span>
              <button
                type="button"
                className="icon-button chip__remove"
                aria-label={`Remove ${entry} from ${field.label}`}
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
          placeholder={`Add a ${noun} and press Enter`}
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
          aria-label={`Add to ${field.label}`}
        >
          Add
        </button>
      </div>
    </FieldShell>
  );
}
