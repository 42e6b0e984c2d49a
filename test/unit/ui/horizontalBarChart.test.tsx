// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HorizontalBarChart } from '../../../src/ui/charts/HorizontalBarChart';
import { niceTicks } from '../../../src/ui/charts/niceTicks';

describe('the plain-SVG bar chart', () => {
  it('draws a bar and its value per category, none for an empty one, and wraps a long label', () => {
    const { container } = render(
      <HorizontalBarChart
        bars={[
          { label: 'Idea', value: 76, note: '+2' },
          { label: 'Evaluation', value: 0 },
          { label: 'Structural (in production)', value: 20 },
        ]}
        width={560}
        height={300}
        margin={{ top: 0, right: 60, bottom: 0, left: 10 }}
        labelWidth={110}
        fill="#0E7C66"
        labelFontSize={15}
        valueStyle={{ fontSize: 15, fontWeight: 600 }}
        noteStyle={{ fontSize: 14, fontWeight: 700, fill: '#fff' }}
      />,
    );
    expect(container.querySelectorAll('rect')).toHaveLength(2);
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['0', '20', '40', '60', '80', 'Idea', '76', '+2']));
    const wrapped = [...container.querySelectorAll('text')].find((t) =>
      t.textContent?.startsWith('Structural'),
    )!;
    expect([...wrapped.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual([
      'Structural (in',
      'production)',
    ]);
    expect(container.querySelector('[class*="recharts"]')).toBeNull();
  });

  it('counts in round whole steps', () => {
    expect(niceTicks(76)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(23)).toEqual([0, 6, 12, 18, 24]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(0)).toEqual([0, 1, 2, 3, 4]);
  });
});
