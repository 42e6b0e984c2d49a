import { tell } from '../shared/language';
import type { GateEntry } from './evaluation';
import { modelProviders, type VendorProfile } from './profile';

/**
 * Pass rules of knock-out gates: each rule suggests pass / fail / unknown for a vendor from the facts in
 * its library profile. A suggestion is never stored by itself: the user confirms it per evaluation.
 * A rule passes only on facts that meet the gate; a missing fact is "unknown" (ask the vendor), and
 * paper safeguards are not facts: SCCs do not make US hosting EU data residency.
 */

export const GATE_RULES = [
  'dpa-available',
  'no-training',
  'training-opt-out',
  'encryption-at-rest',
  'eu-data-residency',
  'transfer-mechanism',
  'sub-processors-disclosed',
  'security-certification',
  'zero-retention',
  'sso',
] as const;
export type GateRule = (typeof GATE_RULES)[number];

export type GateSuggestion = GateEntry;

export type SuggestGateOptions = {
  /** The client's permitted data locations, e.g. ["EU", "EEA", "UK"]. Without them the location gates stay unknown. */
  permittedLocations?: readonly string[];
};

export type GateProfileFacts = Pick<
  VendorProfile,
  | 'dpa'
  | 'trainsOnCustomerData'
  | 'encryptionAtRest'
  | 'dataLocations'
  | 'transferMechanism'
  | 'subProcessors'
  | 'subProcessorDisclosure'
> &
  Partial<Pick<VendorProfile, 'certifications' | 'zeroRetentionOption' | 'sso'>>;

/** The rules of the five gates every evaluation had before gate templates (by their fixed ids). */
export const LEGACY_GATE_RULES = {
  'no-dpa': 'dpa-available',
  'trains-without-opt-out': 'training-opt-out',
  'no-encryption-at-rest': 'encryption-at-rest',
  'data-outside-permitted-jurisdictions': 'transfer-mechanism',
  'sub-processors-undisclosed': 'sub-processors-disclosed',
} as const satisfies Record<string, GateRule>;

const fromProfile = (fact: string) => tell('From the vendor profile: {{fact}}', { fact });
const pass = (text: string): GateSuggestion => ({ result: 'pass', note: fromProfile(text) });
const fail = (text: string): GateSuggestion => ({ result: 'fail', note: fromProfile(text) });
const unknown = (note: string): GateSuggestion => ({ result: 'unknown', note });

function dpa(p: GateProfileFacts): GateSuggestion {
  if (p.dpa === 'not-available') return fail(tell('no DPA available.'));
  // "signed" is an old library value: the DPA exists (whether this client signed it is the client's contract fact).
  if (p.dpa === 'available' || p.dpa === 'signed') return pass(tell('DPA available.'));
  return unknown(tell('DPA status not recorded: ask the vendor.'));
}

function training(p: GateProfileFacts, optOutPasses: boolean): GateSuggestion {
  switch (p.trainsOnCustomerData) {
    case 'yes':
      return fail(tell('trains on customer data, no opt-out.'));
    case 'opt-out':
      return optOutPasses
        ? pass(
            tell(
              'trains on customer data unless the customer opts out: make sure the opt-out is switched on.',
            ),
          )
        : unknown(
            tell(
              'The vendor trains on customer data unless the customer opts out: only a contractual exclusion passes this gate. Get it in the contract, or confirm the opt-out by hand.',
            ),
          );
    case 'contractually-no':
      return pass(tell('contractually does not train on customer data.'));
    default:
      return unknown(
        tell('Training on customer data not recorded: ask the vendor (and its model provider).'),
      );
  }
}

