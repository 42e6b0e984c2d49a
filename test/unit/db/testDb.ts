import { CaioDatabase } from '../../../src/db/core/schema';

let counter = 0;
/** A fresh, empty database on fake-indexeddb for one test. */
export async function freshDb(): Promise<CaioDatabase> {
  const database = new CaioDatabase(`test-${Date.now()}-${counter++}`);
  await database.open();
  return database;
}
