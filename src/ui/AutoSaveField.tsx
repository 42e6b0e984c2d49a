import { useId, useState, type ReactNode } from 'react';
import { useAutoSave, type Verdict } from './useAutoSave';
import { describeWriteError, trackSave } from '../state/saveStatus';
import { ErrorText, HintText } from './FieldMessages';

/**
 * An input that saves itself: every valid edit is written as it is made; an invalid one shows its
 * message next to the field and writes nothing; a failed write shows why and keeps the input on screen.
 * `value` is the stored value (from the database); while the user edits, their draft wins.
 */
export interface AutoSaveFieldProps {
  label: string;
  value: string;
  save: (raw: string) => Promise<unknown>;
  /** An error message, a note on how the input was read ("read as 12 000"), or null. */
  validate?: (raw: string) => Verdict;
  type?: 'text' | 'email' | 'number' | 'date' | 'url' | 'tel';
  multiline?: boolean;
  rows?: number;
  hint?: ReactNode;
  placeholder?: string;
  disabled?: boolean;
  step?: string;
  min?: string;
  max?: string;
  className?: string;
  inputMode?: 'decimal' | 'numeric' | 'text' | 'email';
  /** The label is read by screen readers but not shown (a field in a table row whose column says it). */
  hideLabel?: boolean;
}

export function AutoSaveField(props: AutoSaveFieldProps) {
  const {
    label,
    value,
    save,
    validate,
    type = 'text',
    multiline,
    hint,
    className,
    hideLabel,
    ...rest
  } = props;
  const id = useId();
  const { draft, error, note, onChange, onBlur } = useAutoSave(value, save, validate, label);

  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null, note && !error ? `${id}-note` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const common = {
    id,
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onBlur,
    ...rest,
  };

  return (
    <div className={`field ${error ? 'field--invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? <textarea {...common} rows={props.rows ?? 4} /> : <input {...common} type={type} />}
      <HintText id={`${id}-hint`}>{hint}</HintText>
      <ErrorText id={`${id}-error`}>{error}</ErrorText>
      {note && !error && (
        <p className="field__note" id={`${id}-note`} role="status">
          {capitalised(note)}
        </p>
      )}
    </div>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface AutoSaveSelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  save: (value: T) => Promise<unknown>;
  hint?: ReactNode;
  disabled?: boolean;
}

export function AutoSaveSelect<T extends string>({
  label,
  value,
  options,
  save,
  hint,
  disabled,
}: AutoSaveSelectProps<T>) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={`field ${error ? 'field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          setError(null);
          trackSave(save(e.target.value as T)).catch((err: unknown) => setError(describeWriteError(err)));
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <HintText id={`${id}-hint`}>{hint}</HintText>
      <ErrorText>{error}</ErrorText>
    </div>
  );
}
