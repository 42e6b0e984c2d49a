// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MaturityChart } from '../../../../src/features/clients/MaturityChart';

afterEach(cleanup);

const maturity = { strategy: 5, data: 1, technology: 3, people: 2, governance: 4 };

/** The corners of an SVG polygon's `points`. */
const corners = (el: Element) =>
  el
    .getAttribute('points')!
    .split(' ')
    .map((p) => p.split(',').map(Number) as [number, number]);

describe('the maturity chart on the client overview', () => {
  it('names every dimension with its score and draws one ring per level and one spoke per dimension', () => {
    const { container } = render(<MaturityChart maturity={maturity} color="#3366cc" />);
    expect(
      screen.getByRole('figure', {
        name: 'AI maturity: Strategy 5, Data 1, Technology 3, People 2, Governance 4 (out of 5)',
      }),
    ).toBeTruthy();
    const labels = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual(['Strategy', 'Data', 'Technology', 'People', 'Governance']);
    expect(container.querySelectorAll('polygon:not(.maturity-chart__scores)')).toHaveLength(5);
    expect(container.querySelectorAll('line')).toHaveLength(5);
  });

  it('places each score at its share of the outer ring: 5 on the ring, 1 at a fifth of it', () => {
    const { container } = render(<MaturityChart maturity={maturity} color="#3366cc" size={260} />);
    const outer = corners(container.querySelectorAll('polygon:not(.maturity-chart__scores)')[4]);
    const scores = corners(container.querySelector('polygon.maturity-chart__scores')!);
    const centre = [160, 104];
    const distance = ([x, y]: [number, number]) => Math.hypot(x - centre[0], y - centre[1]);
    const ring = distance(outer[0]);
    expect(ring).toBeCloseTo(260 * 0.28, 0);
    // Strategy (5) straight up on the ring; Data (1) at a fifth of it, to the upper right.
    expect(scores[0][0]).toBeCloseTo(160, 1);
    expect(distance(scores[0])).toBeCloseTo(ring, 0);
    expect(distance(scores[1]) / ring).toBeCloseTo(0.2, 1);
    expect(scores[1][0]).toBeGreaterThan(160);
    expect(scores.map(distance).map((d) => Math.round((d / ring) * 5))).toEqual([5, 1, 3, 2, 4]);
  });

  it('draws without Recharts, so the overview does not load the chart library', () => {
    // Recharts measured every tick label (getBoundingClientRect) and ran its store: 10-20 ms of the overview.
    const source = readFileSync('src/features/clients/MaturityChart.tsx', 'utf8');
    expect(source).not.toMatch(/from 'recharts'/);
  });
});
