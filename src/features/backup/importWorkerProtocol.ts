import type { Checked } from '../../domain/backup';
import type { ImportAnalysis, ImportProgress } from '../../db/backup/import';

/** Messages between the window and the import worker (`importWorker.ts`). */
export interface ImportWorkerRequest {
  file: Blob;
  /** In a vault: the master key, so the worker's own connection can read the workspace to compare. */
  master?: Uint8Array;
}

export type ImportWorkerReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: Checked<ImportAnalysis> }
  | { type: 'failed'; message: string };
