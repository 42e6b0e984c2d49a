import { describeWriteError, trackSave } from '../state/saveStatus';
import type { FormProblem } from './FormDialog';

/** A failed create or save as a FormDialog problem: the message in words, and the field a validation error names. */
export function writeProblem(error: unknown): FormProblem {
  const field =
    error instanceof Error && error.name === 'ValidationError'
      ? (error as Error & { field?: string }).field
      : undefined;
  return { message: describeWriteError(error), field };
}

/**
 * A form's write: shown by the save indicator; once it is stored, `done` gets what it returned (to reset the
 * form, open the new record); a failure (of either) comes back as the form's problem.
 */
export async function saveFromForm<T>(
  write: Promise<T>,
  done?: (saved: T) => void,
): Promise<FormProblem | undefined> {
  try {
    const saved = await trackSave(write);
    done?.(saved);
  } catch (err) {
    return writeProblem(err);
  }
}
