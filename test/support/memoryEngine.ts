/**
 * The app's engine (`pouchdb-browser`) for node tests: its IndexedDB adapter does not run on fake-indexeddb
 * (PouchDB's blob check aborts the transaction), so local databases use PouchDB's memory adapter; the HTTP
 * adapter and replication are the app's own. pouchdb-browser reads `self` when it loads.
 */
import type { Engine } from '../../src/db/sync/engine';

const scope = globalThis as { self?: unknown };
scope.self ??= globalThis;
const { default: PouchDB } = await import('pouchdb-browser');
const { default: memoryAdapter } = await import('pouchdb-adapter-memory');
PouchDB.plugin(memoryAdapter);

export const engine: Engine = PouchDB;

let count = 0;
/** A fresh local database (memory), named uniquely for one test. */
export function localDatabase(prefix = 'local') {
  return new PouchDB(`${prefix}-${Date.now()}-${count++}`, { adapter: 'memory' });
}
