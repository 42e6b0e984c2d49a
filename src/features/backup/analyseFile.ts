import type { Checked } from '../../domain/backup';
import { analyseBackupText, type ImportAnalysis, type ImportProgress } from '../../db/backup/import';
import { db } from '../../db/core/schema';
import { currentMasterKey } from '../../db/vault/vault';
import type { ImportWorkerReply, ImportWorkerRequest } from './importWorkerProtocol';
import { interfaceT } from '../../state/interfaceLanguage';
import { numberIn, type Language } from '../../domain/shared/language';

/**
 * Checks a picked file in a Web Worker (module worker from 'self', allowed by the CSP's `worker-src`),
 * reporting progress. Where workers are unavailable, the same check runs here.
 */
export function analyseFile(
  file: Blob,
  onProgress: (progress: ImportProgress) => void,
): Promise<Checked<ImportAnalysis>> {
  if (typeof Worker === 'undefined')
    return file.text().then((text) => analyseBackupText(db, text, onProgress));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), {
      type: 'module',
      name: 'import-check',
    });
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<ImportWorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.progress);
      else if (reply.type === 'done') {
        finish();
        resolve(reply.result);
      } else {
        finish();
        reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      const t = interfaceT();
      reject(new Error(event.message || t('the checker stopped unexpectedly')));
    };
    worker.postMessage({
      file,
      master: db.vault.mode === 'unlocked' ? currentMasterKey(db) : undefined,
    } satisfies ImportWorkerRequest);
  });
}

/** The progress line under the file button. */
export function progressText(progress: ImportProgress | null, lang: Language): string {
  const t = interfaceT();
  if (!progress || progress.phase === 'reading') return t('Reading the file…');
  if (progress.phase === 'comparing') return t('Comparing with your workspace…');
  return progress.total > 0
    ? t('Checking records: {{done}} of {{total}}…', {
        done: numberIn(lang, progress.done),
        total: numberIn(lang, progress.total),
      })
    : t('Checking records…');
}
