import {
  docIdOf,
  openDocument,
  sealPayload,
  type RecordRef,
  type SyncPayload,
} from '../../domain/sync/documents';
import { lastSeq, touchedRecords } from '../../domain/sync/plan';
import { sameValue } from '../../domain/shared/patch';
import { nowIso } from '../core/ids';
import { readCheckpoint, writeCheckpoint } from './checkpoint';
import { clientRecordRefs, syncedTables, type SyncContext } from './context';
import type { EngineDoc } from './engine';

/**
 * The outbox: the change log's entries of this client since the checkpoint (those this device made, not
 * those that arrived through sync) say which records changed; records the replica has never seen (made
 * before sync was on, or created without an entry) go out too. Each goes into the local replica as its
 * whole current state, sealed; a record that is gone goes out as a deletion. Nothing is written when the
 * replica already holds the same version, so running it twice writes nothing the second time.
 */

const BATCH = 200;

export interface OutboxResult {
  /** Documents written into the local replica (sent to the server by the next push). */
  written: number;
}

export async function fillOutbox(context: SyncContext): Promise<OutboxResult> {
  const { database, clientId, local } = context;
  const checkpoint = await readCheckpoint(local);
  const tables = new Set(syncedTables(database));
  const entries = (await database.changes.where('clientId').equals(clientId).toArray()).filter(
    (entry) => !entry.syncedFrom && (entry.seq ?? 0) > checkpoint.outSeq && tables.has(entry.entity),
  );
  const known = new Set((await local.allDocs()).rows.map((row) => row.id));
  const unseen = (await clientRecordRefs(context)).filter((ref) => !known.has(docIdOf(ref)));
  const refs = dedupe([...touchedRecords(entries), ...unseen]);
  let written = 0;
  for (let start = 0; start < refs.length; start += BATCH)
    written += await writeBatch(context, refs.slice(start, start + BATCH), checkpoint.origin);
  await writeCheckpoint(local, {
    ...checkpoint,
    outSeq: lastSeq(entries, checkpoint.outSeq),
    unpushed: checkpoint.unpushed + written,
  });
  return { written };
}

/** This device's changes of the client not yet on the server: records not in the replica, documents not pushed. */
export async function pendingCount(
  context: Pick<SyncContext, 'database' | 'clientId' | 'local'>,
): Promise<number> {
  const checkpoint = await readCheckpoint(context.local);
  const entries = await context.database.changes.where('clientId').equals(context.clientId).toArray();
  const tables = new Set(syncedTables(context.database));
  const unsent = touchedRecords(
    entries.filter((e) => !e.syncedFrom && (e.seq ?? 0) > checkpoint.outSeq && tables.has(e.entity)),
  );
  const known = new Set((await context.local.allDocs()).rows.map((row) => row.id));
  const unseen = (await clientRecordRefs(context)).filter((ref) => !known.has(docIdOf(ref)));
  return dedupe([...unsent, ...unseen]).length + checkpoint.unpushed;
}

function dedupe(refs: RecordRef[]): RecordRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => !seen.has(docIdOf(ref)) && Boolean(seen.add(docIdOf(ref))));
}

async function writeBatch(context: SyncContext, refs: RecordRef[], origin: string): Promise<number> {
  const { database, local, key, clientId, author } = context;
  const existing = await local.allDocs({ keys: refs.map(docIdOf), include_docs: true });
  const docs: EngineDoc[] = [];
  for (const [index, ref] of refs.entries()) {
    const stored = existing.rows[index]?.doc;
    const record =
      ((await database.table(ref.table).get(ref.id)) as Record<string, unknown> | undefined) ?? null;
    if (!record && !stored) continue;
    if (stored && sameValue(openDocument(key, clientId, stored).payload.record, record)) continue;
    const payload: SyncPayload = { ...ref, record, by: author, origin, at: nowIso() };
    docs.push({
      _id: docIdOf(ref),
      ...(stored?._rev ? { _rev: stored._rev } : {}),
      ...sealPayload(key, clientId, payload),
    });
  }
  if (docs.length === 0) return 0;
  const results = await local.bulkDocs(docs);
  const failed = results.find((result) => result.error);
  if (failed)
    throw new Error(
      `The local replica refused ${failed.id}: ${failed.reason ?? failed.message ?? failed.name}`,
    );
  return docs.length;
}
