import { replayPendingEdits } from '../../db/core/editJournal';
import { updateRecord } from '../../db/core/records';
import { db } from '../../db/core/schema';
import { migrateSystemLinks } from '../../db/portfolio/useCaseSystems';
import { migrateVendorContracts } from '../../db/vendors/contracts';

/**
 * The start-up work that needs the write path and the domain rules (loaded on demand, see `startupWork`
 * in vaultControl.ts): so the first screen's JavaScript carries none of it.
 */

/** Edits interrupted by a reload or crash are replayed. */
export async function replayInterruptedEdits(): Promise<void> {
  await replayPendingEdits((edit) =>
    updateRecord(db, edit.table, edit.id, edit.patch, { label: edit.label }).then(() => undefined),
  );
}

/**
 * Data kept in older shapes moves onto the current ones: contract facts written before they were per
 * client ("DPA: signed" in the library) move to the clients, and the charter's free-text AI system entry
 * onto the AI system entries. Neither is on the home screen; both do nothing once applied.
 */
export async function migrateOldShapes(): Promise<void> {
  await migrateVendorContracts(db);
  await migrateSystemLinks(db);
}
