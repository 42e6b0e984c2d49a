import { useId, type ChangeEvent, type ReactNode } from 'react';
import { FormField } from './Form';

/** What every field component takes: its name in the form (problems name it), label, hint and layout class. */
export type FieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
  hideLabel?: boolean;
  autoFocus?: boolean;
  disabled?: boolean;
};

/** The props of FormField (the frame: label, hint, problem) out of a field component's props. */
export const frameOf = (p: FieldProps) => ({
  name: p.name,
  label: p.label,
  hint: p.hint,
  className: p.className,
  hideLabel: p.hideLabel,
});

type TextProps = FieldProps & {
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  autoComplete?: string;
  maxLength?: number;
};

/** The props of the control itself (input, textarea) out of a field component's props. */
const controlOf = (p: TextProps) => ({
  value: p.value,
  onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => p.onChange(e.target.value),
  placeholder: p.placeholder,
  autoComplete: p.autoComplete,
  maxLength: p.maxLength,
  disabled: p.disabled,
  autoFocus: p.autoFocus,
});

/** A one-line text field; `suggestions` become a list the browser offers while typing. */
export function TextField(
  props: TextProps & {
    type?: 'text' | 'password' | 'email' | 'url' | 'tel' | 'datetime-local';
    suggestions?: readonly string[];
    inputMode?: 'text' | 'decimal' | 'numeric' | 'email';
  },
) {
  const listId = useId();
  const { suggestions } = props;
  const list = suggestions && (
    <datalist id={listId}>
      {suggestions.map((s) => (
        <option key={s} value={s} />
      ))}
    </datalist>
  );
  return (
    <FormField {...frameOf(props)} after={list}>
      <input
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        list={suggestions ? listId : undefined}
        {...controlOf(props)}
      />
    </FormField>
  );
}

/** A number typed as text (read by the caller with `ui/parse.ts`, by the user's locale). */
export function NumberField(props: TextProps & { integer?: boolean }) {
  const { integer, ...rest } = props;
  return <TextField {...rest} inputMode={integer ? 'numeric' : 'decimal'} />;
}

/** A day (`YYYY-MM-DD`), optionally between `min` and `max`. */
export function DateField(props: TextProps & { min?: string; max?: string }) {
  return (
    <FormField {...frameOf(props)}>
      <input type="date" min={props.min} max={props.max} {...controlOf(props)} />
    </FormField>
  );
}

/** A text of several lines. */
export function TextAreaField(props: TextProps & { rows?: number }) {
  return (
    <FormField {...frameOf(props)}>
      <textarea rows={props.rows ?? 3} {...controlOf(props)} />
    </FormField>
  );
}
