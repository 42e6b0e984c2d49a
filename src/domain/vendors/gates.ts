import { DEFAULT_GATE_IDS, type DefaultGateId } from './defaults';
import type { EvaluatedVendor, GateEntry, KnockOutGate } from './evaluation';
import type { GateResult } from './constants';
import { modelProviders, type VendorProfile } from './profile';

/**
 * Knock-out gates: a vendor that fails any gate is ruled out whatever its score.
 * The user confirms each gate per vendor (pass / fail / unknown + note); some can be suggested from the
 * vendor profile facts. Suggestions are never stored by themselves: the evaluation keeps only what the
 * user confirmed.
 */

export type GateSuggestion = GateEntry;

export type SuggestGateOptions = {
  /** The client's permitted data locations, e.g. ["EU", "EEA", "UK"]. Without them the location gate stays unknown. */
  permittedLocations?: readonly string[];
};

type GateProfileFacts = Pick<
  VendorProfile,
  'dpa' | 'trainsOnCustomerData' | 'encryptionAtRest' | 'dataLocations' | 'transferMechanism' | 'subProcessors' | 'subProcessorDisclosure'
>;

const fromProfile = (text: string) => `From the vendor profile: ${text}`;

function suggestDpa(p: GateProfileFacts): GateSuggestion {
  switch (p.dpa) {
    case 'not-available':
      return { result: 'fail', note: fromProfile('no DPA available.') };
    case 'available':
      return { result: 'pass', note: fromProfile('DPA available (not yet signed).') };
    case 'signed':
      return { result: 'pass', note: fromProfile('DPA signed.') };
    default:
      return { result: 'unknown', note: 'DPA status not recorded: ask the vendor.' };
  }
}

function suggestTraining(p: GateProfileFacts): GateSuggestion {
  switch (p.trainsOnCustomerData) {
    case 'yes':
      return { result: 'fail', note: fromProfile('trains on customer data, no opt-out.') };
    case 'opt-out':
      return { result: 'pass', note: fromProfile('trains on customer data unless the customer opts out: make sure the opt-out is switched on.') };
    case 'contractually-no':
      return { result: 'pass', note: fromProfile('contractually does not train on customer data.') };
    default:
      return { result: 'unknown', note: 'Training on customer data not recorded: ask the vendor (and its model provider).' };
  }
}

function suggestEncryption(p: GateProfileFacts): GateSuggestion {
  if (p.encryptionAtRest === 'no') return { result: 'fail', note: fromProfile('no encryption at rest.') };
  if (p.encryptionAtRest === 'yes') return { result: 'pass', note: fromProfile('data encrypted at rest.') };
  return { result: 'unknown', note: 'Encryption at rest not recorded: ask for evidence.' };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A location is permitted when a permitted name appears in it as a whole word ("EU" matches "EU (Frankfurt)"). */
export function isPermittedLocation(location: string, permitted: readonly string[]): boolean {
  return permitted
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .some((p) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(p)}($|[^\\p{L}\\p{N}])`, 'iu').test(location));
}

function suggestDataLocation(p: GateProfileFacts, options: SuggestGateOptions): GateSuggestion {
  if (p.dataLocations.length === 0) {
    return { result: 'unknown', note: 'Data location not recorded: ask the vendor where data is stored and processed.' };
  }
  const where = p.dataLocations.join(', ');
  const mechanism = p.transferMechanism.trim();
  const permitted = options.permittedLocations ?? [];
  if (permitted.length === 0) {
    return {
      result: 'unknown',
      note: `Check against the client's permitted jurisdictions: data in ${where}; transfer mechanism: ${mechanism || 'not recorded'}.`,
    };
  }
  const outside = p.dataLocations.filter((location) => !isPermittedLocation(location, permitted));
  if (outside.length === 0) return { result: 'pass', note: fromProfile(`data stored in ${where} only.`) };
  if (mechanism) {
    return { result: 'pass', note: fromProfile(`data in ${outside.join(', ')} is outside the permitted jurisdictions, covered by ${mechanism}.`) };
  }
  return {
    result: 'unknown',
    note: `Data in ${outside.join(', ')} is outside the permitted jurisdictions and no transfer mechanism is recorded: ask the vendor.`,
  };
}

function suggestSubProcessors(p: GateProfileFacts): GateSuggestion {
  if (p.subProcessorDisclosure === 'refused') {
    return { result: 'fail', note: fromProfile('the vendor refuses to describe its sub-processors.') };
  }
  if (p.subProcessorDisclosure === 'disclosed' || p.subProcessors.length > 0) {
    const providers = modelProviders(p);
    const modelNote = providers.length > 0 ? ` Model provider: ${providers.join(', ')}.` : ' Model provider not identified yet.';
    return { result: 'pass', note: fromProfile(`sub-processors disclosed.${modelNote}`) };
  }
  return { result: 'unknown', note: 'Sub-processors not recorded: ask for the list, including the model provider.' };
}

/** Suggested results for the default knock-out gates, from the facts in a vendor profile. */
export function suggestGateResults(
  profile: GateProfileFacts,
  options: SuggestGateOptions = {},
): Record<DefaultGateId, GateSuggestion> {
  return {
    [DEFAULT_GATE_IDS.dpa]: suggestDpa(profile),
    [DEFAULT_GATE_IDS.training]: suggestTraining(profile),
    [DEFAULT_GATE_IDS.encryption]: suggestEncryption(profile),
    [DEFAULT_GATE_IDS.dataLocation]: suggestDataLocation(profile, options),
    [DEFAULT_GATE_IDS.subProcessors]: suggestSubProcessors(profile),
  };
}

/** A failed gate, with the reason shown to the user (the note, or the gate's name when no note was written). */
export type KnockOut = { gateId: string; gateName: string; reason: string };

export type GateSummary = {
  knockOuts: KnockOut[];
  /** Gates not yet confirmed as pass or fail. */
  unknownGateIds: string[];
  passedCount: number;
  /** Result per gate id of the evaluation ('unknown' when not confirmed). */
  results: Record<string, GateResult>;
};

export function gateSummary(gates: readonly KnockOutGate[], vendor: Pick<EvaluatedVendor, 'gates'>): GateSummary {
  const summary: GateSummary = { knockOuts: [], unknownGateIds: [], passedCount: 0, results: {} };
  for (const gate of gates) {
    const entry = vendor.gates[gate.id];
    const result: GateResult = entry?.result ?? 'unknown';
    summary.results[gate.id] = result;
    if (result === 'fail') {
      summary.knockOuts.push({ gateId: gate.id, gateName: gate.name, reason: entry?.note.trim() || gate.name });
    } else if (result === 'pass') {
      summary.passedCount += 1;
    } else {
      summary.unknownGateIds.push(gate.id);
    }
  }
  return summary;
}

/** "Ruled out by knock-out gate "No DPA offered": <reason>" - one line per failed gate. */
export function describeKnockOut(knockOut: KnockOut): string {
  return knockOut.reason === knockOut.gateName
    ? `Ruled out by knock-out gate "${knockOut.gateName}".`
    : `Ruled out by knock-out gate "${knockOut.gateName}": ${knockOut.reason}`;
}
