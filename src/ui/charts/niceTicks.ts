/**
 * Whole-number ticks from 0 that cover `max`, `count` of them at a round step: steps of 1 to 10 go by 1, then
 * by 5 a decade (15, 20, 25...; 150, 200...). Nothing to cover (0) gives 0, 1, 2, 3, 4.
 */
export function niceTicks(max: number, count = 5): number[] {
  const rough = max / (count - 1);
  const digits = rough > 0 ? Math.floor(Math.log10(rough)) + 1 : 1;
  const round = digits <= 1 ? 1 : 5 * 10 ** (digits - 2);
  const step = Math.max(1, Math.ceil(rough / round) * round);
  return Array.from({ length: count }, (_, i) => i * step);
}
