/**
 * Points of the impact/effort map: one per scored use case, with overlapping points spread out
 * so that every use case stays visible and clickable.
 */
import type { Quadrant, RiskTier, Stage } from './constants';
import { effortFromFeasibility, quadrantForScores } from './scoring';
import type { UseCase } from './useCase';

export interface MapPoint {
  useCaseId: string;
  title: string;
  stage: Stage;
  riskTier: RiskTier;
  impact: number;
  effort: number;
  /** Reach 1-5 (bubble size), or null when not scored. */
  reach: number | null;
  quadrant: Quadrant;
  /** Plotted position: effort and impact, nudged apart when several use cases share a cell. */
  x: number;
  y: number;
}

/** Radius (in score units) of the circle on which points sharing a cell are spread. */
export const SPREAD_RADIUS = 0.22;

/**
 * Map points of the use cases that have an impact and a feasibility score (effort = 6 - feasibility).
 * Use cases sharing the same impact and effort are placed on a small circle around that spot, in title order.
 */
export function impactEffortPoints(useCases: readonly UseCase[]): MapPoint[] {
  const cells = new Map<string, UseCase[]>();
  for (const u of useCases) {
    if (u.scores.impact === null || u.scores.feasibility === null) continue;
    const key = `${u.scores.impact}:${effortFromFeasibility(u.scores.feasibility)}`;
    cells.set(key, [...(cells.get(key) ?? []), u]);
  }
  const points: MapPoint[] = [];
  for (const group of cells.values()) {
    const sorted = [...group].sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
    sorted.forEach((u, i) => {
      const impact = u.scores.impact as number;
      const effort = effortFromFeasibility(u.scores.feasibility as number);
      const angle = (2 * Math.PI * i) / sorted.length - Math.PI / 2;
      const spread = sorted.length > 1 ? SPREAD_RADIUS : 0;
      points.push({
        useCaseId: u.id,
        title: u.title,
        stage: u.stage,
        riskTier: u.riskTier,
        impact,
        effort,
        reach: u.scores.reach,
        quadrant: quadrantForScores(u.scores) as Quadrant,
        x: Math.round((effort + spread * Math.cos(angle)) * 1000) / 1000,
        y: Math.round((impact + spread * Math.sin(angle)) * 1000) / 1000,
      });
    });
  }
  return points.sort((a, b) => a.title.localeCompare(b.title));
}
