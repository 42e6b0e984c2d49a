// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import { addMeasurement, createKpi } from '../../../../src/db/portfolio/kpis';
import { createUseCase } from '../../../../src/db/portfolio/useCases';
import { createReport } from '../../../../src/db/reports/reports';
import { db } from '../../../../src/db/core/schema';
import { PrintReport } from '../../../../src/features/reports/print/PrintReport';

/** Every Recharts component the print view draws (each one runs Recharts' store and layout). */
const recharts = vi.hoisted(() => ({ drawn: [] as string[] }));
vi.mock('recharts', async (real) => {
  const actual = await real<Record<string, unknown>>();
  return Object.fromEntries(
    Object.entries(actual).map(([name, value]) => [
      name,
      typeof value === 'function' && /^[A-Z]/.test(name)
        ? (props: object) => {
            recharts.drawn.push(name);
            return (value as (p: object) => unknown)(props);
          }
        : value,
    ]),
  );
});

afterEach(cleanup);
// jsdom has no font loading; the print view waits for it before it signals it is ready.
Object.defineProperty(document, 'fonts', { value: { ready: Promise.resolve() }, configurable: true });

describe('the print view of a report', () => {
  it('draws the pilots’ KPI trends as light SVG line charts, without Recharts', async () => {
    const client = await createClient(db, { name: 'Brightside' });
    const useCase = await createUseCase(db, client.id, { title: 'Drafting replies', date: '2026-01-02' });
    await db.useCases.update(useCase.id, { stage: 'pilot' });
    const kpi = await createKpi(db, useCase.id, {
      name: 'Cost per case',
      unit: 'eur-per-task',
      direction: 'lower-is-better',
      baselineValue: 40,
      baselineDate: '2026-01-01',
      targetValue: 25,
      scaleUpThreshold: 30,
    } as Parameters<typeof createKpi>[2]);
    for (const [i, value] of [38, 34, 31, 29].entries())
      await addMeasurement(db, kpi.id, {
        date: `2026-10-0${i + 1}`,
        value,
        note: '',
        confidence: 'high',
      } as Parameters<typeof addMeasurement>[2]);
    const report = await createReport(db, client.id, '2026-Q4', {
      headlines: ['', '', ''],
      overallStatus: null,
      decisionsRequested: [],
      nextSteps: [],
      notDoing: [],
    });
    const { container } = render(
      <MemoryRouter initialEntries={[`/print/report/${report.id}`]}>
        <Routes>
          <Route path="/print/report/:reportId" element={<PrintReport />} />
        </Routes>
      </MemoryRouter>,
    );
    await waitFor(() => expect(document.body.dataset.printReady).toBe('true'), { timeout: 10_000 });

    const pilots = [...container.querySelectorAll('section')].find((s) =>
      s.textContent?.includes('Pilot results'),
    )!;
    const trends = pilots.querySelectorAll('.pilot-trend');
    expect(trends).toHaveLength(1);
    // The four measurements as dots, baseline and target as dashed levels.
    expect(trends[0].querySelectorAll('circle')).toHaveLength(4);
    expect(trends[0].querySelectorAll('line[stroke-dasharray]')).toHaveLength(2);
    expect(pilots.querySelector('[class*="recharts"]')).toBeNull();
    expect(recharts.drawn.filter((name) => /^Line|Line$/.test(name))).toEqual([]);
  }, 30_000);
});

describe('the report’s slides', () => {
  it('draw their bar charts (stages, staff answers) as plain SVG: no slide imports Recharts', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = 'src/features/reports/slides';
    const files = readdirSync(dir).filter((f) => f.endsWith('.tsx'));
    expect(files).toContain('overviewSlides.tsx');
    for (const file of files)
      expect(readFileSync(`${dir}/${file}`, 'utf8'), file).not.toMatch(/from 'recharts'/);
  });
});
