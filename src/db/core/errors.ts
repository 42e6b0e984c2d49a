import type { FieldError } from '../../domain/portfolio/common';
import { tell } from '../../domain/shared/language';

/** Input refused by a rule before anything was written (not a storage failure). */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface EditIssue {
  /** The field the problem is about, when there is one. */
  field?: string;
  message: string;
}

/**
 * The one error of the write path: the edit was refused and nothing was written. `issues` lists every
 * problem found; `message` and `field` are those of the first. Area errors (refused stage moves, vendor
 * rules, register checks) are kinds of it.
 */
export class EditRefusedError extends ValidationError {
  constructor(
    readonly issues: EditIssue[],
    message = issues[0]?.message ?? tell('This input is not valid'),
  ) {
    super(message, issues[0]?.field);
  }
}

/** Input refused with one or more field messages (portfolio, workshops and record rules); `field`/`message` are those of the first problem. */
export class FieldsInvalidError extends EditRefusedError {
  constructor(readonly errors: FieldError[]) {
    super(errors);
  }
}

/** A register record refused by its definition, with every problem found. */
export class RegisterValidationError extends EditRefusedError {
  constructor(override readonly issues: (EditIssue & { field: string; related?: readonly string[] })[]) {
    super(issues);
  }
}
