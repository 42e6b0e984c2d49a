import { tell } from '../../domain/shared/language';
import { byName } from '../core/sortByName';
import {
  createVendorProfile,
  updateVendorProfile,
  vendorUsage,
  type VendorProfile,
  type VendorProfileInput,
  type VendorUsage,
} from '../../domain/vendors';
import { newId, nowIso } from '../core/ids';
import { deleteRecord, RecordNotFoundError, updateRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { evaluationsOfVendor } from './evaluations';
import { DuplicateVendorError, RefusedError } from './errors';

/**
 * The consultant-wide vendor library. Profiles hold facts, never a client's scores; they have no
 * clientId, so deleting a client keeps them. Names are unique (case- and space-insensitive).
 */

export async function listVendorProfiles(database: CaioDatabase): Promise<VendorProfile[]> {
  return byName(await database.vendorProfiles.toArray());
}

/** Adds a profile; a name already in the library throws DuplicateVendorError naming the existing profile. */
export async function addVendorProfile(
  database: CaioDatabase,
  input: VendorProfileInput,
): Promise<VendorProfile> {
  return database.transaction('rw', database.vendorProfiles, async () => {
    const existing = await database.vendorProfiles.toArray();
    const result = createVendorProfile(input, existing, nowIso(), newId);
    if (!result.ok) {
      throw result.duplicateOf
        ? new DuplicateVendorError(result.reasons, result.duplicateOf)
        : new RefusedError(result.reasons);
    }
    await database.vendorProfiles.add(result.profile);
    return result.profile;
  });
}

/**
 * Saves edits of a profile (validated, with change history); a clashing new name is refused.
 * `edit` may be a function of the stored profile, for edits of one item in a list (sub-processors).
 */
export async function updateVendorProfileFields(
  database: CaioDatabase,
  id: string,
  edit: Partial<VendorProfileInput> | ((profile: VendorProfile) => Partial<VendorProfileInput>),
): Promise<void> {
  await database.transaction('rw', [database.vendorProfiles, database.changes], async () => {
    const profile = await database.vendorProfiles.get(id);
    if (!profile) throw new RecordNotFoundError('vendor profile');
    const changes = typeof edit === 'function' ? edit(profile) : edit;
    const others = await database.vendorProfiles.toArray();
    const result = updateVendorProfile(profile, changes, others, nowIso());
    if (!result.ok) {
      throw result.duplicateOf
        ? new DuplicateVendorError(result.reasons, result.duplicateOf)
        : new RefusedError(result.reasons);
    }
    const patch: Partial<VendorProfile> = {};
    for (const key of Object.keys(changes) as Array<keyof VendorProfile>)
      (patch as Record<string, unknown>)[key] = result.profile[key];
    await updateRecord<VendorProfile>(database, 'vendorProfiles', id, patch);
  });
}

export const VENDOR_IN_USE_MESSAGE =
  'This vendor is part of client evaluations, so it stays in the library. Remove it from those evaluations first.';

/** Deletes a profile that no evaluation uses. */
export async function deleteVendorProfile(database: CaioDatabase, id: string): Promise<void> {
  await database.transaction(
    'rw',
    [database.vendorProfiles, database.evaluations, database.changes],
    async () => {
      const uses = await database.evaluations.where('vendorIds').equals(id).count();
      if (uses > 0) throw new RefusedError([tell(VENDOR_IN_USE_MESSAGE)]);
      await deleteRecord(database, 'vendorProfiles', id);
    },
  );
}

/** Which clients use or evaluated a vendor: names, evaluation titles, status and decision only. */
export async function usageOfVendor(database: CaioDatabase, vendorId: string): Promise<VendorUsage[]> {
  const evaluations = await evaluationsOfVendor(database, vendorId);
  const clientIds = [...new Set(evaluations.map((e) => e.clientId))];
  const clients = (await database.clients.bulkGet(clientIds)).filter((c) => c !== undefined);
  return vendorUsage(
    vendorId,
    evaluations,
    clients.map((c) => ({ id: c.id, name: c.name })),
  );
}

/** Per vendor: how many distinct clients use or evaluated it (for the library list). */
export async function clientCountsByVendor(
  database: CaioDatabase,
  vendorIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await Promise.all(
    vendorIds.map(async (vendorId) => {
      const clientIds = new Set<string>();
      await database.evaluations
        .where('vendorIds')
        .equals(vendorId)
        .each((e) => clientIds.add(e.clientId));
      counts.set(vendorId, clientIds.size);
    }),
  );
  return counts;
}

/** Demo library entries (ids starting with "demo-") that no remaining evaluation uses are removed with the demo. */
export async function removeDemoVendorLibrary(database: CaioDatabase): Promise<void> {
  await database.transaction(
    'rw',
    [database.vendorProfiles, database.criteriaTemplates, database.evaluations],
    async () => {
      const demoProfiles = await database.vendorProfiles.where('id').startsWith('demo-').primaryKeys();
      for (const id of demoProfiles) {
        if ((await database.evaluations.where('vendorIds').equals(id).count()) === 0)
          await database.vendorProfiles.delete(id);
      }
      await database.criteriaTemplates.where('id').startsWith('demo-').delete();
    },
  );
}
