import { tell } from '../shared/language';
import type { EvaluationStatus, VendorDecisionValue } from './constants';
import { zodMessages, type Evaluation } from './evaluation';
import {
  VendorProfileFieldsSchema,
  type VendorProfile,
  type VendorProfileInput,
  type VendorRef,
} from './profile';

/**
 * The consultant-wide vendor library: one profile per vendor, reused across clients.
 * Names are compared case- and space-insensitively, so "Acme AI" and " acme  ai " are the same vendor
 * and the UI can offer to reuse the existing profile.
 */

/** Lower-case, Unicode-normalised (NFKC), trimmed, inner whitespace collapsed to one space. */
export function normaliseVendorName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The existing profile with the same normalised name, if any (ignoring `exceptId`, e.g. when renaming). */
export function findDuplicateVendor<T extends VendorRef>(
  name: string,
  profiles: readonly T[],
  exceptId?: string,
): T | undefined {
  const key = normaliseVendorName(name);
  if (!key) return undefined;
  return profiles.find((p) => p.id !== exceptId && normaliseVendorName(p.name) === key);
}

export function duplicateVendorMessage(existing: VendorRef): string {
  return tell(
    'A vendor named "{{name}}" is already in your library. Use the existing profile instead of adding it twice.',
    { name: existing.name },
  );
}

export type VendorNameCheck = { ok: true } | { ok: false; reasons: string[]; duplicateOf?: VendorRef };

/** Checks a name for a new or renamed profile: required and not already in the library. */
export function checkVendorName(
  name: string,
  profiles: readonly VendorRef[],
  exceptId?: string,
): VendorNameCheck {
  if (!normaliseVendorName(name)) return { ok: false, reasons: [tell('Vendor name is required')] };
  const duplicate = findDuplicateVendor(name, profiles, exceptId);
  return duplicate
    ? { ok: false, reasons: [duplicateVendorMessage(duplicate)], duplicateOf: duplicate }
    : { ok: true };
}

/** Groups of profiles that share a normalised name (e.g. after an import), largest first. */
export function findDuplicateGroups<T extends VendorRef>(profiles: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const p of profiles) {
    const key = normaliseVendorName(p.name);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => b.length - a.length);
}

export type ProfileChange =
  { ok: true; profile: VendorProfile } | { ok: false; reasons: string[]; duplicateOf?: VendorRef };

/** Validates the fields and refuses a duplicate name; returns a new library profile. */
export function createVendorProfile(
  input: VendorProfileInput,
  profiles: readonly VendorRef[],
  now: string,
  newId: () => string = () => crypto.randomUUID(),
): ProfileChange {
  const parsed = VendorProfileFieldsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reasons: zodMessages(parsed.error) };
  const name = checkVendorName(parsed.data.name, profiles);
  if (!name.ok) return name;
  return { ok: true, profile: { ...parsed.data, id: newId(), createdAt: now, updatedAt: now } };
}

/** Applies edits to a profile (the name is checked against the rest of the library). */
export function updateVendorProfile(
  profile: VendorProfile,
  changes: Partial<VendorProfileInput>,
  profiles: readonly VendorRef[],
  now: string,
): ProfileChange {
  const { id, createdAt } = profile;
  const parsed = VendorProfileFieldsSchema.safeParse({ ...profile, ...changes });
  if (!parsed.success) return { ok: false, reasons: zodMessages(parsed.error) };
  const name = checkVendorName(parsed.data.name, profiles, id);
  if (!name.ok) return name;
  return { ok: true, profile: { ...parsed.data, id, createdAt, updatedAt: now } };
}

export type VendorUsage = {
  clientId: string;
  clientName: string;
  evaluationId: string;
  evaluationTitle: string;
  status: EvaluationStatus;
  decision: VendorDecisionValue | null;
  decisionDate: string | null;
};

export const UNKNOWN_CLIENT_NAME = '(unknown client)';

/**
 * Which clients use or evaluated a vendor: one row per evaluation that includes it, sorted by client
 * name, then most recently updated. Only ids, names, status and decision cross the client boundary.
 */
export function vendorUsage(
  vendorId: string,
  evaluations: readonly Evaluation[],
  clients: ReadonlyArray<{ id: string; name: string }>,
): VendorUsage[] {
  const clientName = (id: string) => clients.find((c) => c.id === id)?.name ?? UNKNOWN_CLIENT_NAME;
  const rows: Array<VendorUsage & { updatedAt: string }> = [];
  for (const evaluation of evaluations) {
    const entry = evaluation.vendors.find((v) => v.vendorId === vendorId);
    if (!entry) continue;
    rows.push({
      clientId: evaluation.clientId,
      clientName: clientName(evaluation.clientId),
      evaluationId: evaluation.id,
      evaluationTitle: evaluation.title,
      status: evaluation.status,
      decision: entry.decision?.outcome ?? null,
      decisionDate: entry.decision?.date ?? null,
      updatedAt: evaluation.updatedAt,
    });
  }
  rows.sort((a, b) => a.clientName.localeCompare(b.clientName) || b.updatedAt.localeCompare(a.updatedAt));
  return rows.map(({ updatedAt: _updatedAt, ...usage }) => usage);
}

/** True when a vendor appears in any evaluation: the UI should not delete such a profile. */
export function isVendorInUse(vendorId: string, evaluations: readonly Evaluation[]): boolean {
  return evaluations.some((e) => e.vendors.some((v) => v.vendorId === vendorId));
}
