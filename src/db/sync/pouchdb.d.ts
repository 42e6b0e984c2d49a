// pouchdb-browser ships no types; the adapter uses only the part typed in `engine.ts`.
declare module 'pouchdb-browser' {
  import type { Engine } from './engine';
  const PouchDB: Engine;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
