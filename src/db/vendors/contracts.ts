import {
  checkContractField,
  migrateSignedDpa,
  newVendorContract,
  type VendorContract,
  type VendorContractField,
} from '../../domain/vendors';
import { ValidationError } from '../core/errors';
import { newId, nowIso } from '../core/ids';
import { updateRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { fromStored, type StoredEvaluation } from './evaluations';

/** A client's contract facts per vendor (DPA signed, dates): client-owned, deleted with the client. */
export function contractsForClient(database: CaioDatabase, clientId: string): Promise<VendorContract[]> {
  return database.vendorContracts.where('clientId').equals(clientId).toArray();
}

/** Saves one field of the client's contract with a vendor, creating the record on the first edit. */
export async function saveContractField(
  database: CaioDatabase,
  clientId: string,
  vendorId: string,
  field: VendorContractField,
  value: unknown,
): Promise<void> {
  await database.transaction('rw', [database.vendorContracts, database.changes], async () => {
    const existing = await database.vendorContracts
      .where('[clientId+vendorId]')
      .equals([clientId, vendorId])
      .first();
    const base = existing ?? newVendorContract({ id: newId(), clientId, vendorId, now: nowIso() });
    const checked = checkContractField(base, field, value);
    if (!checked.ok) throw new ValidationError(checked.message, field);
    if (!existing) await database.vendorContracts.add(checked.contract);
    else
      await updateRecord<VendorContract>(
        database,
        'vendorContracts',
        existing.id,
        { [field]: checked.contract[field] } as Partial<VendorContract>,
        { label: 'contract' },
      );
  });
}

/**
 * Moves "DPA: signed" from library profiles to the clients' contracts (see `migrateSignedDpa`), in one
 * transaction. Runs at every start and after the demo is loaded; a no-op once nothing is left to move.
 */
export async function migrateVendorContracts(database: CaioDatabase): Promise<number> {
  return database.transaction(
    'rw',
    [database.vendorProfiles, database.evaluations, database.vendorContracts],
    async () => {
      const signed = await database.vendorProfiles.filter((p) => p.dpa === 'signed').toArray();
      if (signed.length === 0) return 0;
      const evaluations = (await database.evaluations
        .where('vendorIds')
        .anyOf(signed.map((p) => p.id))
        .toArray()) as StoredEvaluation[];
      const contracts = await database.vendorContracts
        .where('vendorId')
        .anyOf(signed.map((p) => p.id))
        .toArray();
      const result = migrateSignedDpa(
        signed,
        [...new Map(evaluations.map((e) => [e.id, fromStored(e)])).values()],
        contracts,
        nowIso(),
        newId,
      );
      await database.vendorProfiles.bulkPut(result.profiles);
      await database.vendorContracts.bulkPut(result.contracts);
      return result.profiles.length;
    },
  );
}
