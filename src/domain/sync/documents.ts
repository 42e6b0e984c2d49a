import { z } from 'zod';
import { decodeValue, encodeValue } from '../backup/encoding';
import { fromBase64, fromUtf8, open, seal, toBase64, utf8 } from '../vault/aead';

/**
 * What a synced record looks like on the server: one document per record, `_id` = `<table>:<record id>`,
 * and its content sealed with the client's key (AES-256-GCM; the additional data binds it to the client
 * and the document id, so a ciphertext moved to another document or client's database does not open).
 * The server sees ids, revisions and ciphertext only. A deletion is a document whose record is `null`
 * (sealed like any other), so an edit and a deletion of one record meet as a conflict, not a silent loss.
 */

export const SYNC_FORMAT = 1;

export interface RecordRef {
  table: string;
  id: string;
}

/** The sealed content of one document. */
export interface SyncPayload extends RecordRef {
  /** The record as the author's app stored it; `null` when it was deleted. */
  record: Record<string, unknown> | null;
  /** Who wrote this version (the consultant's sign-in name). */
  by: string;
  /** The replica that wrote it (a random id per device and client), so a device skips its own documents. */
  origin: string;
  at: string;
}

export const payloadSchema = z.object({
  table: z.string().min(1).max(100),
  id: z.string().min(1).max(200),
  record: z.record(z.string(), z.unknown()).nullable(),
  by: z.string().max(200),
  origin: z.string().min(1).max(100),
  at: z.string().max(40),
});

/** A document as it comes from the server (only what the adapter reads is checked; the rest is PouchDB's). */
export const envelopeSchema = z.object({
  _id: z.string().min(1).max(400),
  _rev: z.string().min(1),
  _conflicts: z.array(z.string()).optional(),
  v: z.literal(SYNC_FORMAT),
  c: z.string().min(1),
});

export type Envelope = z.infer<typeof envelopeSchema>;

export function docIdOf(ref: RecordRef): string {
  return `${ref.table}:${ref.id}`;
}

export function refOf(docId: string): RecordRef | null {
  const at = docId.indexOf(':');
  return at > 0 && at < docId.length - 1 ? { table: docId.slice(0, at), id: docId.slice(at + 1) } : null;
}

function aad(clientId: string, docId: string): Uint8Array {
  return utf8(`caio-desk sync ${SYNC_FORMAT}\u0000${clientId}\u0000${docId}`);
}

/** The document body (without `_id`/`_rev`) for a payload. */
export function sealPayload(
  key: Uint8Array,
  clientId: string,
  payload: SyncPayload,
): { v: number; c: string } {
  const text = JSON.stringify(encodeValue(payload));
  return { v: SYNC_FORMAT, c: toBase64(seal(key, utf8(text), aad(clientId, docIdOf(payload)))) };
}

export class SyncDocumentError extends Error {
  constructor(
    readonly docId: string,
    reason: string,
  ) {
    super(`Document ${docId}: ${reason}`);
    this.name = 'SyncDocumentError';
  }
}

/** Checks and opens a document from the server. Throws SyncDocumentError (malformed) or DecryptionError. */
export function openDocument(
  key: Uint8Array,
  clientId: string,
  doc: unknown,
): { envelope: Envelope; payload: SyncPayload } {
  const envelope = envelopeSchema.safeParse(doc);
  const id = typeof (doc as { _id?: unknown })?._id === 'string' ? (doc as { _id: string })._id : '?';
  if (!envelope.success) throw new SyncDocumentError(id, 'not a CAIO Desk document');
  const bytes = open(key, fromBase64(envelope.data.c), aad(clientId, envelope.data._id));
  const parsed = payloadSchema.safeParse(decodeValue(JSON.parse(fromUtf8(bytes))));
  if (!parsed.success) throw new SyncDocumentError(id, 'its content is not a record');
  if (docIdOf(parsed.data) !== envelope.data._id)
    throw new SyncDocumentError(id, 'its content names another record');
  return { envelope: envelope.data, payload: parsed.data };
}
