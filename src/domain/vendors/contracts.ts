import { tell } from '../shared/language';
import { z } from 'zod';
import type { Evaluation } from './evaluation';
import type { VendorProfile } from './profile';

/**
 * A client's contract facts with a vendor: whether THIS client signed the DPA, and the contract dates.
 * They belong to the client's relation with the vendor, never to the consultant-wide library (where a
 * "DPA: signed" would silently claim a signature for every other client too).
 */

const isoDateOrEmpty = z.union([
  z.literal(''),
  z.iso.date({ error: () => tell('Date must be a valid date (YYYY-MM-DD)') }),
]);

export const VendorContractSchema = z
  .object({
    id: z.string().min(1),
    clientId: z.string().min(1),
    vendorId: z.string().min(1),
    dpaSigned: z.boolean().default(false),
    dpaSignedOn: isoDateOrEmpty.default(''),
    contractStart: isoDateOrEmpty.default(''),
    contractEnd: isoDateOrEmpty.default(''),
    /** Renewal / notice date: the last day to give notice (feeds the planning view). */
    noticeBy: isoDateOrEmpty.default(''),
    notes: z.string().trim().default(''),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .superRefine((c, ctx) => {
    if (c.contractStart && c.contractEnd && c.contractEnd < c.contractStart)
      ctx.addIssue({
        code: 'custom',
        message: tell('The contract cannot end before it starts.'),
        path: ['contractEnd'],
      });
  });
export type VendorContract = z.infer<typeof VendorContractSchema>;
export type VendorContractField =
  'dpaSigned' | 'dpaSignedOn' | 'contractStart' | 'contractEnd' | 'noticeBy' | 'notes';

export function newVendorContract(input: {
  id: string;
  clientId: string;
  vendorId: string;
  now: string;
}): VendorContract {
  return {
    id: input.id,
    clientId: input.clientId,
    vendorId: input.vendorId,
    dpaSigned: false,
    dpaSignedOn: '',
    contractStart: '',
    contractEnd: '',
    noticeBy: '',
    notes: '',
    createdAt: input.now,
    updatedAt: input.now,
  };
}

/** Validates one edited field of a contract; the message names the field. */
export function checkContractField(
  contract: VendorContract,
  field: VendorContractField,
  value: unknown,
): { ok: true; contract: VendorContract } | { ok: false; message: string } {
  const next = VendorContractSchema.safeParse({
    ...contract,
    [field]: typeof value === 'string' ? value.trim() : value,
  });
  if (next.success) return { ok: true, contract: next.data };
  const issue = next.error.issues[0];
  return { ok: false, message: issue.message };
}

/** The DPA status to show for one client: signed only when this client signed it. */
export function clientDpaStatus(
  profile: Pick<VendorProfile, 'dpa'>,
  contract: Pick<VendorContract, 'dpaSigned'> | undefined,
): VendorProfile['dpa'] {
  if (contract?.dpaSigned) return 'signed';
  return profile.dpa === 'signed' ? 'available' : profile.dpa;
}

export const MIGRATED_DPA_NOTE =
  'Moved from the vendor library, which said "DPA: signed". Check that this client signed it, and when.';

/**
 * Migration of data written before contract facts were per client: a library profile with
 * `dpa: 'signed'` becomes `dpa: 'available'` (the vendor offers one), and the signature moves to the
 * clients that selected the vendor (or, when none did, every client that evaluated it), each with a note
 * asking to check. Clients that already have a contract record keep it (only `dpaSigned` is set).
 * Pure and idempotent: running it again changes nothing.
 */
export function migrateSignedDpa(
  profiles: readonly VendorProfile[],
  evaluations: readonly Pick<Evaluation, 'clientId' | 'vendors'>[],
  contracts: readonly VendorContract[],
  now: string,
  newId: () => string,
): { profiles: VendorProfile[]; contracts: VendorContract[] } {
  const changedProfiles: VendorProfile[] = [];
  const written = new Map<string, VendorContract>();
  const key = (clientId: string, vendorId: string) => `${clientId}\u0000${vendorId}`;
  const existing = new Map(contracts.map((c) => [key(c.clientId, c.vendorId), c]));
  for (const profile of profiles) {
    if (profile.dpa !== 'signed') continue;
    changedProfiles.push({ ...profile, dpa: 'available', updatedAt: now });
    const using = evaluations.filter((e) => e.vendors.some((v) => v.vendorId === profile.id));
    const selected = using.filter((e) =>
      e.vendors.some((v) => v.vendorId === profile.id && v.decision?.outcome === 'selected'),
    );
    for (const clientId of new Set((selected.length > 0 ? selected : using).map((e) => e.clientId))) {
      const k = key(clientId, profile.id);
      const before = written.get(k) ?? existing.get(k);
      if (before?.dpaSigned) continue;
      const base = before ?? newVendorContract({ id: newId(), clientId, vendorId: profile.id, now });
      written.set(k, {
        ...base,
        dpaSigned: true,
        notes: [base.notes, MIGRATED_DPA_NOTE].filter(Boolean).join('\n'),
        updatedAt: now,
      });
    }
  }
  return { profiles: changedProfiles, contracts: [...written.values()] };
}

/** The library profiles as one client sees them: "signed" only where that client's contract says so. */
export function withClientDpa<P extends Pick<VendorProfile, 'id' | 'dpa'>>(
  profiles: readonly P[],
  contracts: readonly Pick<VendorContract, 'vendorId' | 'dpaSigned'>[],
): P[] {
  const byVendor = new Map(contracts.map((c) => [c.vendorId, c]));
  return profiles.map((p) => ({ ...p, dpa: clientDpaStatus(p, byVendor.get(p.id)) }));
}
