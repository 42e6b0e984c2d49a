import { describe, expect, it } from 'vitest';
import { linePath } from '../../../../src/ui/charts/linePath';
import { timeTicks } from '../../../../src/ui/charts/timeTicks';

const numbers = (d: string) => d.match(/-?\d+(\.\d+)?/g)!.map(Number);

describe('the line of a line chart', () => {
  it('joins points with straight segments, or with a monotone curve that does not overshoot', () => {
    const points = [
      { x: 0, y: 10 },
      { x: 10, y: 0 },
      { x: 20, y: 0 },
      { x: 30, y: 10 },
    ];
    expect(linePath(points, 'linear')).toBe('M0,10L10,0L20,0L30,10');
    const curve = linePath(points, 'monotone');
    expect(curve.startsWith('M0,10C')).toBe(true);
    expect(curve.match(/C/g)).toHaveLength(3);
    const ys = numbers(curve).filter((_, i) => i % 2 === 1);
    // A flat stretch stays flat: no control point below the lowest value or above the highest.
    expect(Math.min(...ys)).toBe(0);
    expect(Math.max(...ys)).toBe(10);
  });

  it('is the same curve when x and y are scaled apart (so it can be stretched to the plot)', () => {
    const points = [3, 7, 4, 9, 2].map((y, x) => ({ x: x * 10, y }));
    const scaled = points.map((p) => ({ x: p.x * 3, y: p.y * 0.5 }));
    const a = numbers(linePath(points, 'monotone'));
    const b = numbers(linePath(scaled, 'monotone'));
    a.forEach((v, i) => expect(b[i]).toBeCloseTo(i % 2 === 0 ? v * 3 : v * 0.5, 1));
  });
});

describe('the ticks of a time axis', () => {
  const at = (y: number, m: number, d: number) => new Date(y, m, d, 12).getTime();
  it('takes days for a short span and first days of months for a long one, at most seven', () => {
    expect(timeTicks(at(2026, 0, 1), at(2026, 0, 4))).toHaveLength(4);
    const year = timeTicks(at(2025, 7, 15), at(2026, 7, 12)).map((t) => new Date(t));
    expect(year.length).toBeLessThanOrEqual(7);
    expect(year.every((d) => d.getDate() === 1 && d.getMonth() % 2 === 0)).toBe(true);
    expect(year[0]).toEqual(new Date(2025, 8, 1, 12));
  });
});
