// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { memo, type ComponentProps } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import { createUseCase } from '../../../../src/db/portfolio/useCases';
import { createReport } from '../../../../src/db/reports/reports';
import { db } from '../../../../src/db/core/schema';
import { ClientLayout } from '../../../../src/features/clients/ClientLayout';
import { ReportEditor } from '../../../../src/features/reports/ReportEditor';

/** How often each part was drawn: the editor's page (its header), the slide list, each preview slide by kind. */
const renders = vi.hoisted(() => ({ page: 0, slideList: 0, slides: {} as Record<string, number> }));

vi.mock('../../../../src/ui/PageHeader', async (real) => {
  const { PageHeader } = await real<typeof import('../../../../src/ui/PageHeader')>();
  return {
    PageHeader: (props: ComponentProps<typeof PageHeader>) => {
      renders.page++;
      return <PageHeader {...props} />;
    },
  };
});
// Drawn again only when the editor hands it other props than last time (a memo like the real one).
vi.mock('../../../../src/features/reports/SlideList', async (real) => {
  const { SlideList } = await real<typeof import('../../../../src/features/reports/SlideList')>();
  return {
    SlideList: memo((props: ComponentProps<typeof SlideList>) => {
      renders.slideList++;
      return <SlideList {...props} />;
    }),
  };
});
vi.mock('../../../../src/features/reports/slides/ReportSlides', async (real) => {
  const { ReportSlide } = await real<typeof import('../../../../src/features/reports/slides/ReportSlides')>();
  return {
    ReportSlide: (props: ComponentProps<typeof ReportSlide>) => {
      const key = `${props.page.kind}.${props.page.part}`;
      renders.slides[key] = (renders.slides[key] ?? 0) + 1;
      return <ReportSlide {...props} />;
    },
  };
});

afterEach(cleanup);

async function openEditor() {
  const client = await createClient(db, { name: 'Brightside' });
  await createUseCase(db, client.id, { title: 'Drafting replies', date: '2026-01-02' });
  const report = await createReport(db, client.id, '2026-Q4', {
    headlines: ['', '', ''],
    overallStatus: null,
    decisionsRequested: [],
    nextSteps: [],
    notDoing: [],
  });
  render(
    <MemoryRouter initialEntries={[`/clients/${client.id}/reports/${report.id}`]}>
      <Routes>
        <Route path="/clients/:clientId" element={<ClientLayout />}>
          <Route path="reports/:reportId" element={<ReportEditor />} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
  await screen.findByLabelText('Headline 1');
  await screen.findAllByRole('region', { name: /^Slide \d+:/ });
  return report;
}

const snapshot = () => ({ ...renders, slides: { ...renders.slides } });
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('the report editor draws only what a keystroke or a tick changed', () => {
  it('typing a headline saves each keystroke and redraws the slides with texts, not the page, the slide list or the other previews', async () => {
    const report = await openEditor();
    await settle();
    const before = snapshot();
    const field = screen.getByLabelText('Headline 1');
    let typed = '';
    for (const key of 'Pilot saves hours') {
      typed += key;
      fireEvent.change(field, { target: { value: typed } });
    }
    await waitFor(async () => expect((await db.reports.get(report.id))!.texts.headlines[0]).toBe(typed));
    const summary = screen.getAllByRole('region', { name: /^Slide \d+:/ })[1];
    await waitFor(() => expect(summary.textContent).toContain(typed));
    await settle();

    expect(renders.page - before.page, 'page redrawn per keystroke').toBe(0);
    expect(renders.slideList - before.slideList, 'slide list redrawn per keystroke').toBe(0);
    const redrawn = Object.keys(renders.slides).filter((k) => renders.slides[k] !== before.slides[k]);
    expect(redrawn.every((k) => k.startsWith('summary.') || k.startsWith('roadmap.'))).toBe(true);
    expect(redrawn).toContain('summary.1');
    expect(Object.keys(before.slides).length).toBeGreaterThan(2);
  }, 30_000);

  it('ticking a slide off redraws none of the other previews, and renumbers them', async () => {
    const report = await openEditor();
    await settle();
    const slides = () => screen.getAllByRole('region', { name: /^Slide \d+:/ });
    const count = slides().length;
    const before = snapshot();
    const list = screen.getByRole('region', { name: 'Slides' });
    fireEvent.click(within(list).getByRole('checkbox', { name: 'Executive summary' }));
    await waitFor(() => expect(slides()).toHaveLength(count - 1));
    await settle();

    expect((await db.reports.get(report.id))!.slides.find((s) => s.kind === 'summary')?.included).toBe(false);
    expect(Object.keys(renders.slides).filter((k) => renders.slides[k] !== before.slides[k])).toEqual([]);
    expect(slides().map((s) => s.getAttribute('aria-label')?.split(':')[0])).toEqual(
      Array.from({ length: count - 1 }, (_, i) => `Slide ${i + 1}`),
    );
    expect(slides().at(-1)!.textContent).toContain(`${count - 1} / ${count - 1}`);
  }, 30_000);
});
