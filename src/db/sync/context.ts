import type { CaioDatabase } from '../core/schema';
import { clientOwnedTables } from '../core/schema';
import type { RecordRef } from '../../domain/sync/documents';
import type { EngineDatabase } from './engine';

/** One client's sync: the app's database, the client's key, its local replica and the signed-in author. */
export interface SyncContext {
  database: CaioDatabase;
  clientId: string;
  /** The client's data key: documents are sealed with it before they reach the replica or the server. */
  key: Uint8Array;
  /** The client's local replica (PouchDB); the engine replicates it with the server. */
  local: EngineDatabase;
  /** The author written into documents and, on the other side, into the change log. */
  author: string;
}

/** The change log is per device (remote edits become entries of their own), so it is not synced. */
const NOT_SYNCED = new Set(['changes']);

/** The tables whose records belong to the client and are synced, plus `clients` for its own record. */
export function syncedTables(database: CaioDatabase): string[] {
  return [
    'clients',
    ...clientOwnedTables(database)
      .map((t) => t.name)
      .filter((name) => !NOT_SYNCED.has(name)),
  ];
}

/** Every record of the client, by table and id (keys only: nothing is decrypted). */
export async function clientRecordRefs(
  context: Pick<SyncContext, 'database' | 'clientId'>,
): Promise<RecordRef[]> {
  const { database, clientId } = context;
  const refs: RecordRef[] = [];
  if (await database.clients.get(clientId)) refs.push({ table: 'clients', id: clientId });
  for (const table of syncedTables(database).filter((name) => name !== 'clients')) {
    const ids = await database.table(table).where('clientId').equals(clientId).primaryKeys();
    for (const id of ids) refs.push({ table, id: String(id) });
  }
  return refs;
}

/** Whether a record from a document belongs where it claims: a synced table, this client, its own id. */
export function belongsHere(
  context: SyncContext,
  ref: RecordRef,
  record: Record<string, unknown> | null,
): boolean {
  if (!syncedTables(context.database).includes(ref.table)) return false;
  if (ref.table === 'clients') return ref.id === context.clientId && (!record || record.id === ref.id);
  return !record || (record.id === ref.id && record.clientId === context.clientId);
}
