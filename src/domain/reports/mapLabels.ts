import type { MapPoint, PortfolioSection } from './types';

/** A map point as drawn: its number (the ranking's) and where it sits, nudged apart from points with the same scores. */
export interface NumberedMapPoint extends MapPoint {
  n: number;
  /** Effort, nudged for the 2nd, 3rd... point on the same spot (never by half a step, so never across a quadrant line). */
  x: number;
  /** Impact, nudged likewise. */
  y: number;
}

/** Where the 1st, 2nd, ... point on one spot is drawn, in score units around the spot. */
const NUDGES: readonly [number, number][] = [
  [0, 0],
  [0.38, 0],
  [-0.38, 0],
  [0, 0.38],
  [0, -0.38],
  [0.3, 0.3],
  [-0.3, -0.3],
  [0.3, -0.3],
  [-0.3, 0.3],
];

/** The one numbering of the impact/effort map, shared by the slide (PDF) and the PPTX so both state the same thing. */
export function numberedMapPoints(points: readonly MapPoint[]): NumberedMapPoint[] {
  const seen = new Map<string, number>();
  return points.map((point, i) => {
    const key = `${point.impact}|${point.effort}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const [dx, dy] = NUDGES[k % NUDGES.length];
    return { ...point, n: point.rank ?? i + 1, x: point.effort + dx, y: point.impact + dy };
  });
}

/** "Not on the map: 1 Customs documents, 4 Invoice matching (not scored yet); 7 Old idea (stopped)" or null when all are on it. */
export function notOnMapText(portfolio: Pick<PortfolioSection, 'notOnMap'>): string | null {
  const rest = portfolio.notOnMap ?? [];
  if (rest.length === 0) return null;
  const groups = new Map<string, string[]>();
  for (const r of rest) groups.set(r.why, [...(groups.get(r.why) ?? []), `${r.rank} ${r.title}`]);
  return `Not on the map: ${[...groups].map(([why, items]) => `${items.join(', ')} (${why})`).join('; ')}`;
}

/** One row of the map key continued on its own page: number, use case, where it sits, stage and tier (the same words in the PDF and the PPTX). */
export function mapKeyRow(point: NumberedMapPoint, stageLabel: string, tierLabel: string): string[] {
  return [String(point.n), point.title, point.placement ?? point.quadrant, stageLabel, tierLabel];
}
export const MAP_KEY_HEADER = ['No.', 'Use case', 'On the map', 'Stage', 'EU AI Act tier'];

/** "17 more (numbers 15 to 31): the key continues after this slide", or null when the whole key is on the map's slide. */
export function mapKeyContinuesText(
  allPoints: readonly NumberedMapPoint[],
  shown: readonly NumberedMapPoint[],
): string | null {
  const more = allPoints.filter((p) => !shown.some((s) => s.id === p.id));
  if (more.length === 0) return null;
  const numbers = more.map((p) => p.n);
  return `${more.length} more (numbers ${Math.min(...numbers)} to ${Math.max(...numbers)}): the key continues after this slide`;
}
