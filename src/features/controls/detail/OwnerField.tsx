import { useId } from 'react';
import { useAutoSave } from '../../../ui/useAutoSave';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';

/** The owner of a control: a name from the client's RACI (suggested), or any other name typed in. */
export function OwnerField({
  value,
  people,
  save,
}: {
  value: string;
  people: string[];
  save(owner: string): Promise<void>;
}) {
  const id = useId();
  const t = useT();
  const { draft, error, onChange, onBlur } = useAutoSave(value, save, (raw) =>
    raw.length > 200 ? t('Keep the owner under 200 characters') : null,
  );
  return (
    <div className={`field ${error ? 'field--invalid' : ''}`}>
      <label htmlFor={id}>{t('Owner')}</label>
      <input
        id={id}
        list={`${id}-people`}
        value={draft}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        aria-describedby={`${id}-hint`}
      />
      <datalist id={`${id}-people`}>
        {people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <p className="field__hint" id={`${id}-hint`}>
        {people.length > 0 ? t('Suggested from the RACI.') : t('Add people to the RACI to pick them here.')}
      </p>
      <ErrorText>{error}</ErrorText>
    </div>
  );
}
