// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import { createUseCase } from '../../../../src/db/portfolio/useCases';
import { db } from '../../../../src/db/core/schema';
import { ClientLayout } from '../../../../src/features/clients/ClientLayout';
import { PortfolioPage } from '../../../../src/features/portfolio/PortfolioPage';

/** Which of the client's tables the page read: a large client has thousands of measurements. */
const reads = vi.hoisted(() => ({ kpis: 0, measurements: 0, decisions: 0 }));

vi.mock('../../../../src/db/portfolio/useCases', async (real) => {
  const m = await real<typeof import('../../../../src/db/portfolio/useCases')>();
  return {
    ...m,
    kpisForClient: (...a: Parameters<typeof m.kpisForClient>) => (reads.kpis++, m.kpisForClient(...a)),
    measurementsForClient: (...a: Parameters<typeof m.measurementsForClient>) => (
      reads.measurements++,
      m.measurementsForClient(...a)
    ),
    gateDecisionsForClient: (...a: Parameters<typeof m.gateDecisionsForClient>) => (
      reads.decisions++,
      m.gateDecisionsForClient(...a)
    ),
  };
});
// The views themselves are not what is tested here: each says it was drawn, with how many use cases.
const drawn = vi.hoisted(
  () =>
    (name: string) =>
    ({ data }: { data: { useCases: unknown[] } }) =>
      `${name} of ${data.useCases.length}`,
);
vi.mock('../../../../src/features/portfolio/views/MapView', () => ({ MapView: drawn('MapView') }));
vi.mock('../../../../src/features/portfolio/views/TableView', () => ({ TableView: drawn('TableView') }));
vi.mock('../../../../src/features/portfolio/views/OverviewView', () => ({
  OverviewView: drawn('OverviewView'),
}));

beforeEach(() => Object.assign(reads, { kpis: 0, measurements: 0, decisions: 0 }));
afterEach(cleanup);

async function open(view: string) {
  const client = await createClient(db, { name: `Brightside ${view}` });
  await createUseCase(db, client.id, { title: 'Drafting replies', date: '2026-01-02' });
  render(
    <MemoryRouter initialEntries={[`/clients/${client.id}/portfolio?view=${view}`]}>
      <Routes>
        <Route path="/clients/:clientId" element={<ClientLayout />}>
          <Route path="portfolio" element={<PortfolioPage />} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

describe('the portfolio reads what its view draws', () => {
  it('the map reads the use cases alone: no KPIs, measurements or gate decisions', async () => {
    await open('map');
    await screen.findByText('MapView of 1');
    expect(reads).toEqual({ kpis: 0, measurements: 0, decisions: 0 });
  });

  it('the register reads the KPIs (hard filters) but not the measurements', async () => {
    await open('table');
    await screen.findByText('TableView of 1');
    expect(reads.kpis).toBeGreaterThan(0);
    expect(reads.measurements + reads.decisions).toBe(0);
  });

  it('the overview reads everything', async () => {
    await open('overview');
    await screen.findByText('OverviewView of 1');
    expect(reads.measurements).toBeGreaterThan(0);
    expect(reads.decisions).toBeGreaterThan(0);
  });
});
