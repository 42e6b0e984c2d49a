import { SCORE_MAX, SCORE_MIN } from './constants';
import type { Criterion, DdQuestion, EvaluatedVendor } from './evaluation';
import { roundTo } from './weights';

/**
 * Weighted scores of one vendor. Criteria that are not scored are left out of the average (not counted
 * as 0), and the result says how much of the weight is covered, so the UI can show "incomplete".
 */

/** Formula explanations for the UI. */
export const SCORING_FORMULAS = {
  weightedAverage:
    'Weighted average (1-5) = sum of (weight x score) / sum of the weights of the scored criteria. Criteria not scored yet are left out, not counted as 0.',
  percent: 'Percentage = (weighted average - 1) / 4 x 100, so a 1 is 0% and a 5 is 100%.',
  weightedPoints:
    'Weighted points = weight x score / 100; with weights totalling 100 the points add up to the weighted average.',
  unverified: 'A score without an evidence note is unverified.',
  ranking:
    'Vendors that fail any knock-out gate rank last, whatever their score. The others rank by weighted average (to two decimals), highest first; equal averages share a rank; vendors without any score come after the scored ones.',
} as const;

export type CriterionStatus = 'not-scored' | 'unverified' | 'verified';

export type CriterionResult = {
  criterionId: string;
  name: string;
  weight: number;
  score: number | null;
  evidence: string;
  status: CriterionStatus;
  /** weight x score / 100, rounded to 2 decimals; null when not scored. */
  weightedPoints: number | null;
};

export type VendorScore = {
  vendorId: string;
  /** Unrounded weighted average on 1-5, null when nothing (with weight) is scored. */
  averageExact: number | null;
  /** Weighted average on 1-5, rounded to 2 decimals. */
  average: number | null;
  /** The weighted average on a 0-100 scale, rounded to 1 decimal. */
  percent: number | null;
  scoredCount: number;
  criteriaCount: number;
  /** Sum of the weights of the scored criteria (100 when complete and the weights are valid). */
  scoredWeight: number;
  /** True when every criterion has a score. */
  complete: boolean;
  unverifiedCount: number;
  criteria: CriterionResult[];
};

function criterionResult(criterion: Criterion, vendor: Pick<EvaluatedVendor, 'scores'>): CriterionResult {
  const entry = vendor.scores[criterion.id];
  const score = entry?.score ?? null;
  const evidence = entry?.evidence.trim() ?? '';
  const status: CriterionStatus = score === null ? 'not-scored' : evidence ? 'verified' : 'unverified';
  return {
    criterionId: criterion.id,
    name: criterion.name,
    weight: criterion.weight,
    score,
    evidence,
    status,
    weightedPoints: score === null ? null : roundTo((criterion.weight * score) / 100, 2),
  };
}

/** Maps a 1-5 average to 0-100. */
export function toPercent(average: number): number {
  return ((average - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)) * 100;
}

export function vendorScore(
  criteria: readonly Criterion[],
  vendor: Pick<EvaluatedVendor, 'vendorId' | 'scores'>,
): VendorScore {
  const results = criteria.map((c) => criterionResult(c, vendor));
  const scored = results.filter((r) => r.score !== null);
  const scoredWeight = roundTo(
    scored.reduce((sum, r) => sum + r.weight, 0),
    6,
  );
  const weightedSum = scored.reduce((sum, r) => sum + r.weight * (r.score ?? 0), 0);
  const averageExact = scoredWeight > 0 ? weightedSum / scoredWeight : null;
  return {
    vendorId: vendor.vendorId,
    averageExact,
    average: averageExact === null ? null : roundTo(averageExact, 2),
    percent: averageExact === null ? null : roundTo(toPercent(averageExact), 1),
    scoredCount: scored.length,
    criteriaCount: criteria.length,
    scoredWeight,
    complete: criteria.length > 0 && scored.length === criteria.length,
    unverifiedCount: results.filter((r) => r.status === 'unverified').length,
    criteria: results,
  };
}

export type DdSummary = {
  total: number;
  answered: number;
  /** Questions without an answer for this vendor. */
  open: number;
  /** Answers the evaluator marked as not satisfactory. */
  unsatisfactory: number;
  openQuestionIds: string[];
};

export function dueDiligenceSummary(
  questions: readonly DdQuestion[],
  vendor: Pick<EvaluatedVendor, 'ddAnswers'>,
): DdSummary {
  const openQuestionIds: string[] = [];
  let unsatisfactory = 0;
  for (const q of questions) {
    const answer = vendor.ddAnswers[q.id];
    if (!answer || answer.answer.trim() === '') openQuestionIds.push(q.id);
    else if (answer.satisfactory === false) unsatisfactory += 1;
  }
  return {
    total: questions.length,
    answered: questions.length - openQuestionIds.length,
    open: openQuestionIds.length,
    unsatisfactory,
    openQuestionIds,
  };
}
