import type { HandoverChoices } from '../../domain/handover/allowList';
import {
  checkHandoverTarget,
  handoverDocuments,
  isHandoverDocId,
  planHandoverWrite,
  type HandoverDoc,
  type HandoverTarget,
} from '../../domain/handover/replication';
import type { CaioDatabase } from '../core/schema';
import { describeTables } from '../core/tables';
import type { Engine, EngineDoc, EngineOptions } from '../sync/engine';
import { createHandoverDataFile } from './handover';

/**
 * The client handover as a PouchDB replication to the client's own CouchDB: exactly the records of the handover
 * data file (the allow-list and the ticked categories), readable by the client (not sealed: it is theirs), written
 * into a temporary local database and replicated to the client's database, which must exist. The earlier
 * handover documents there are pulled first, so a second handover updates and removes instead of conflicting.
 * Afterwards the server is asked which documents it holds at the revision sent: that is the confirmation.
 */

export interface HandoverReplicationResult {
  /** Documents of this handover: the header and one per record. */
  documents: number;
  /** Of those, on the server at the revision this handover sent or left unchanged (confirmed by reading it back). */
  confirmed: number;
  /** New or changed documents sent. */
  written: number;
  unchanged: number;
  /** Documents of an earlier handover removed (records that no longer leave). */
  removed: number;
  /** Documents the server refused, with its reason. */
  refused: { id: string; reason: string }[];
}

export interface HandoverReplicationOptions {
  database: CaioDatabase;
  clientId: string;
  choices: HandoverChoices;
  appVersion: string;
  target: HandoverTarget;
  engine: Engine;
  /** Options of the temporary local database (tests: the memory adapter; the browser default is IndexedDB). */
  localOptions?: EngineOptions;
  now?: Date;
}

const BATCH = 500;

export async function replicateHandover(
  options: HandoverReplicationOptions,
): Promise<HandoverReplicationResult> {
  const { database, clientId, choices, appVersion, engine } = options;
  const target = checkHandoverTarget(options.target);
  if (!target.ok) throw new Error(target.message);
  const { file } = await createHandoverDataFile(database, clientId, choices, appVersion, options.now);
  const keyPaths = Object.fromEntries(describeTables(database).map((t) => [t.name, t.keyPath]));
  const docs = handoverDocuments(file, keyPaths);
  const tables = Object.keys(file.stores);

  const remote = new engine(target.url, {
    auth: { username: options.target.username.trim(), password: options.target.password },
    skip_setup: true,
  });
  const local = new engine(`caio-handover-${clientId}-${Date.now()}`, options.localOptions);
  try {
    await remote.info();
    const earlier = (await remote.allDocs()).rows
      .map((row) => row.id)
      .filter((id) => isHandoverDocId(id, tables));
    if (earlier.length > 0) await local.replicate.from(remote, { retry: false, doc_ids: earlier });
    const existing = earlier.length
      ? (await local.allDocs({ include_docs: true })).rows.flatMap((row) =>
          row.doc ? [row.doc as HandoverDoc] : [],
        )
      : [];
    const plan = planHandoverWrite(docs, existing);
    const changes = [...plan.write, ...plan.remove] as EngineDoc[];
    for (let start = 0; start < changes.length; start += BATCH)
      await local.bulkDocs(changes.slice(start, start + BATCH));
    const pushed = await local.replicate.to(remote, { retry: false });

    const sent = await local.allDocs({ keys: docs.map((doc) => doc._id) });
    const onServer = await remote.allDocs({ keys: docs.map((doc) => doc._id) });
    const confirmed = sent.rows.filter(
      (row, index) =>
        row.value &&
        !onServer.rows[index]?.value?.deleted &&
        onServer.rows[index]?.value?.rev === row.value.rev,
    ).length;
    return {
      documents: docs.length,
      confirmed,
      written: plan.write.length,
      unchanged: plan.unchanged,
      removed: plan.remove.length,
      refused: refusalsOf(pushed.errors ?? []),
    };
  } finally {
    await local.destroy();
  }
}

function refusalsOf(errors: unknown[]): { id: string; reason: string }[] {
  return errors.map((error) => {
    const e = error as { id?: unknown; name?: unknown; reason?: unknown; message?: unknown };
    return { id: String(e.id ?? ''), reason: String(e.reason ?? e.message ?? e.name ?? error) };
  });
}
