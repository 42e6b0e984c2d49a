import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
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
  validate?: (raw: string) => string | null;
  type?: 'text' | 'datetime-local';
  suggestions?: readonly string[];
  hint?: ReactNode;
  wide?: boolean;
}) {
  const { label, value, save, validate, type = 'text', suggestions, hint, wide } = props;
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  const writeSeq = useRef(0);

  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);

  const onChange = (raw: string) => {
    setDraft(raw);
    editing.current = true;
    const message = validate?.(raw) ?? null;
    setError(message);
    if (message) return;
    const seq = ++writeSeq.current;
    trackSave(save(raw)).then(
      () => {
        if (seq === writeSeq.current) editing.current = false;
      },
      (err: unknown) => {
        if (seq === writeSeq.current) setError(describeWriteError(err));
      },
    );
  };

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
        onBlur={() => {
          if (!error) editing.current = false;
        }}
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
