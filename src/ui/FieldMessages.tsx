import type { ReactNode } from 'react';

/** A problem under a field or a card, announced when it appears; nothing when there is none. */
export function ErrorText({ id, children }: { id?: string; children?: ReactNode }) {
  if (children === undefined || children === null || children === false || children === '') return null;
  return (
    <p className="field__error" id={id} role="alert">
      {children}
    </p>
  );
}

/** The hint under a field (the control points at it with `aria-describedby`); nothing when there is none. */
export function HintText({ id, children }: { id?: string; children?: ReactNode }) {
  if (children === undefined || children === null || children === false || children === '') return null;
  return (
    <p className="field__hint" id={id}>
      {children}
    </p>
  );
}
