import { useCallback, useState } from 'react';
import { OptionSelect, type Option } from './OptionSelect';
import { DateField, NumberField, TextAreaField, TextField } from './TextField';

/** One field of a form as data: what the field components need, for forms whose fields share one shape. */
export type FieldDef<K extends string = string> = {
  name: K;
  label: string;
  kind?:
    | 'text'
    | 'number'
    | 'integer'
    | 'date'
    | 'datetime'
    | 'textarea'
    | 'select'
    | 'password'
    | 'email'
    | 'url';
  hint?: string;
  placeholder?: string;
  options?: readonly Option<string>[];
  /** The first option, with the value '' (a select that may stay empty). */
  empty?: string;
  rows?: number;
  className?: string;
  suggestions?: readonly string[];
  min?: string;
  max?: string;
  autoComplete?: string;
};

/** The fields of `fields`, in order, each showing `values[name]` and reporting edits through `onChange`. */
export function FieldList<K extends string>(props: {
  fields: readonly FieldDef<K>[];
  values: Readonly<Record<K, string>>;
  onChange(name: K, value: string): void;
  /** Focus starts in the first field (a dialog's first field). */
  autoFocus?: boolean;
}) {
  return props.fields.map((def, index) => (
    <DefinedField
      key={def.name}
      def={def}
      value={props.values[def.name] ?? ''}
      onChange={(value) => props.onChange(def.name, value)}
      autoFocus={props.autoFocus && index === 0}
    />
  ));
}

/** One field from its definition. */
export function DefinedField<K extends string>({
  def,
  value,
  onChange,
  autoFocus,
}: {
  def: FieldDef<K>;
  value: string;
  onChange(value: string): void;
  autoFocus?: boolean;
}) {
  const common = {
    name: def.name,
    label: def.label,
    hint: def.hint,
    className: def.className,
    value,
    onChange,
    autoFocus,
  };
  switch (def.kind) {
    case 'select':
      return <OptionSelect {...common} options={def.options ?? []} empty={def.empty} />;
    case 'date':
      return <DateField {...common} min={def.min} max={def.max} />;
    case 'textarea':
      return <TextAreaField {...common} rows={def.rows} placeholder={def.placeholder} />;
    case 'number':
    case 'integer':
      return <NumberField {...common} integer={def.kind === 'integer'} placeholder={def.placeholder} />;
    case 'datetime':
      return <TextField {...common} type="datetime-local" />;
    default:
      return (
        <TextField
          {...common}
          type={def.kind ?? 'text'}
          placeholder={def.placeholder}
          suggestions={def.suggestions}
          autoComplete={def.autoComplete}
        />
      );
  }
}

/** The raw text of a form's fields by name, with a setter per field and a reset to the first values. */
export function useFieldValues<K extends string>(initial: () => Record<K, string>) {
  const [values, setValues] = useState<Record<K, string>>(initial);
  const setValue = useCallback((name: K, value: string) => setValues((v) => ({ ...v, [name]: value })), []);
  const reset = () => setValues(initial());
  return { values, setValue, reset, setValues };
}
