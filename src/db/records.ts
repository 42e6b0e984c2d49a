import type Dexie from 'dexie';
import { beginEdit, settleEdit } from './editJournal';
import { changedFields, nextChange, type ChangeRecord } from './history';
import { newId, nowIso } from './ids';
import { clientOwnedTables, type CaioDatabase } from './schema';

export class RecordNotFoundError extends Error {
  constructor(entity: string) {
    super(`This ${entity} no longer exists. It may have been deleted in another window.`);
  }
}

interface Versioned {
  id: string;
  updatedAt: string;
  clientId?: string | null;
}

/**
 * Saves a partial edit of one record and records each changed field in the change history,
 * in one transaction. Used by every register, so history works everywhere without extra code.
 */
export async function updateRecord<T extends Versioned>(
  database: CaioDatabase,
  tableName: string,
  id: string,
  patch: Partial<T>,
  entityLabel = 'record',
  /** Who made the change when it is not the consultant, e.g. a questionnaire's respondent. */
  options: { by?: string } = {},
): Promise<void> {
  const by = options.by ?? 'consultant';
  const table = database.table<T, string>(tableName);
  // Journaled synchronously first, so the edit survives a reload that comes before the write commits.
  const journal = beginEdit(tableName, id, patch, entityLabel);
  await database.transaction('rw', [table, database.changes], async () => {
    const before = await table.get(id);
    if (!before) throw new RecordNotFoundError(entityLabel);
    const fields = changedFields(before, patch);
    if (fields.length === 0) return;
    const at = nowIso();
    await table.update(id, { ...patch, updatedAt: at } as never);
    const clientId = tableName === 'clients' ? id : (before.clientId ?? null);
    const history = await database.changes.where('[entity+entityId]').equals([tableName, id]).sortBy('at');
    for (const field of fields) {
      const previous = history.filter((c) => c.field === field).at(-1);
      const latestOverall = history.at(-1);
      const fresh: ChangeRecord = {
        id: newId(),
        clientId,
        entity: tableName,
        entityId: id,
        field,
        oldValue: (before as unknown as Record<string, unknown>)[field] ?? null,
        newValue: (patch as Record<string, unknown>)[field] ?? null,
        at,
        by,
      };
      // Only merge with the most recent change of the record by the same person, so interleaved edits stay separate.
      const change = nextChange(previous && previous.id === latestOverall?.id && previous.by === by ? previous : undefined, fresh);
      if (change === null && previous) await database.changes.delete(previous.id);
      else if (change) await database.changes.put(change);
    }
  }).then(
    () => settleEdit(journal, true),
    (error: unknown) => {
      settleEdit(journal, false);
      throw error;
    },
  );
}

/** Deletes a client and every record that belongs to it, in one transaction, and nothing else. */
export async function deleteClientCascade(database: CaioDatabase, clientId: string): Promise<void> {
  const owned = clientOwnedTables(database);
  await database.transaction('rw', [database.clients, ...owned], async () => {
    for (const table of owned) await table.where('clientId').equals(clientId).delete();
    await database.clients.delete(clientId);
  });
}

/** Counts a client's records per table, not counting its change history (used by delete confirmation). */
export async function countClientRecords(database: Dexie, clientId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of clientOwnedTables(database)) {
    if (table.name === 'changes') continue;
    counts[table.name] = await table.where('clientId').equals(clientId).count();
  }
  return counts;
}
