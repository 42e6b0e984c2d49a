import { describeWriteError } from '../state/saveStatus';
import type { FormProblem } from './FormDialog';

/** A failed create or save as a FormDialog problem: the message in words, and the field a validation error names. */
export function writeProblem(error: unknown): FormProblem {
  const field =
    error instanceof Error && error.name === 'ValidationError'
      ? (error as Error & { field?: string }).field
      : undefined;
  return { message: describeWriteError(error), field };
}
