import { useId } from 'react';
import { useAutoSave, type Verdict } from '../../../ui/useAutoSave';
import { ErrorText } from '../../../ui/FieldMessages';

/**
 * A self-saving input for dense tables: the label is an aria-label (the column says what it is).
 * Valid edits are saved as typed; invalid input shows its message under the input and writes nothing.
 */
export function InlineField(props: {
  label: string;
  value: string;
  save: (raw: string) => Promise<unknown>;
  validate?: (raw: string) => Verdict;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'number' | 'date';
  disabled?: boolean;
  placeholder?: string;
  className?: string;
  min?: string;
  max?: string;
  describedBy?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
}) {
  const {
    label,
    value,
    save,
    validate,
    multiline,
    type = 'text',
    className,
    describedBy,
    inputMode,
    ...rest
  } = props;
  const id = useId();
  const { draft, error, onChange, onBlur } = useAutoSave(value, save, validate, label);

  const common = {
    id,
    className: 'input',
    value: draft,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [describedBy, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onBlur,
    ...rest,
  };
  return (
    <div className={`inline-field ${error ? 'field--invalid' : ''} ${className ?? ''}`}>
      {multiline ? (
        <textarea {...common} rows={props.rows ?? 2} />
      ) : (
        <input {...common} type={type} inputMode={inputMode ?? (type === 'number' ? 'numeric' : undefined)} />
      )}
      <ErrorText id={`${id}-error`}>{error}</ErrorText>
    </div>
  );
}
