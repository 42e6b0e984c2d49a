/**
 * Priority score, impact/effort quadrants and ranking of use cases.
 */
import { formatNumber } from './common';
import {
  QUADRANT_LABELS,
  RISK_TIER_LABELS,
  SCORE_KEYS,
  SCORE_LABELS,
  type Quadrant,
  type RiskTier,
  type ScoreKey,
} from './constants';
import { hardFilters, strongestEffect, type HardFilterResult } from './hardFilters';
import type { Kpi } from './kpiRecords';
import type { Scores, UseCase } from './useCase';
import { tell } from '../shared/language';

/** Divisor applied for each risk tier. Prohibited use cases get no score (hard filter: stop). */
export const RISK_PENALTIES: Record<Exclude<RiskTier, 'prohibited'>, number> = {
  minimal: 1,
  limited: 1.25,
  unclassified: 1.5,
  high: 2,
};

/** Data readiness 1..5 becomes a factor 0.6..1.0 (poor data slows a use case down but rarely kills it). */
export function dataReadinessFactor(dataReadiness: number): number {
  return 0.5 + dataReadiness / 10;
}

/** Highest possible raw priority: 5 x 5 x 5 x 5 x 1.0 / 1. */
export const MAX_RAW_PRIORITY = 625;

export const PRIORITY_FORMULA_EXPLANATION = [
  'Value = impact x reach (1 to 25).',
  'Raw priority = value x feasibility x confidence x data-readiness factor / risk penalty.',
  'The data-readiness factor runs from 0.6 (readiness 1) to 1.0 (readiness 5) in steps of 0.1.',
  'The risk penalty divides by 1 for minimal risk, 1.25 for limited risk, 1.5 while not yet classified and 2 for high risk.',
  'Priority = raw priority / 625 x 100, rounded: 100 means every score is 5, the data is ready and the risk is minimal;',
  'a use case scoring 3 on everything with minimal risk gets 10, one scoring 4 on everything gets 37.',
  'Prohibited use cases get no score: they are stopped. Hard filters (prohibited, no business owner, no measurable KPI)',
  'apply before the score and rank filtered use cases below the others.',
].join(' ');

export type PriorityResult =
  | {
      ok: true;
      /** 0-100, rounded. */
      score: number;
      /** 0-100, unrounded (for tie-breaking and charts). */
      exactScore: number;
      /** impact x reach. */
      value: number;
      raw: number;
      dataReadinessFactor: number;
      riskPenalty: number;
      /** The computation written out, e.g. "Value 4 x 3 = 12; 12 x 4 x 3 x 0.8 / 1.25 = 92.16; 92.16 / 625 x 100 = 15". */
      calculation: string;
    }
  | { ok: false; reason: 'missing-scores'; missing: ScoreKey[]; message: string }
  | { ok: false; reason: 'prohibited'; message: string };

/** The priority of a use case from its scores and risk tier, by `PRIORITY_FORMULA_EXPLANATION`. */
export function computePriority(scores: Scores, riskTier: RiskTier): PriorityResult {
  if (riskTier === 'prohibited') {
    return {
      ok: false,
      reason: 'prohibited',
      message: tell('Prohibited practice: no priority, the use case is stopped.'),
    };
  }
  const missing = SCORE_KEYS.filter((key) => {
    const v = scores[key];
    return v === null || !Number.isInteger(v) || v < 1 || v > 5;
  });
  if (missing.length) {
    return {
      ok: false,
      reason: 'missing-scores',
      missing,
      message: tell('Score {{scores}} (1 to 5) to get a priority.', {
        scores: missing.map((k) => tell(SCORE_LABELS[k]).toLowerCase()).join(', '),
      }),
    };
  }
  const { impact, reach, feasibility, confidence, dataReadiness } = scores as Record<ScoreKey, number>;
  const value = impact * reach;
  const factor = dataReadinessFactor(dataReadiness);
  const penalty = RISK_PENALTIES[riskTier];
  const raw = (value * feasibility * confidence * factor) / penalty;
  const exactScore = (raw / MAX_RAW_PRIORITY) * 100;
  const score = Math.round(exactScore);
  const calculation = tell(
    'Value {{impact}} x {{reach}} = {{value}}; {{value}} x {{feasibility}} x {{confidence}} x {{factor}} / {{penalty}} ({{tier}}) = {{raw}}; {{raw}} / {{max}} x 100 = {{score}}',
    {
      impact,
      reach,
      value,
      feasibility,
      confidence,
      factor: formatNumber(factor),
      penalty: formatNumber(penalty),
      tier: tell(RISK_TIER_LABELS[riskTier]).toLowerCase(),
      raw: formatNumber(raw),
      max: MAX_RAW_PRIORITY,
      score,
    },
  );
  return {
    ok: true,
    score,
    exactScore,
    value,
    raw,
    dataReadinessFactor: factor,
    riskPenalty: penalty,
    calculation,
  };
}

