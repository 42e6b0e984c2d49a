import type { BackupFile } from '../backup/format';
import { sameValue } from '../shared/patch';
import { tell } from '../shared/language';
import { checkServerUrl } from '../sync/settings';

/**
 * The client handover as a replication to the client's own CouchDB: the handover data file (`createHandoverDataFile`,
 * through the allow-list) as documents the client can read, not sealed: one header document with the file's header
 * (format, versions, client, stores, checksum: with the records it makes the file again) and one document per
 * record, `{ _id: "<table>:<key>", table, record }`, the record encoded as in the file (dates as `{"$caio:date"}`).
 * A second handover to the same database updates what changed and removes what no longer leaves.
 */

export const HANDOVER_HEADER_ID = 'caio-desk-handover';

export interface HandoverDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  [field: string]: unknown;
}

/** The documents of one handover data file: the header first, then every record. */
export function handoverDocuments(
  file: BackupFile,
  keyPaths: Readonly<Record<string, string>>,
): HandoverDoc[] {
  const counts = Object.fromEntries(Object.entries(file.tables).map(([name, rows]) => [name, rows.length]));
  const header: HandoverDoc = {
    _id: HANDOVER_HEADER_ID,
    format: file.format,
    formatVersion: file.formatVersion,
    kind: file.kind,
    appVersion: file.appVersion,
    schemaVersion: file.schemaVersion,
    createdAt: file.createdAt,
    clientId: file.clientId,
    stores: file.stores,
    checksum: file.checksum,
    counts,
  };
  const records = Object.entries(file.tables).flatMap(([table, rows]) =>
    rows.map((record) => ({
      _id: `${table}:${String((record as Record<string, unknown>)[keyPaths[table] ?? 'id'])}`,
      table,
      record,
    })),
  );
  return [header, ...records];
}

/** Whether a document id is one a handover writes (the header, or `<table>:<key>` of a table of the file). */
export function isHandoverDocId(id: string, tables: readonly string[]): boolean {
  if (id === HANDOVER_HEADER_ID) return true;
  const colon = id.indexOf(':');
  return colon > 0 && tables.includes(id.slice(0, colon));
}

export interface HandoverWritePlan {
  /** New and changed documents (a changed one carries the revision it replaces). */
  write: HandoverDoc[];
  /** Documents of an earlier handover whose record no longer leaves: deletions. */
  remove: HandoverDoc[];
  unchanged: number;
}

/**
 * What to write over an earlier handover (`existing`: the database's handover documents, pulled): new documents,
 * changed ones on top of their revision, unchanged ones skipped; documents of the earlier handover that are not in
 * this one are deleted. The header's `createdAt` and `checksum` alone do not make a record change.
 */
export function planHandoverWrite(
  docs: readonly HandoverDoc[],
  existing: readonly HandoverDoc[],
): HandoverWritePlan {
  const before = new Map(existing.filter((doc) => !doc._deleted).map((doc) => [doc._id, doc]));
  const plan: HandoverWritePlan = { write: [], remove: [], unchanged: 0 };
  const content = (doc: HandoverDoc) => {
    const { _id, _rev, _conflicts, _revisions, ...rest } = doc;
    void [_id, _rev, _conflicts, _revisions];
    return rest;
  };
  for (const doc of docs) {
    const old = before.get(doc._id);
    before.delete(doc._id);
    if (old && sameValue(content(old), content(doc))) plan.unchanged++;
    else plan.write.push(old?._rev ? { ...doc, _rev: old._rev } : doc);
  }
  for (const old of before.values()) plan.remove.push({ _id: old._id, _rev: old._rev, _deleted: true });
  return plan;
}

export interface HandoverTarget {
  /** The database's address, e.g. `https://couch.client.eu/ai-register`. */
  url: string;
  username: string;
  password: string;
}

export type HandoverTargetCheck =
  | { ok: true; url: string; origin: string }
  | { ok: false; field: 'url' | 'username' | 'password'; message: string };

/** The database's address: as a sync server's (HTTPS, plain HTTP only on this computer), with a database named in the path. */
export function checkHandoverTarget(target: HandoverTarget): HandoverTargetCheck {
  const server = checkServerUrl(target.url);
  if (!server.ok) return { ok: false, field: 'url', message: server.message };
  if (server.base === server.origin)
    return {
      ok: false,
      field: 'url',
      message: tell(
        'Add the name of the client’s database to the address, e.g. https://couch.client.eu/ai-register.',
      ),
    };
  if (!target.username.trim())
    return { ok: false, field: 'username', message: tell('Enter the user name on the client’s server.') };
  if (!target.password)
    return { ok: false, field: 'password', message: tell('Enter the password on the client’s server.') };
  return { ok: true, url: server.base, origin: server.origin };
}

/** Why a handover replication failed, in words: the server's refusal, no database, or no answer. */
export function handoverFailureReason(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status;
  const message =
    error instanceof Error
      ? error.message
      : String((error as { message?: unknown } | null)?.message ?? error);
  if (status === 401)
    return tell('The client’s server refused the sign-in: check the user name and password.');
  if (status === 403) return tell('The client’s server refused: this user may not write to that database.');
  if (status === 404)
    return tell('The client’s server has no database at that address: ask the client to create it.');
  if (typeof status !== 'number' || status === 0 || /fetch|network|ECONNREFUSED/i.test(message))
    return tell('The client’s server cannot be reached.');
  return tell('The client’s server answered {{status}}: {{message}}', { status, message });
}
