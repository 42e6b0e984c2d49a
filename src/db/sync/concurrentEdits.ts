import { docIdOf, openDocument, sealPayload, type SyncPayload } from '../../domain/sync/documents';
import type { UnsentEdit } from '../../domain/sync/plan';
import { newId, nowIso } from '../core/ids';
import type { SyncContext } from './context';

/**
 * Edits made on this device while a sync ran (after its outbox, before its inbox): the inbox must not write
 * a pulled version over them. What this device changed of a record and has not sent yet is read from the
 * change log; a concurrent version is placed in the replica beside the pulled one, as the engine would have
 * if the edit had been sent first, so the conflict is kept for the user and reaches the other devices.
 */

/** This device's change-log entries of the record made after the outbox's checkpoint (`outSeq`). */
export async function unsentEdits(
  context: Pick<SyncContext, 'database'>,
  payload: Pick<SyncPayload, 'table' | 'id'>,
  outSeq: number,
): Promise<UnsentEdit[]> {
  const entries = await context.database.changes
    .where('[entity+entityId]')
    .equals([payload.table, payload.id])
    .toArray();
  return entries.filter((entry) => !entry.syncedFrom && (entry.seq ?? 0) > outSeq);
}

/**
 * The version of the document this replica had before `rev` was pulled: the newest ancestor of `rev` whose
 * content is here (the engine keeps the content of the revisions this replica wrote or applied, and pulls
 * only the newest content of a remote's revisions). Null when there is none.
 */
export async function versionBefore(
  context: SyncContext,
  payload: Pick<SyncPayload, 'table' | 'id'>,
  rev: string,
): Promise<Record<string, unknown> | null> {
  const { local, key, clientId } = context;
  const docId = docIdOf(payload);
  const history = (await local.get(docId, { rev, revs: true }))._revisions;
  if (!history) return null;
  for (const [back, hash] of history.ids.entries()) {
    if (back === 0) continue;
    try {
      const doc = await local.get(docId, { rev: `${history.start - back}-${hash}` });
      return openDocument(key, clientId, doc).payload.record;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  return null;
}

/**
 * Writes `record` (this device's version; null: deleted here) as a sibling of the pulled revision `rev`
 * (same parent), and returns the record of the version the engine now picks, which the app shows.
 */
export async function keepConcurrentVersion(
  context: SyncContext,
  payload: Pick<SyncPayload, 'table' | 'id'>,
  rev: string,
  record: Record<string, unknown> | null,
  origin: string,
): Promise<Record<string, unknown> | null> {
  const { local, key, clientId, author } = context;
  const docId = docIdOf(payload);
  const pulled = await local.get(docId, { rev, revs: true });
  const start = pulled._revisions?.start ?? Number(rev.split('-')[0]);
  const parents = pulled._revisions?.ids.slice(1) ?? [];
  const hash = newId().replace(/-/g, '');
  const sealed = sealPayload(key, clientId, { ...payload, record, by: author, origin, at: nowIso() });
  const doc = {
    _id: docId,
    _rev: `${start}-${hash}`,
    _revisions: { start, ids: [hash, ...parents] },
    ...sealed,
  };
  const [written] = await local.bulkDocs([doc], { new_edits: false });
  if (written?.error)
    throw new Error(`The local replica refused ${docId}: ${written.reason ?? written.name}`);
  return openDocument(key, clientId, await local.get(docId)).payload.record;
}
