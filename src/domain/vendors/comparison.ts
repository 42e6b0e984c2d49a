import { tell } from '../shared/language';
import type { Criterion, Evaluation, VendorDecision } from './evaluation';
import { gateSummary, type KnockOut } from './gates';
import type { GateResult } from './constants';
import type { VendorRef } from './profile';
import { dueDiligenceSummary, vendorScore, type DdSummary, type VendorScore } from './scoring';
import { checkWeights, roundTo, type WeightCheck } from './weights';

/**
 * Side-by-side comparison of the vendors in one evaluation, with ranking.
 * Knocked-out vendors rank last regardless of score (see SCORING_FORMULAS.ranking).
 */

export const UNKNOWN_VENDOR_NAME = '(vendor not in library)';

export type ComparisonRow = {
  vendorId: string;
  vendorName: string;
  /** 1 = best. Equal weighted averages (to two decimals) share a rank. */
  rank: number;
  knockedOut: boolean;
  knockOuts: KnockOut[];
  gateResults: Record<string, GateResult>;
  unknownGateCount: number;
  score: VendorScore;
  dueDiligence: DdSummary;
  /** Open (unanswered) due-diligence questions. */
  openDdCount: number;
  unverifiedCount: number;
  decision?: VendorDecision;
};

export type Comparison = {
  weights: WeightCheck;
  criteria: readonly Criterion[];
  /** Ordered by rank, then vendor name. */
  rows: ComparisonRow[];
};

export function vendorName(vendorId: string, vendors: readonly VendorRef[]): string {
  return vendors.find((v) => v.id === vendorId)?.name ?? tell(UNKNOWN_VENDOR_NAME);
}

/**
 * Ranking group: 0 = in the running and scored, 1 = in the running without scores,
 * 2 = knocked out but scored, 3 = knocked out without scores.
 */
function rankGroup(row: Pick<ComparisonRow, 'knockedOut' | 'score'>): number {
  return (row.knockedOut ? 2 : 0) + (row.score.average === null ? 1 : 0);
}

function compareForRank(a: ComparisonRow, b: ComparisonRow): number {
  const group = rankGroup(a) - rankGroup(b);
  if (group !== 0) return group;
  return (b.score.average ?? 0) - (a.score.average ?? 0);
}

/** Competition ranking ("1, 2, 2, 4"): rows that compare equal share a rank. */
function assignRanks(rows: ComparisonRow[]): ComparisonRow[] {
  const sorted = [...rows].sort((a, b) => compareForRank(a, b) || a.vendorName.localeCompare(b.vendorName));
  return sorted.map((row, index) => {
    const first = sorted.findIndex((other) => compareForRank(other, row) === 0);
    return { ...row, rank: (first === -1 ? index : first) + 1 };
  });
}

export function compareVendors(evaluation: Evaluation, vendors: readonly VendorRef[]): Comparison {
  const rows: ComparisonRow[] = evaluation.vendors.map((vendor) => {
    const gates = gateSummary(evaluation.gates, vendor);
    const score = vendorScore(evaluation.criteria, vendor);
    const dueDiligence = dueDiligenceSummary(evaluation.ddQuestions, vendor);
    return {
      vendorId: vendor.vendorId,
      vendorName: vendorName(vendor.vendorId, vendors),
      rank: 0,
      knockedOut: gates.knockOuts.length > 0,
      knockOuts: gates.knockOuts,
      gateResults: gates.results,
      unknownGateCount: gates.unknownGateIds.length,
      score,
      dueDiligence,
      openDdCount: dueDiligence.open,
      unverifiedCount: score.unverifiedCount,
      decision: vendor.decision,
    };
  });
  return {
    weights: checkWeights(evaluation.criteria),
    criteria: evaluation.criteria,
    rows: assignRanks(rows),
  };
}

/** The best-ranked vendors that are not knocked out and have a score (more than one on a tie). */
export function leaders(comparison: Comparison): ComparisonRow[] {
  return comparison.rows.filter((r) => r.rank === 1 && !r.knockedOut && r.score.average !== null);
}

/** Differences of each vendor to the leader, in weighted-average points (for "0.4 behind"). */
export function gapToLeader(comparison: Comparison): Record<string, number | null> {
  const best = leaders(comparison)[0]?.score.averageExact ?? null;
  const gaps: Record<string, number | null> = {};
  for (const row of comparison.rows) {
    gaps[row.vendorId] =
      best === null || row.score.averageExact === null ? null : roundTo(best - row.score.averageExact, 2);
  }
  return gaps;
}
