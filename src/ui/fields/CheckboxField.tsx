import type { ReactNode } from 'react';
import { useFormFieldState } from './Form';
import { HintText } from '../FieldMessages';

/** A checkbox with its text after it (the text is its name); a problem about `name` marks it invalid. */
export function CheckboxField(props: {
  name: string;
  checked: boolean;
  onChange(checked: boolean): void;
  children: ReactNode;
  hint?: ReactNode;
  className?: string;
  disabled?: boolean;
}) {
  const field = useFormFieldState(props.name, props.children, props.hint);
  return (
    <div className={`field ${field.invalid ? 'field--invalid' : ''} ${props.className ?? ''}`.trim()}>
      <label className="ui-check">
        <input
          type="checkbox"
          checked={props.checked}
          disabled={props.disabled}
          onChange={(e) => props.onChange(e.target.checked)}
          {...field.control}
        />
        <span>{props.children}</span>
      </label>
      <HintText id={field.hintId}>{props.hint}</HintText>
    </div>
  );
}

/** One of a few choices as radio buttons in a group named by its legend. */
export function RadioField<T extends string>(props: {
  name: string;
  legend: ReactNode;
  value: T;
  options: readonly { value: T; label: ReactNode }[];
  onChange(value: T): void;
  className?: string;
  hideLegend?: boolean;
}) {
  const field = useFormFieldState(props.name, props.legend, undefined);
  return (
    <fieldset
      className={`ui-choices ${field.invalid ? 'field--invalid' : ''} ${props.className ?? ''}`.trim()}
    >
      <legend className={props.hideLegend ? 'visually-hidden' : 'field__label'}>{props.legend}</legend>
      {props.options.map((o, index) => (
        <label key={o.value} className="ui-check">
          <input
            type="radio"
            name={field.id}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
            {...(index === 0 ? field.control : {})}
            id={undefined}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
