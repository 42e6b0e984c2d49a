import type { MapPoint, PortfolioSection } from './types';
import { english, type Translate } from '../shared/language';

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
export function notOnMapText(
  portfolio: Pick<PortfolioSection, 'notOnMap'>,
  t: Translate = english,
): string | null {
  const rest = portfolio.notOnMap ?? [];
  if (rest.length === 0) return null;
  const groups = new Map<string, string[]>();
  for (const r of rest) groups.set(r.why, [...(groups.get(r.why) ?? []), `${r.rank} ${r.title}`]);
  const list = [...groups].map(([why, items]) => `${items.join(', ')} (${why})`).join('; ');
  return t('Not on the map: {{list}}', { list });
}

/** One row of the map key continued on its own page: number, use case, where it sits, stage and tier (the same words in the PDF and the PPTX). */
export function mapKeyRow(
  point: NumberedMapPoint,
  stageLabel: string,
  tierLabel: string,
  t: Translate = english,
): string[] {
  return [String(point.n), point.title, t(point.placement ?? point.quadrant), stageLabel, tierLabel];
}

/** The header of the continued map key, in the report's language. */
export function mapKeyHeader(t: Translate = english): string[] {
  return [t('No.'), t('Use case'), t('On the map'), t('Stage'), t('EU AI Act tier')];
}

/** "17 more (numbers 15 to 31): the key continues after this slide", or null when the whole key is on the map's slide. */
export function mapKeyContinuesText(
  allPoints: readonly NumberedMapPoint[],
  shown: readonly NumberedMapPoint[],
  t: Translate = english,
): string | null {
  const more = allPoints.filter((p) => !shown.some((s) => s.id === p.id));
  if (more.length === 0) return null;
  const numbers = more.map((p) => p.n);
  return t('{{count}} more (numbers {{from}} to {{to}}): the key continues after this slide', {
    count: more.length,
    from: Math.min(...numbers),
    to: Math.max(...numbers),
  });
}
