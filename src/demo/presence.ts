import { deleteClientCascade } from '../db/core/records';
import type { CaioDatabase } from '../db/core/schema';
import { removeDemoVendorLibrary } from '../db/vendors/library';

/**
 * Whether the demo workspace is loaded, and its removal: kept apart from the seed data
 * (`workspace.ts`), which is loaded only when the user asks for the demo.
 */
export async function hasDemoWorkspace(database: CaioDatabase): Promise<boolean> {
  return (await database.clients.filter((client) => client.isDemo).count()) > 0;
}

/** Removes every demo client with all its records; the user's own clients are untouched. */
export async function removeDemoWorkspace(database: CaioDatabase): Promise<void> {
  const demoClients = await database.clients.filter((client) => client.isDemo).primaryKeys();
  for (const id of demoClients) await deleteClientCascade(database, id);
  await removeDemoVendorLibrary(database);
}
