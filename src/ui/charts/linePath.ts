/** A point of a line chart in its own units (x: time or index, y: value). */
export type ChartPoint = { x: number; y: number };

const sign = (v: number) => (v < 0 ? -1 : 1);
const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The SVG path of a line through `points` (already in drawing coordinates, x ascending): straight segments, or a
 * monotone cubic (Fritsch-Carlson, the curve d3 and Recharts call "monotoneX": it never overshoots a point, so a
 * KPI never seems to pass a level it did not reach). The curve is drawn the same after scaling x and y apart,
 * which lets a chart draw it once in a fixed box and stretch it to any width.
 */
export function linePath(points: readonly ChartPoint[], curve: 'linear' | 'monotone'): string {
  const ps = points.filter((p, i) => i === 0 || p.x !== points[i - 1].x || p.y !== points[i - 1].y);
  if (ps.length === 0) return '';
  const parts = [`M${round(ps[0].x)},${round(ps[0].y)}`];
  if (curve === 'linear' || ps.length < 3) {
    for (const p of ps.slice(1)) parts.push(`L${round(p.x)},${round(p.y)}`);
    return parts.join('');
  }
  // Tangent at each point: the secant slopes' harmonic limit inside, a three-point estimate at the ends.
  const n = ps.length;
  const slopes = Array.from({ length: n - 1 }, (_, i) => {
    const h = ps[i + 1].x - ps[i].x;
    return h ? (ps[i + 1].y - ps[i].y) / h : 0;
  });
  const tangents = new Array<number>(n);
  for (let i = 1; i < n - 1; i++) {
    const h0 = ps[i].x - ps[i - 1].x;
    const h1 = ps[i + 1].x - ps[i].x;
    const s0 = slopes[i - 1];
    const s1 = slopes[i];
    const p = (s0 * h1 + s1 * h0) / (h0 + h1 || 1);
    tangents[i] = (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
  }
  const end = (i: number, inner: number, t: number) => {
    const h = ps[inner].x - ps[i].x;
    return h ? (3 * (ps[inner].y - ps[i].y)) / h - t : t;
  };
  tangents[0] = end(0, 1, tangents[1]) / 2;
  tangents[n - 1] = end(n - 1, n - 2, tangents[n - 2]) / 2;
  for (let i = 0; i < n - 1; i++) {
    const a = ps[i];
    const b = ps[i + 1];
    const dx = (b.x - a.x) / 3;
    parts.push(
      `C${round(a.x + dx)},${round(a.y + dx * tangents[i])},${round(b.x - dx)},${round(b.y - dx * tangents[i + 1])},${round(b.x)},${round(b.y)}`,
    );
  }
  return parts.join('');
}
