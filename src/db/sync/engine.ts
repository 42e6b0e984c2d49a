/**
 * The part of PouchDB (the replication engine) that the sync adapter uses, typed here so that nothing else in
 * the app depends on PouchDB's API. Checkpoints, retries, revision trees and conflict detection are PouchDB's
 * and CouchDB's; the adapter only turns records into documents and back.
 */

export interface EngineDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  /** The revision's ancestry (with `revs: true`; written with `new_edits: false` to place a revision). */
  _revisions?: { start: number; ids: string[] };
  [field: string]: unknown;
}

export interface EngineWriteResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  status?: number;
  name?: string;
  reason?: string;
  message?: string;
}

export interface EngineChange {
  id: string;
  seq: number | string;
  deleted?: boolean;
  doc?: EngineDoc;
}

export interface ReplicationResult {
  ok: boolean;
  docs_read?: number;
  docs_written: number;
  doc_write_failures?: number;
  errors?: unknown[];
}

export interface ReplicationOptions {
  /** Stop at the first error instead of retrying (the adapter decides when to try again). */
  retry?: boolean;
  batch_size?: number;
  /** Only these documents (the handover pulls its own earlier documents, `src/db/handover/replicate.ts`). */
  doc_ids?: string[];
}

export interface EngineDatabase {
  readonly name: string;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  get(id: string, options?: { conflicts?: boolean; rev?: string; revs?: boolean }): Promise<EngineDoc>;
  put(doc: EngineDoc): Promise<EngineWriteResult>;
  /** With `new_edits: false` the documents keep the revisions they carry (how a concurrent version is placed). */
  bulkDocs(docs: EngineDoc[], options?: { new_edits?: boolean }): Promise<EngineWriteResult[]>;
  allDocs(options?: { include_docs?: boolean; conflicts?: boolean; keys?: string[] }): Promise<{
    total_rows: number;
    rows: { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: EngineDoc }[];
  }>;
  changes(options: {
    since: number | string;
    include_docs?: boolean;
    conflicts?: boolean;
    limit?: number;
  }): Promise<{ results: EngineChange[]; last_seq: number | string }>;
  replicate: {
    to(target: EngineDatabase, options?: ReplicationOptions): Promise<ReplicationResult>;
    from(source: EngineDatabase, options?: ReplicationOptions): Promise<ReplicationResult>;
  };
  close(): Promise<void>;
  destroy(): Promise<unknown>;
}

export interface EngineOptions {
  adapter?: string;
  auth?: { username: string; password: string };
  /** Do not create a remote database that does not exist (the practice owner creates them). */
  skip_setup?: boolean;
}

export interface Engine {
  new (name: string, options?: EngineOptions): EngineDatabase;
  plugin(plugin: unknown): Engine;
  defaults(options: EngineOptions): Engine;
}
