import { tell } from '../shared/language';
import { DEFAULT_GATES } from './defaults';
import type { EvaluationChange, KnockOutGate } from './evaluation';
import { accepted, checkEditable } from './decisions';
import type { Evaluation } from './evaluation';
import type { GateRule } from './gateRules';

/**
 * The library of knock-out gate templates: an evaluation picks the gates that matter for this client
 * (EU data residency for a hospital, certification for a bank...). Each template carries its pass rule;
 * the evaluation keeps its own copy of the gate, so later changes to the library never alter it.
 */
export type GateTemplate = KnockOutGate & { rule: GateRule };

const withRule = (gate: KnockOutGate, rule: GateRule): GateTemplate => ({ ...gate, rule });

export const GATE_TEMPLATES: readonly GateTemplate[] = [
  {
    id: 'eu-data-residency',
    name: 'Data leaves the EU',
    question:
      'Is every place our data is stored or processed (incl. backups, support access and the model provider) inside the permitted jurisdictions?',
    guidance:
      'Passes only when every data location is permitted. SCCs or the Data Privacy Framework make a transfer lawful; they do not keep the data in the EU.',
    rule: 'eu-data-residency',
  },
  {
    id: 'no-training-on-client-data',
    name: 'May train on client data',
    question:
      'Is training on our data (prompts, outputs, files, feedback) excluded by contract, for the vendor and its model provider?',
    guidance: 'Passes only on a contractual exclusion; an opt-out setting leaves it to be confirmed.',
    rule: 'no-training',
  },
  withRule(DEFAULT_GATES[0], 'dpa-available'),
  withRule(DEFAULT_GATES[4], 'sub-processors-disclosed'),
  {
    id: 'security-certification',
    name: 'No security certification',
    question:
      'Does the vendor hold a current ISO/IEC 27001 certificate or SOC 2 Type II report covering this product?',
    guidance: 'Check the scope (this product, these data centres) and the validity date.',
    rule: 'security-certification',
  },
  withRule(DEFAULT_GATES[1], 'training-opt-out'),
  withRule(DEFAULT_GATES[2], 'encryption-at-rest'),
  withRule(DEFAULT_GATES[3], 'transfer-mechanism'),
  {
    id: 'zero-retention',
    name: 'No zero-retention option',
    question: 'Can prompts and outputs be kept for zero days (no abuse-monitoring logs) for this client?',
    guidance: 'Needed where prompts contain special-category or confidential data.',
    rule: 'zero-retention',
  },
  {
    id: 'sso',
    name: 'No single sign-on',
    question: "Does the product support single sign-on with the client's identity provider?",
    guidance: 'Without SSO, leavers keep access until someone removes them by hand.',
    rule: 'sso',
  },
];

/** Templates not yet part of the evaluation, in library order. */
export function availableGateTemplates(evaluation: Pick<Evaluation, 'gates'>): GateTemplate[] {
  const present = new Set(evaluation.gates.map((g) => g.id));
  return GATE_TEMPLATES.filter((t) => !present.has(t.id));
}

/** Adds a gate from the library (a copy with its rule). */
export function addGateFromTemplate(
  evaluation: Evaluation,
  templateId: string,
  now: string,
): EvaluationChange {
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;
  const template = GATE_TEMPLATES.find((t) => t.id === templateId);
  if (!template) return { ok: false, reasons: [tell('This gate is not in the library.')] };
  if (evaluation.gates.some((g) => g.id === templateId))
    return {
      ok: false,
      reasons: [tell('“{{gate}}” is already a gate of this evaluation.', { gate: template.name })],
    };
  return accepted(evaluation, now, { gates: [...evaluation.gates, { ...template }] });
}

/** Removes a gate and every vendor's result for it. */
export function removeGate(evaluation: Evaluation, gateId: string, now: string): EvaluationChange {
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;
  if (!evaluation.gates.some((g) => g.id === gateId))
    return { ok: false, reasons: [tell('This knock-out gate is not part of the evaluation.')] };
  const vendors = evaluation.vendors.map((v) => {
    const gates = { ...v.gates };
    delete gates[gateId];
    return { ...v, gates };
  });
  return accepted(evaluation, now, { gates: evaluation.gates.filter((g) => g.id !== gateId), vendors });
}
