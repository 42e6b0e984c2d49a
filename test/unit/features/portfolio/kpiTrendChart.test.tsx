// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Kpi, Measurement } from '../../../../src/domain/portfolio';
import { KpiTrendChart } from '../../../../src/features/portfolio/kpis/KpiTrendChart';

afterEach(cleanup);

const kpi: Kpi = {
  id: 'kpi-1',
  clientId: 'client-1',
  useCaseId: 'uc-1',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  name: 'Cost per case',
  unit: 'eur-per-task',
  direction: 'lower-is-better',
  baselineValue: 40,
  baselineDate: '2025-01-01',
  targetValue: 25,
  scaleUpThreshold: 30,
};

function series(n: number): Measurement[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `m-${i}`,
    clientId: 'client-1',
    kpiId: kpi.id,
    useCaseId: kpi.useCaseId,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    date: new Date(Date.UTC(2025, 0, 2 + i)).toISOString().slice(0, 10),
    value: 40 - (i * 15) / n,
    note: '',
    confidence: 'high',
  }));
}

describe('the KPI trend chart', () => {
  // The page of a use case draws four of these; with Recharts each cost about 30 ms of layout and React work.
  it('draws 500 measurements as one path with a few dozen SVG elements, at any width, without measuring', () => {
    const { container } = render(
      <KpiTrendChart kpi={kpi} measurements={series(500)} plannedEnd="2025-09-30" />,
    );
    const figure = screen.getByRole('figure', {
      name: /^Trend of Cost per case, baseline 40 EUR per task, target 25 EUR per task, latest/,
    });
    expect(figure.querySelectorAll('path.line-chart__line')).toHaveLength(1);
    expect(figure.querySelectorAll('circle')).toHaveLength(0);
    expect(figure.querySelectorAll('*').length).toBeLessThan(120);
    expect(container.querySelector('[class*="recharts"]')).toBeNull();
    expect(figure.textContent).toContain('Baseline 40');
    expect(figure.textContent).toContain('Target 25');
    expect(figure.textContent).toContain('Scale-up 30');
    expect(figure.textContent).toContain('Planned end');
  });

  it('dots a short series and steps through its points from the keyboard, saying each', () => {
    render(<KpiTrendChart kpi={kpi} measurements={series(5)} plannedEnd={null} />);
    const figure = screen.getByRole('figure');
    expect(figure.querySelectorAll('circle')).toHaveLength(6); // the baseline and 5 measurements
    const plot = screen.getByRole('application', { name: /Measurements of Cost per case/ });
    fireEvent.keyDown(plot, { key: 'End' });
    expect(figure.textContent).toContain('6 Jan 2025: 28 EUR per task');
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    expect(figure.textContent).toContain('5 Jan 2025: 31 EUR per task');
    fireEvent.keyDown(plot, { key: 'Escape' });
    expect(figure.textContent).not.toContain('EUR per task');
  });
});
