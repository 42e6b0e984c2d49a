import type { FieldError, StageMoveBlocker } from '../domain/portfolio';
import { ValidationError } from './errors';

/** Input refused with one or more field messages; `field`/`message` are those of the first problem. */
export class FieldsInvalidError extends ValidationError {
  constructor(readonly errors: FieldError[]) {
    super(errors[0]?.message ?? 'This input is not valid', errors[0]?.field);
  }
}

/** A stage move refused by the portfolio rules (charter, pilot limit, gate decision...), with every blocker. */
export class StageMoveRefusedError extends ValidationError {
  constructor(
    readonly blockers: StageMoveBlocker[],
    message = blockers.map((b) => b.message).join(' '),
  ) {
    super(message, 'stage');
  }
}

/** Throws the validation problems of a domain result, or returns its value. */
export function valueOrThrow<T>(result: { ok: true; value: T } | { ok: false; errors: FieldError[] }): T {
  if (!result.ok) throw new FieldsInvalidError(result.errors);
  return result.value;
}
