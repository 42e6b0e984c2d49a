/** Why a file cannot be imported: a code for tests and logic, a message for the user. */
export type ProblemCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'truncated'
  | 'too-deep'
  | 'not-backup'
  | 'newer-format'
  | 'newer-schema'
  | 'bad-header'
  | 'bad-checksum'
  | 'unknown-table'
  | 'bad-record'
  | 'tagged-record'
  | 'bad-tagged-value'
  | 'bad-field-name'
  | 'missing-field'
  | 'invalid-field'
  | 'duplicate-id'
  | 'unknown-client'
  | 'foreign-client'
  | 'missing-reference'
  | 'bad-image'
  | 'id-collision'
  | 'migration-failed';

export interface BackupProblem {
  code: ProblemCode;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: BackupProblem[] };

/** At most this many problems are listed; the count of the rest is summarised. */
export const MAX_LISTED_PROBLEMS = 50;

export function problem(code: ProblemCode, message: string): BackupProblem {
  return { code, message };
}

/** Thrown by import functions: nothing was written. `problems` holds every reason, first one first. */
export class BackupRejectedError extends Error {
  override name = 'BackupRejectedError';
  constructor(readonly problems: BackupProblem[]) {
    super(problems[0]?.message ?? 'The file cannot be imported.');
  }
}
