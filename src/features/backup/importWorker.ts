/// <reference lib="webworker" />
import { analyseBackupText } from '../../db/backup/import';
import { db } from '../../db/core/schema';
import { initVault, unlockVault } from '../../db/vault/vault';
import type { ImportWorkerReply, ImportWorkerRequest } from './importWorkerProtocol';

/**
 * The whole import check off the window's thread: reading the file, parsing, checksum, every record
 * check and the comparison with the workspace (this worker opens its own connection to the same
 * database, read-only use). Progress is posted as it goes; the window never freezes, even at 100 MB.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: ImportWorkerReply) => scope.postMessage(reply);

scope.onmessage = async (event: MessageEvent<ImportWorkerRequest>) => {
  try {
    const text = await event.data.file.text();
    if (await initVault(db)) {
      if (!event.data.master || !(await unlockVault(db, { master: event.data.master })))
        throw new Error('the workspace is locked');
    }
    const result = await analyseBackupText(db, text, (progress) => post({ type: 'progress', progress }));
    // The parsed file's raw tables are not needed after the check (the decoded records are): not sent back.
    post({
      type: 'done',
      result: result.ok
        ? { ok: true, value: { ...result.value, file: { ...result.value.file, tables: {} } } }
        : result,
    });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