/** Effort on the map is the mirror of feasibility: effort = 6 - feasibility (feasibility 5 = effort 1). */
export function effortFromFeasibility(feasibility: number): number {
  return 6 - feasibility;
}

export const QUADRANT_EXPLANATION =
  'The map plots impact (1-5, up) against effort (1-5, right), where effort = 6 - feasibility. ' +
  'Impact 3 or more is high impact; effort 3 or more is high effort (the middle counts as high on both axes, ' +
  'so a quick win must be clearly easy). Quick wins: high impact, low effort. Strategic bets: high impact, high effort. ' +
  'Fill-ins: low impact, low effort. Time sinks: low impact, high effort.';

/** Quadrant of the impact/effort map (both 1-5), by `QUADRANT_EXPLANATION`. */
export function mapQuadrant(impact: number, effort: number): Quadrant {
  const highImpact = impact >= 3;
  const highEffort = effort >= 3;
  if (highImpact) return highEffort ? 'strategic-bet' : 'quick-win';
  return highEffort ? 'time-sink' : 'fill-in';
}

/** Quadrant from a use case's scores, or null until impact and feasibility are scored. */
export function quadrantForScores(scores: Scores): Quadrant | null {
  if (scores.impact === null || scores.feasibility === null) return null;
  return mapQuadrant(scores.impact, effortFromFeasibility(scores.feasibility));
}

export interface RankedUseCase {
  /** 1-based position. */
  rank: number;
  useCase: UseCase;
  priority: PriorityResult;
  filters: HardFilterResult[];
  quadrant: Quadrant | null;
}

/** Ranking group: unfiltered (0) before "no-pilot" (still 0), parked (1), stopped (2); unscored last in a group. */
function group(filters: readonly HardFilterResult[]): number {
  const effect = strongestEffect(filters);
  if (effect === 'stop') return 2;
  if (effect === 'park') return 1;
  return 0;
}

/**
 * Ranks use cases: hard filters first (stop and park sink to the bottom; "no measurable KPI" does not
 * demote, it only blocks entering pilot), then by priority (highest first), then value, then title.
 * Unscored use cases come after scored ones of the same group.
 */
export function rankUseCases(useCases: readonly UseCase[], kpis: readonly Kpi[]): RankedUseCase[] {
  const rows = useCases.map((useCase) => ({
    useCase,
    priority: computePriority(useCase.scores, useCase.riskTier),
    filters: hardFilters(useCase, kpis),
    quadrant: quadrantForScores(useCase.scores),
  }));
  const exact = (p: PriorityResult) => (p.ok ? p.exactScore : -1);
  const value = (p: PriorityResult) => (p.ok ? p.value : -1);
  rows.sort(
    (a, b) =>
      group(a.filters) - group(b.filters) ||
      exact(b.priority) - exact(a.priority) ||
      value(b.priority) - value(a.priority) ||
      a.useCase.title.localeCompare(b.useCase.title),
  );
  return rows.map((row, i) => ({ rank: i + 1, ...row }));
}

/** What a use case's place on the map means: "Stop" for a prohibited practice, whatever its scores; else its quadrant. */
export const STOP_LABEL = 'Stop (prohibited practice)';
export function placementLabel(quadrant: Quadrant | null, riskTier: string): string {
  if (riskTier === 'prohibited') return STOP_LABEL;
  return quadrant ? QUADRANT_LABELS[quadrant] : 'Not scored';
}
