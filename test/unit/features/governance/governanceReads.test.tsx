// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import { createRegisterRecord } from '../../../../src/db/governance/registers';
import { createUseCase } from '../../../../src/db/portfolio/useCases';
import { db } from '../../../../src/db/core/schema';
import { ClientLayout } from '../../../../src/features/clients/ClientLayout';
import { GovernanceLayout } from '../../../../src/features/governance/GovernanceLayout';
import { RegisterListScreen } from '../../../../src/features/governance/registers/RegisterListScreen';
import { GovernanceCalendarScreen } from '../../../../src/features/governance/overview/GovernanceCalendarScreen';

/** How often the governance area read the client's controls. */
const reads = vi.hoisted(() => ({ controls: 0 }));
vi.mock('../../../../src/db/controls/queries', async (real) => {
  const m = await real<typeof import('../../../../src/db/controls/queries')>();
  return {
    ...m,
    loadControlsData: (...a: Parameters<typeof m.loadControlsData>) => (
      reads.controls++,
      m.loadControlsData(...a)
    ),
  };
});

let useCaseQueries = 0;
beforeEach(() => {
  reads.controls = 0;
  useCaseQueries = 0;
  const where = db.useCases.where.bind(db.useCases);
  vi.spyOn(db.useCases, 'where').mockImplementation(((index: string) => {
    if (index === 'clientId') useCaseQueries++;
    return where(index);
  }) as typeof db.useCases.where);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function open(path: string) {
  const client = await createClient(db, { name: `Brightside ${path}` });
  await createUseCase(db, client.id, { title: 'Drafting replies', date: '2026-01-02' });
  await createRegisterRecord(db, 'risks', client.id, { title: 'Prompt injection in replies' });
  render(
    <MemoryRouter initialEntries={[`/clients/${client.id}/governance/${path}`]}>
      <Routes>
        <Route path="/clients/:clientId" element={<ClientLayout />}>
          <Route path="governance" element={<GovernanceLayout />}>
            <Route path="calendar" element={<GovernanceCalendarScreen />} />
            <Route path=":registerSlug" element={<RegisterListScreen />} />
          </Route>
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

describe('the governance area reads what its screen shows', () => {
  it('a register list reads the client use cases once and none of its controls', async () => {
    await open('risks');
    expect(await screen.findAllByRole('link', { name: 'Prompt injection in replies' })).not.toHaveLength(0);
    expect(reads.controls).toBe(0);
    expect(useCaseQueries).toBe(1);
  });

  it('the calendar reads the controls, whose reviews it lists', async () => {
    await open('calendar');
    await screen.findByRole('heading', { name: /calendar/i });
    expect(reads.controls).toBeGreaterThan(0);
  });
});
