import type { VendorRef } from '../../domain/vendors';
import { EditRefusedError } from '../core/errors';

/** A change the vendor domain refused, with every reason (shown to the user as a list). */
export class RefusedError extends EditRefusedError {
  constructor(readonly reasons: string[]) {
    super(
      reasons.map((message) => ({ message })),
      reasons.join(' '),
    );
  }
}

/** A new or renamed library profile whose name is already taken: the UI offers to reuse the existing one. */
export class DuplicateVendorError extends RefusedError {
  constructor(
    reasons: string[],
    readonly existing: VendorRef,
  ) {
    super(reasons);
  }
}

/** The reasons of a refused write, or the message of any other error. */
export function errorReasons(error: unknown, describe: (error: unknown) => string): string[] {
  if (error instanceof RefusedError) return error.reasons;
  return [describe(error)];
}