function encryption(p: GateProfileFacts): GateSuggestion {
  if (p.encryptionAtRest === 'no') return fail(tell('no encryption at rest.'));
  if (p.encryptionAtRest === 'yes') return pass(tell('data encrypted at rest.'));
  return unknown(tell('Encryption at rest not recorded: ask for evidence.'));
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

/** Where the data is, against the permitted jurisdictions; an "unknown" suggestion when the facts are missing. */
function locations(
  p: GateProfileFacts,
  options: SuggestGateOptions,
): { where: string; outside: string[] } | GateSuggestion {
  if (p.dataLocations.length === 0)
    return unknown(tell('Data location not recorded: ask the vendor where data is stored and processed.'));
  const where = p.dataLocations.join(', ');
  const permitted = options.permittedLocations ?? [];
  if (permitted.length === 0)
    return unknown(tell('Check against the client’s permitted jurisdictions: data in {{where}}.', { where }));
  return { where, outside: p.dataLocations.filter((location) => !isPermittedLocation(location, permitted)) };
}

/** EU data residency: every place the data is stored or processed is permitted. A transfer mechanism does not help. */
function residency(p: GateProfileFacts, options: SuggestGateOptions): GateSuggestion {
  const found = locations(p, options);
  if ('result' in found) return found;
  if (found.outside.length === 0)
    return pass(tell('data stored and processed in {{where}} only.', { where: found.where }));
  const mechanism = p.transferMechanism.trim();
  const outside = found.outside.join(', ');
  return fail(
    mechanism
      ? tell(
          'data also in {{outside}}, outside the permitted jurisdictions ({{mechanism}} cover a transfer, they do not keep the data in the EU).',
          { outside, mechanism },
        )
      : tell('data also in {{outside}}, outside the permitted jurisdictions.', { outside }),
  );
}

/**
 * Transfers: data outside the permitted jurisdictions needs a transfer mechanism AND the consultant's
 * check that it holds (transfer impact assessment, access by foreign authorities): a recorded mechanism
 * alone leaves the gate to be confirmed by hand, never a pass.
 */
function transfers(p: GateProfileFacts, options: SuggestGateOptions): GateSuggestion {
  const found = locations(p, options);
  if ('result' in found) return found;
  if (found.outside.length === 0) return pass(tell('data stored in {{where}} only.', { where: found.where }));
  const mechanism = p.transferMechanism.trim();
  if (!mechanism)
    return unknown(
      tell(
        'Data in {{outside}} is outside the permitted jurisdictions and no transfer mechanism is recorded: ask the vendor.',
        { outside: found.outside.join(', ') },
      ),
    );
  return unknown(
    tell(
      'Data in {{outside}} is outside the permitted jurisdictions; the vendor names {{mechanism}}. Check the transfer impact assessment before you pass this gate.',
      { outside: found.outside.join(', '), mechanism },
    ),
  );
}

function subProcessors(p: GateProfileFacts): GateSuggestion {
  if (p.subProcessorDisclosure === 'refused')
    return fail(tell('the vendor refuses to describe its sub-processors.'));
  if (p.subProcessorDisclosure === 'disclosed' || p.subProcessors.length > 0) {
    const providers = modelProviders(p);
    return pass(
      providers.length > 0
        ? tell('sub-processors disclosed. Model provider: {{providers}}.', {
            providers: providers.join(', '),
          })
        : tell('sub-processors disclosed. Model provider not identified yet.'),
    );
  }
  return unknown(tell('Sub-processors not recorded: ask for the list, including the model provider.'));
}

function certification(p: GateProfileFacts): GateSuggestion {
  const held = (p.certifications ?? []).filter((c) => c === 'iso27001' || c === 'soc2-type2');
  if (held.length > 0)
    return pass(
      held.length > 1
        ? tell('holds ISO/IEC 27001 and SOC 2 Type II. Check the scope and validity date.')
        : tell('holds {{certificate}}. Check the scope and validity date.', {
            certificate: held[0] === 'iso27001' ? 'ISO/IEC 27001' : 'SOC 2 Type II',
          }),
    );
  return unknown(tell('No ISO/IEC 27001 or SOC 2 Type II recorded: ask for the certificate or report.'));
}

function yesNo(
  value: 'yes' | 'no' | 'unknown' | undefined,
  yes: string,
  no: string,
  ask: string,
): GateSuggestion {
  if (value === 'yes') return pass(yes);
  if (value === 'no') return fail(no);
  return unknown(ask);
}

export function suggestByRule(
  rule: GateRule,
  p: GateProfileFacts,
  options: SuggestGateOptions = {},
): GateSuggestion {
  switch (rule) {
    case 'dpa-available':
      return dpa(p);
    case 'no-training':
      return training(p, false);
    case 'training-opt-out':
      return training(p, true);
    case 'encryption-at-rest':
      return encryption(p);
    case 'eu-data-residency':
      return residency(p, options);
    case 'transfer-mechanism':
      return transfers(p, options);
    case 'sub-processors-disclosed':
      return subProcessors(p);
    case 'security-certification':
      return certification(p);
    case 'zero-retention':
      return yesNo(
        p.zeroRetentionOption,
        tell('a zero-retention option is offered.'),
        tell('no zero-retention option.'),
        tell('Zero-retention option not recorded: ask the vendor.'),
      );
    case 'sso':
      return yesNo(
        p.sso,
        tell('single sign-on supported.'),
        tell('no single sign-on.'),
        tell('Single sign-on not recorded: ask the vendor.'),
      );
  }
}
