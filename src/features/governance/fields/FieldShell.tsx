import type { ReactNode } from 'react';
import { ErrorText, HintText } from '../../../ui/FieldMessages';

/** Label (or legend for a group), hint and error around a custom register input. */
export function FieldShell(props: {
  id: string;
  label: string;
  hint?: ReactNode;
  error: string | null;
  group?: boolean;
  wide?: boolean;
  children: ReactNode;
}) {
  const { id, label, hint, error, group, wide, children } = props;
  const footer = (
    <>
      <HintText id={`${id}-hint`}>{hint}</HintText>
      <ErrorText id={`${id}-error`}>{error}</ErrorText>
    </>
  );
  const className = `field ${error ? 'field--invalid' : ''} ${wide ? 'gov-field--wide' : ''}`;
  if (group) {
    return (
      <fieldset className={`${className} gov-fieldset`} aria-describedby={describedBy(id, hint, error)}>
        <legend className="field__label">{label}</legend>
        {children}
        {footer}
      </fieldset>
    );
  }
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children}
      {footer}
    </div>
  );
}

export function describedBy(id: string, hint: ReactNode, error: string | null): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}
