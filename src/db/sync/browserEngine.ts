import type { Engine } from './engine';

/** The engine in the app: PouchDB with IndexedDB, loaded (as its own chunk) only once sync is configured. */
export async function loadBrowserEngine(): Promise<Engine> {
  return (await import('pouchdb-browser')).default;
}
