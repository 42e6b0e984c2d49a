import {
  libraryControlPatchSchema,
  STANDARD_CONTROLS,
  type ClientControl,
  type ControlDefinition,
  type LibraryControl,
} from '../../domain/controls';
import { controlDefinitionShape } from '../../domain/controls/validation';
import { z } from 'zod';
import { newId, nowIso } from '../core/ids';
import { deleteRecord, updateRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { parseOrThrow } from './zodIssue';

/** The consultant-wide control library: shared by all clients, copied into a client in one action. */

export async function listLibraryControls(database: CaioDatabase): Promise<LibraryControl[]> {
  const controls = await database.libraryControls.toArray();
  // The order an index on `title` gave (code units); sorted in memory since titles are not indexed.
  return controls.sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

function libraryRecord(definition: ControlDefinition, id = newId()): LibraryControl {
  const now = nowIso();
  return { id, ...definition, createdAt: now, updatedAt: now };
}

/** The stable id of a standard control in the library (the same in every workspace). */
export const standardControlId = (key: string) => `std-${key}`;

/** Adds the standard controls the library does not hold yet; returns how many were added. */
export async function addStandardLibrary(database: CaioDatabase): Promise<number> {
  return database.transaction('rw', database.libraryControls, async () => {
    const existing = new Set(await database.libraryControls.toCollection().primaryKeys());
    const fresh = STANDARD_CONTROLS.filter((c) => !existing.has(standardControlId(c.key))).map(
      ({ key, ...definition }) => libraryRecord(definition, standardControlId(key)),
    );
    await database.libraryControls.bulkAdd(fresh);
    return fresh.length;
  });
}

export async function createLibraryControl(
  database: CaioDatabase,
  input: Partial<ControlDefinition> & { title: string },
): Promise<LibraryControl> {
  const definition = parseOrThrow(z.object(controlDefinitionShape), {
    description: '',
    requirementIds: [],
    ownerRole: '',
    evidenceExpected: '',
    reviewIntervalMonths: 12,
    ...input,
  });
  const record = libraryRecord(definition);
  await database.libraryControls.add(record);
  return record;
}

export async function updateLibraryControl(
  database: CaioDatabase,
  id: string,
  patch: Partial<ControlDefinition>,
): Promise<void> {
  const values = parseOrThrow(libraryControlPatchSchema, patch);
  await updateRecord<LibraryControl>(database, 'libraryControls', id, values);
}

/** Deletes a library control; clients' copies stay (they no longer point at it). */
export async function deleteLibraryControl(database: CaioDatabase, id: string): Promise<void> {
  await database.transaction(
    'rw',
    database.libraryControls,
    database.controls,
    database.changes,
    async () => {
      for (const copy of await database.controls.where('libraryControlId').equals(id).toArray())
        await updateRecord<ClientControl>(database, 'controls', copy.id, { libraryControlId: null });
      await deleteRecord(database, 'libraryControls', id);
    },
  );
}

/** How many clients have copied each library control (never which controls they implemented). */
export async function libraryUsage(database: CaioDatabase): Promise<Map<string, number>> {
  const copies = await database.controls.where('libraryControlId').above('').toArray();
  const clients = new Map<string, Set<string>>();
  for (const c of copies)
    if (c.libraryControlId)
      clients.set(c.libraryControlId, (clients.get(c.libraryControlId) ?? new Set()).add(c.clientId));
  return new Map([...clients].map(([id, set]) => [id, set.size]));
}
