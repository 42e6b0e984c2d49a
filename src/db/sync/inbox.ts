import { DecryptionError } from '../../domain/vault/aead';
import { openDocument, SyncDocumentError, type SyncPayload } from '../../domain/sync/documents';
import { isKeyDocument } from '../../domain/sync/keys';
import { applyOrder, mergeRemote, patchTowards } from '../../domain/sync/plan';
import { addRecord, deleteRecord, updateRecord, type EditOptions } from '../core/records';
import { EditRefusedError } from '../core/errors';
import { readCheckpoint, writeCheckpoint } from './checkpoint';
import { keepConcurrentVersion, unsentEdits, versionBefore } from './concurrentEdits';
import { belongsHere, type SyncContext } from './context';

/**
 * The inbox: the local replica's changes since the checkpoint (documents the engine pulled from the
 * server) are opened, checked and applied to the app's records through the one write path
 * (`src/db/core/records.ts`: add, update or delete), marked with their author and origin, in
 * `applyOrder`. This replica's own documents are skipped. Applying a version the app already has changes
 * nothing, so a batch applied twice (a crash before the checkpoint moved) writes nothing the second time.
 * A record edited here during the sync (after the outbox ran) keeps that edit: the remote's other fields
 * are taken, and where both changed the same field this device's version is kept beside the pulled one
 * as a conflict (`concurrentEdits.ts`).
 */

const BATCH = 200;

export interface InboxProblem {
  docId: string;
  reason: string;
}

export interface InboxResult {
  /** Remote versions that changed a record here. */
  applied: number;
  /** Documents that could not be applied (refused by the app's rules, not this client's, unreadable). */
  problems: InboxProblem[];
  /** Documents with concurrent versions (the engine picked one; the others are kept for the user). */
  conflicts: string[];
}

export async function drainInbox(context: SyncContext): Promise<InboxResult> {
  const result: InboxResult = { applied: 0, problems: [], conflicts: [] };
  let checkpoint = await readCheckpoint(context.local);
  for (;;) {
    const batch = await context.local.changes({
      since: checkpoint.inSeq,
      include_docs: true,
      conflicts: true,
      limit: BATCH,
    });
    const payloads: Pulled[] = [];
    for (const change of batch.results) {
      if (!change.doc || change.id.startsWith('_') || isKeyDocument(change.id)) continue;
      const opened = openOne(context, change.doc, result);
      if (!opened) continue;
      if (opened.envelope._conflicts?.length) result.conflicts.push(change.id);
      if (opened.payload.origin !== checkpoint.origin)
        payloads.push({ ...opened.payload, rev: opened.envelope._rev });
    }
    let kept = 0;
    for (const payload of applyOrder(payloads))
      if (await applyOne(context, payload, result, checkpoint)) kept++;
    checkpoint = await writeCheckpoint(context.local, {
      ...checkpoint,
      inSeq: batch.last_seq,
      unpushed: checkpoint.unpushed + kept,
    });
    if (batch.results.length < BATCH) return result;
  }
}

function openOne(context: SyncContext, doc: { _id: string; _deleted?: boolean }, result: InboxResult) {
  if (doc._deleted) return null; // never written by the app (a deletion is a sealed document)
  try {
    return openDocument(context.key, context.clientId, doc);
  } catch (error) {
    if (!(error instanceof SyncDocumentError || error instanceof DecryptionError)) throw error;
    result.problems.push({ docId: doc._id, reason: error.message });
    return null;
  }
}

type Pulled = SyncPayload & { rev: string };

/** Applies one pulled version; true when it met an edit made here during the sync and was kept as a conflict. */
async function applyOne(
  context: SyncContext,
  payload: Pulled,
  result: InboxResult,
  checkpoint: { origin: string; outSeq: number },
): Promise<boolean> {
  const docId = `${payload.table}:${payload.id}`;
  if (!belongsHere(context, payload, payload.record)) {
    result.problems.push({ docId, reason: 'It does not belong to this client.' });
    return false;
  }
  const { database } = context;
  const options: EditOptions = { by: payload.by, syncedFrom: payload.origin };
  try {
    const current = (await database.table(payload.table).get(payload.id)) as
      Record<string, unknown> | undefined;
    const unsent = await unsentEdits(context, payload, checkpoint.outSeq);
    if (unsent.length) {
      const base = await versionBefore(context, payload, payload.rev);
      const { patch, contested } = mergeRemote(current ?? {}, payload.record ?? {}, unsent, base);
      const bothWays = !current || !payload.record;
      if (!bothWays && Object.keys(patch).length) {
        await updateRecord(database, payload.table, payload.id, patch, options);
        result.applied++;
      }
      if (!bothWays && contested.length === 0) return false;
      const mine = (await database.table(payload.table).get(payload.id)) as
        Record<string, unknown> | undefined;
      const shown = await keepConcurrentVersion(
        context,
        payload,
        payload.rev,
        mine ?? null,
        checkpoint.origin,
      );
      result.conflicts.push(docId);
      await applyVersion(context, { ...payload, record: shown }, mine, options, result);
      return true;
    }
    await applyVersion(context, payload, current, options, result);
  } catch (error) {
    if (!(error instanceof EditRefusedError)) throw error;
    result.problems.push({ docId, reason: error.message });
  }
  return false;
}

/** Makes the app's record what `payload` says (added, patched or deleted through the one write path). */
async function applyVersion(
  context: SyncContext,
  payload: Pick<SyncPayload, 'table' | 'id' | 'record'>,
  current: Record<string, unknown> | undefined,
  options: EditOptions,
  result: InboxResult,
): Promise<void> {
  const { database } = context;
  if (!payload.record) {
    if (current && (await deleteRecord(database, payload.table, payload.id, options))) result.applied++;
  } else if (!current) {
    await addRecord(database, payload.table, payload.record as never, options);
    result.applied++;
  } else {
    const patch = patchTowards(current, payload.record);
    if (Object.keys(patch).length === 0) return;
    const edit = await updateRecord(database, payload.table, payload.id, patch, options);
    if (edit.changed.length) result.applied++;
  }
}
