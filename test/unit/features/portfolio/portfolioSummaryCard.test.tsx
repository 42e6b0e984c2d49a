// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import { db } from '../../../../src/db/core/schema';
import { PortfolioSummaryCard } from '../../../../src/features/portfolio/PortfolioSummaryCard';
import { makeKpi, makeMeasurement, makeUseCase } from '../../domain/portfolio/fixtures';

/** Whether the card read the client's whole measurement log (a large client has thousands). */
const reads = vi.hoisted(() => ({ measurementsForClient: 0 }));
vi.mock('../../../../src/db/portfolio/kpis', async (real) => {
  const m = await real<typeof import('../../../../src/db/portfolio/kpis')>();
  return {
    ...m,
    measurementsForClient: (...a: Parameters<typeof m.measurementsForClient>) => (
      reads.measurementsForClient++,
      m.measurementsForClient(...a)
    ),
  };
});

afterEach(cleanup);

describe('the portfolio card of the client overview', () => {
  it('shows value realised from the latest measurement without reading every measurement', async () => {
    const client = await createClient(db, { name: 'Brightside Logistics' });
    const useCase = makeUseCase({
      id: 'uc-card',
      clientId: client.id,
      stage: 'structural',
      stageHistory: [{ stage: 'structural', date: '2026-01-01' }],
    });
    const kpi = makeKpi({
      id: 'kpi-card',
      clientId: client.id,
      useCaseId: useCase.id,
      unit: 'hours-per-month',
      direction: 'higher-is-better',
      baselineValue: 10,
      baselineDate: '2026-01-01',
    });
    // 200 measurements from 2025-12-01 on; the last of them (20 hours better than the baseline) counts.
    const log = Array.from({ length: 200 }, (_, i) => {
      const day = new Date(Date.UTC(2025, 11, 1 + i)).toISOString().slice(0, 10);
      return makeMeasurement(kpi, day, i === 199 ? 30 : 12);
    });
    await db.useCases.add(useCase);
    await db.kpis.add(kpi);
    await db.kpiMeasurements.bulkAdd(log);

    render(
      <MemoryRouter>
        <PortfolioSummaryCard client={client} />
      </MemoryRouter>,
    );
    expect(await screen.findByText('20 h/month')).toBeTruthy();
    expect(reads.measurementsForClient).toBe(0);
  });
});
