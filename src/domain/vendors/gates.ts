import { tell } from '../shared/language';
import { DEFAULT_GATE_IDS, type DefaultGateId } from './defaults';
import type { EvaluatedVendor, KnockOutGate } from './evaluation';
import type { GateResult } from './constants';
import {
  LEGACY_GATE_RULES,
  suggestByRule,
  type GateProfileFacts,
  type GateRule,
  type GateSuggestion,
  type SuggestGateOptions,
} from './gateRules';

/**
 * Knock-out gates: a vendor that fails any gate is ruled out whatever its score.
 * The user confirms each gate per vendor (pass / fail / unknown + note); some can be suggested from the
 * vendor profile facts. Suggestions are never stored by themselves: the evaluation keeps only what the
 * user confirmed.
 */

export type { GateSuggestion, SuggestGateOptions } from './gateRules';

/** Suggested results for the default knock-out gates, from the facts in a vendor profile. */
export function suggestGateResults(
  profile: GateProfileFacts,
  options: SuggestGateOptions = {},
): Record<DefaultGateId, GateSuggestion> {
  const out = {} as Record<DefaultGateId, GateSuggestion>;
  for (const id of Object.values(DEFAULT_GATE_IDS))
    out[id] = suggestByRule(LEGACY_GATE_RULES[id], profile, options);
  return out;
}

/** The rule a gate is judged by: its own, or the one of a built-in default gate (evaluations made before gate templates). */
export function gateRule(gate: Pick<KnockOutGate, 'id' | 'rule'>): GateRule | undefined {
  return gate.rule ?? (LEGACY_GATE_RULES as Record<string, GateRule | undefined>)[gate.id];
}

/** Suggestions for the gates of an evaluation (gates without a rule - written by the user - get none). */
export function suggestGates(
  gates: readonly KnockOutGate[],
  profile: GateProfileFacts,
  options: SuggestGateOptions = {},
): Record<string, GateSuggestion> {
  const out: Record<string, GateSuggestion> = {};
  for (const gate of gates) {
    const rule = gateRule(gate);
    if (rule) out[gate.id] = suggestByRule(rule, profile, options);
  }
  return out;
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

export function gateSummary(
  gates: readonly KnockOutGate[],
  vendor: Pick<EvaluatedVendor, 'gates'>,
): GateSummary {
  const summary: GateSummary = { knockOuts: [], unknownGateIds: [], passedCount: 0, results: {} };
  for (const gate of gates) {
    const entry = vendor.gates[gate.id];
    const result: GateResult = entry?.result ?? 'unknown';
    summary.results[gate.id] = result;
    if (result === 'fail') {
      summary.knockOuts.push({
        gateId: gate.id,
        gateName: gate.name,
        reason: entry?.note.trim() || gate.name,
      });
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
    ? tell('Ruled out by knock-out gate "{{gate}}".', { gate: knockOut.gateName })
    : tell('Ruled out by knock-out gate "{{gate}}": {{reason}}', {
        gate: knockOut.gateName,
        reason: knockOut.reason,
      });
}
