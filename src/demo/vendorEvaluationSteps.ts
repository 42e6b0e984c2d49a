import {
  decideVendor,
  DEFAULT_GATES,
  setDdAnswer,
  setGateResult,
  setScore,
  type Evaluation,
  type EvaluationChange,
  type GateResult,
  type VendorDecisionValue,
  type VendorProfile,
} from '../domain/vendors';

/**
 * The steps the demo evaluations are written with: each applies one change through the vendor domain's
 * own rules, so the demo cannot hold an evaluation the app would refuse.
 */

const CRITERIA = ['quality', 'security', 'integration', 'tco', 'support', 'viability', 'compliance'] as const;
type Scores = Array<[number, string] | null>;

export function unwrap(change: EvaluationChange): Evaluation {
  if (!change.ok) throw new Error(`Demo vendor data is invalid: ${change.reasons.join(' ')}`);
  return change.evaluation;
}

export function score(e: Evaluation, vendorId: string, scores: Scores, now: string): Evaluation {
  scores.forEach((entry, i) => {
    if (entry) e = unwrap(setScore(e, vendorId, CRITERIA[i], { score: entry[0], evidence: entry[1] }, now));
  });
  return e;
}

/** Gate results in the order of the default gates: DPA, training, encryption, data location, sub-processors. */
export function gates(
  e: Evaluation,
  vendorId: string,
  results: Array<[GateResult, string] | null>,
  now: string,
): Evaluation {
  results.forEach((entry, i) => {
    if (entry)
      e = unwrap(setGateResult(e, vendorId, DEFAULT_GATES[i].id, { result: entry[0], note: entry[1] }, now));
  });
  return e;
}

export function answers(
  e: Evaluation,
  vendorId: string,
  byQuestion: Record<string, string | [string, boolean]>,
  now: string,
): Evaluation {
  for (const [questionId, value] of Object.entries(byQuestion)) {
    const [answer, satisfactory] = Array.isArray(value) ? value : [value, true];
    e = unwrap(setDdAnswer(e, vendorId, questionId, { answer, satisfactory }, now));
  }
  return e;
}

export function decide(
  e: Evaluation,
  vendorId: string,
  outcome: VendorDecisionValue,
  rationale: string,
  date: string,
  now: string,
  profiles: VendorProfile[],
): Evaluation {
  return unwrap(decideVendor(e, { vendorId, outcome, rationale, date, confirmGaps: true }, now, profiles));
}
