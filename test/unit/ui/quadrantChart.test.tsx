// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { QuadrantChart } from '../../../src/ui/charts/QuadrantChart';

afterEach(cleanup);

type Point = { id: string; x: number; y: number };
const points: Point[] = [
  { id: 'quick', x: 1, y: 5 },
  { id: 'middle', x: 3, y: 3 },
  { id: 'sink', x: 5, y: 1 },
];

function chart(extra: Partial<Parameters<typeof QuadrantChart<Point>>[0]> = {}) {
  return render(
    <QuadrantChart
      points={points}
      pointKey={(p) => p.id}
      renderPoint={(p, active) => (
        <circle r={8} tabIndex={0} aria-label={`Point ${p.id}`} data-active={active || undefined} />
      )}
      tooltip={(p) => `About ${p.id}`}
      width="100%"
      height={500}
      inset={{ top: 16, right: 24, bottom: 58, left: 56 }}
      margin={0.5}
      label={{ fontSize: 13 }}
      ticks={{ fontSize: 12 }}
      x={{ label: 'Effort →', position: 'insideBottom', offset: -16, fontSize: 13 }}
      y={{ label: 'Impact →', fontSize: 13, width: 48 }}
      {...extra}
    />,
  );
}

/** The percentage position of the SVG viewport a point is drawn in. */
const placeOf = (name: string) => {
  const at = screen.getByLabelText(name).closest('svg.quadrant-chart__at')!;
  return [at.getAttribute('x'), at.getAttribute('y')];
};

describe('the impact/effort chart', () => {
  it('places every point by percentages of the plot, so it follows its container without measuring', () => {
    chart();
    // The axes run from 0.5 to 5.5: effort 1 is a tenth across, impact 5 a tenth down.
    expect(placeOf('Point quick')).toEqual(['10.000%', '10.000%']);
    expect(placeOf('Point middle')).toEqual(['50.000%', '50.000%']);
    expect(placeOf('Point sink')).toEqual(['90.000%', '90.000%']);
  });

  it('names the four quadrants in their corners and numbers both axes 1 to 5', () => {
    const { container } = chart();
    for (const name of ['Quick wins', 'Strategic bets', 'Fill-ins', 'Time sinks'])
      expect(screen.getByText(name)).toBeTruthy();
    const numbers = [...container.querySelectorAll('.quadrant-chart__axis text')].map((t) => t.textContent);
    expect(numbers.filter((n) => n === '3')).toHaveLength(2);
    expect(numbers).toContain('Effort →');
    expect(numbers).toContain('Impact →');
    // The quick wins' fill spans effort 0.5-2.5 (40% across) and impact 2.5-5.5 (60% down).
    const rects = [...container.querySelectorAll('rect')];
    expect(rects.map((r) => [r.getAttribute('width'), r.getAttribute('height')])).toContainEqual([
      '40.000%',
      '60.000%',
    ]);
  });

  it('describes the point under the pointer or with the focus, and hides the description after', () => {
    chart();
    expect(screen.queryByText('About middle')).toBeNull();
    fireEvent.pointerEnter(screen.getByLabelText('Point middle'));
    expect(screen.getByText('About middle')).toBeTruthy();
    expect(screen.getByLabelText('Point middle').getAttribute('data-active')).toBe('true');
    fireEvent.pointerLeave(screen.getByLabelText('Point middle'));
    expect(screen.queryByText('About middle')).toBeNull();
    fireEvent.focus(screen.getByLabelText('Point sink'));
    const tip = screen.getByText('About sink');
    // Near the right edge the description opens to the left of the point.
    expect(tip.className).toContain('quadrant-chart__tooltip--left');
    fireEvent.blur(screen.getByLabelText('Point sink'));
    expect(screen.queryByText('About sink')).toBeNull();
  });

  it('draws every map of the app without Recharts (it measured and laid out each map: about 100 ms for 196 use cases)', () => {
    for (const file of [
      'src/ui/charts/QuadrantChart.tsx',
      'src/features/portfolio/views/MapView.tsx',
      'src/features/workshops/stage/IdeaMap.tsx',
    ])
      expect(readFileSync(file, 'utf8')).not.toMatch(/from 'recharts'/);
    expect(readFileSync('src/features/reports/slides/overviewSlides.tsx', 'utf8')).not.toMatch(
      /ScatterChart|<Scatter\b/,
    );
  });
});
