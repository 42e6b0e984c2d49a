/**
 * Axis scale for KPI trend charts.
 */

/** A y-axis range with round ends and a round step (1, 2 or 5 times a power of ten), about five ticks. */
export function niceAxis(low: number, high: number): { domain: [number, number]; ticks: number[] } {
  const span = high - low || Math.abs(high) || 1;
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const start = Math.floor(low / step) * step;
  const end = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let t = start; t <= end + step / 2; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return { domain: [ticks[0], ticks[ticks.length - 1]], ticks };
}
