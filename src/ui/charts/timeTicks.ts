const DAY_MS = 86_400_000;
const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24];

/**
 * Ticks of a time axis from `start` to `end` (ms): whole days, weeks or first days of months (a month step starts
 * at a month that divides by it, so a year reads Jan, Mar, May...), the shortest step that gives at most `most`
 * ticks. Each tick is at noon, local time, like the days it stands for.
 */
export function timeTicks(start: number, end: number, most = 7): number[] {
  const from = new Date(start);
  const first = new Date(from.getFullYear(), from.getMonth(), from.getDate(), 12);
  if (first.getTime() < start) first.setDate(first.getDate() + 1);
  for (const step of DAY_STEPS) {
    if ((end - first.getTime()) / DAY_MS / step + 1 > most) continue;
    const ticks: number[] = [];
    for (const d = new Date(first); d.getTime() <= end; d.setDate(d.getDate() + step))
      ticks.push(d.getTime());
    return ticks;
  }
  for (const step of MONTH_STEPS) {
    const ticks: number[] = [];
    const month = Math.ceil((from.getFullYear() * 12 + from.getMonth()) / step) * step;
    for (let m = month; ; m += step) {
      const d = new Date(Math.floor(m / 12), m % 12, 1, 12).getTime();
      if (d < start) continue;
      if (d > end || ticks.length > most) break;
      ticks.push(d);
    }
    if (ticks.length <= most) return ticks;
  }
  return [];
}
