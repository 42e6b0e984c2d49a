import type { Checked } from '../../domain/backup';
import type { ImportAnalysis, ImportProgress } from '../../db/backupImport';

/** Messages between the window and the import worker (`importWorker.ts`). */
export interface ImportWorkerRequest {
  file: Blob;
}

export type ImportWorkerReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: Checked<ImportAnalysis> }
  | { type: 'failed'; message: string };
