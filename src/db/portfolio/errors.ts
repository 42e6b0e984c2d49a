import type { FieldError, StageMoveBlocker } from '../../domain/portfolio';
import { EditRefusedError, FieldsInvalidError } from '../core/errors';

/** A stage move refused by the portfolio rules (charter, pilot limit, gate decision...), with every blocker. */
export class StageMoveRefusedError extends EditRefusedError {
  constructor(
    readonly blockers: StageMoveBlocker[],
    message = blockers.map((b) => b.message).join(' '),
  ) {
    super(
      blockers.map((b) => ({ field: 'stage', message: b.message })),
      message,
    );
  }
}

/** Throws the validation problems of a domain result, or returns its value. */
export function valueOrThrow<T>(result: { ok: true; value: T } | { ok: false; errors: FieldError[] }): T {
  if (!result.ok) throw new FieldsInvalidError(result.errors);
  return result.value;
}
