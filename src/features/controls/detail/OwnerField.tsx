import { useId } from 'react';
import { useAutoSave } from '../../../ui/useAutoSave';
import { ErrorText } from '../../../ui/FieldMessages';

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
  const { draft, error, onChange, onBlur } = useAutoSave(value, save, (raw) =>
    raw.length > 200 ? 'Keep the owner under 200 characters' : null,
  );
  return (
    <div className={`field ${error ? 'field--invalid' : ''}`}>
      <label htmlFor={id}>Owner</label>
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
        {people.length > 0 ? 'Suggested from the RACI.' : 'Add people to the RACI to pick them here.'}
      </p>
      <ErrorText>{error}</ErrorText>
    </div>
  );
}
