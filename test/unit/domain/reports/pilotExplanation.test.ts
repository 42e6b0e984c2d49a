import { describe, expect, it } from 'vitest';
import { explainDisagreement } from '../../../../src/domain/reports/portfolioSection';
import type { KpiLine } from '../../../../src/domain/reports';

const line: KpiLine = {
  id: 'k',
  name: 'Time per posting',
  unitLabel: 'min',
  direction: 'lower-is-better',
  baseline: 45,
  current: 38,
  target: 15,
  status: 'at-risk',
  trend: [],
};

describe('a pilot whose KPI status and last gate decision disagree says why', () => {
  it('scaled while at risk: the decision, the evidence then, the KPIs now and the rationale', () => {
    const text = explainDisagreement(
      {
        decision: 'scale',
        date: '2026-02-10',
        rationale: 'Recruiters ask for it',
        evidence: [{ status: 'on-track' } as never],
      },
      'at-risk',
      [line],
    );
    expect(text).toBe(
      'Decided “scale” on 10 Feb 2026 on the evidence then (1 of 1 KPI on track); since then the latest measurements put it at risk: Time per posting 38 min (target 15). Rationale: Recruiters ask for it',
    );
  });

  it('agreeing status and decision need no explanation; stopping an on-track pilot does', () => {
    expect(
      explainDisagreement(
        { decision: 'scale', date: '2026-02-10', rationale: 'x', evidence: [] },
        'on-track',
        [],
      ),
    ).toBeNull();
    expect(
      explainDisagreement(
        { decision: 'iterate', date: '2026-02-10', rationale: 'x', evidence: [] },
        'off-track',
        [],
      ),
    ).toBeNull();
    expect(
      explainDisagreement(
        { decision: 'stop', date: '2026-02-10', rationale: 'Vendor left the market', evidence: [] },
        'on-track',
        [],
      ),
    ).toMatch(/its KPIs are on track, so the reason lies elsewhere\. Rationale: Vendor left the market/);
  });
});
