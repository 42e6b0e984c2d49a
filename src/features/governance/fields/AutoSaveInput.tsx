import { useId, type ReactNode } from 'react';
import { useAutoSave, type Verdict } from '../../../ui/useAutoSave';
import { FieldShell, describedBy } from './FieldShell';

/**
 * A self-saving input like `AutoSaveField`, for the two kinds it does not cover: a date and time
 * (`datetime-local`) and a name with suggestions (`datalist`). Every valid edit is saved as it is
 * made; invalid input shows its message and writes nothing.
 */
export function AutoSaveInput(props: {
  label: string;
  value: string;
  save: (raw: string) => Promise<void>;
  validate?: (raw: string) => Verdict;
  type?: 'text' | 'datetime-local';
  suggestions?: readonly string[];
  hint?: ReactNode;
  wide?: boolean;
}) {
  const { label, value, save, validate, type = 'text', suggestions, hint, wide } = props;
  const id = useId();
  const { draft, error, onChange, onBlur } = useAutoSave(value, save, validate, label);

  return (
    <FieldShell id={id} label={label} hint={hint} error={error} wide={wide}>
      <input
        id={id}
        type={type}
        value={draft}
        list={suggestions ? `${id}-list` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {suggestions && (
        <datalist id={`${id}-list`}>
          {suggestions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}
    </FieldShell>
  );
}
