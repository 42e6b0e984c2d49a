import type { ReactNode } from 'react';
import { FormField } from './Form';
import { frameOf, type FieldProps } from './TextField';

export type Option<T extends string> = { value: T; label: string };

/** The options of a select from a list of values and their labels (`VENDOR_CATEGORY_LABELS`...). */
export function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>): Option<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** A choice of one of `options`; `empty` adds a first option with the value '' ("Not linked", "Choose…"). */
export function OptionSelect<T extends string>(
  props: FieldProps & {
    value: NoInfer<T> | '';
    options: readonly Option<T>[];
    onChange(value: NoInfer<T>): void;
    empty?: string;
    after?: ReactNode;
  },
) {
  return (
    <FormField {...frameOf(props)} after={props.after}>
      <select
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as T)}
        disabled={props.disabled}
        autoFocus={props.autoFocus}
      >
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}
