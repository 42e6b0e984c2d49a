import { describe, expect, it } from 'vitest';
import { newClient } from '../../../../src/domain/clients/client';
import {
  buildReportModel,
  chunk,
  compareReports,
  DEFAULT_SLIDES,
  EMPTY_GOVERNANCE,
  EMPTY_VENDORS,
  isInPeriod,
  moveSlide,
  withAllSlides,
  periodContaining,
  periodFromKey,
  previousPeriod,
  recentPeriods,
  reportPages,
  ROWS_PER_SLIDE,
  suggestTexts,
  notOnMapText,
  suggestOverallStatus,
  keyFigures,
  mapKeyContinuesText,
  mapKeyRow,
  numberedMapPoints,
  slideHasContent,
  type GovernanceReportData,
  type ReportModel,
  type ReportPage,
} from '../../../../src/domain/reports';
import { newUseCase, type UseCase } from '../../../../src/domain/portfolio';

const client = {
  ...newClient({ id: 'c1', name: 'Brightside Staffing', now: '2026-01-01T00:00:00Z' }),
  agreedAmount: 16,
};

function useCase(id: string, title: string, stage: UseCase['stage'], impact = 4, feasibility = 4): UseCase {
  const base = newUseCase({ id, clientId: 'c1', title, now: '2026-09-01T00:00:00Z', date: '2026-09-01' });
  return {
    ...base,
    stage,
    stageHistory: [{ stage, date: '2026-09-01' }],
    scores: { impact, reach: 3, feasibility, dataReadiness: 3, confidence: 3 },
  };
}

function model(
  overrides: { useCases?: UseCase[]; governance?: Partial<GovernanceReportData>; periodKey?: string } = {},
): ReportModel {
  return buildReportModel({
    client,
    period: periodFromKey(overrides.periodKey ?? '2026-Q4')!,
    today: '2026-11-26',
    preparedBy: 'CAIO',
    useCases: overrides.useCases ?? [],
    kpis: [],
    measurements: [],
    gateDecisions: [],
    engagement: [
      {
        id: 'e1',
        clientId: 'c1',
        date: '2026-10-05',
        hours: 6,
        activity: 'Workshop',
        note: '',
        createdAt: '',
        updatedAt: '',
      },
      {
        id: 'e2',
        clientId: 'c1',
        date: '2026-09-30',
        hours: 9,
        activity: 'Before the period',
        note: '',
        createdAt: '',
        updatedAt: '',
      },
      {
        id: 'e3',
        clientId: 'other',
        date: '2026-10-06',
        hours: 50,
        activity: 'Other client',
        note: '',
        createdAt: '',
        updatedAt: '',
      },
    ],
    governance: { ...EMPTY_GOVERNANCE, ...overrides.governance },
    vendors: EMPTY_VENDORS,
  });
}

describe('report periods', () => {
  it('parses months and quarters and walks back', () => {
    expect(periodFromKey('2026-Q4')).toEqual({
      key: '2026-Q4',
      kind: 'quarter',
      label: 'Q4 2026',
      start: '2026-10-01',
      end: '2026-12-31',
    });
    expect(periodFromKey('2026-02')).toMatchObject({
      label: 'February 2026',
      start: '2026-02-01',
      end: '2026-02-28',
    });
    expect(periodFromKey('2026-13')).toBeNull();
    expect(periodFromKey('2026-Q5')).toBeNull();
    expect(previousPeriod(periodFromKey('2026-Q1')!).key).toBe('2025-Q4');
    expect(previousPeriod(periodFromKey('2026-01')!).key).toBe('2025-12');
    expect(periodContaining('2026-11-26', 'quarter').key).toBe('2026-Q4');
    expect(recentPeriods('2026-11-26', 'month', 3).map((p) => p.key)).toEqual([
      '2026-11',
      '2026-10',
      '2026-09',
    ]);
    expect(isInPeriod('2026-12-31', periodFromKey('2026-Q4')!)).toBe(true);
    expect(isInPeriod('2027-01-01', periodFromKey('2026-Q4')!)).toBe(false);
  });
});

describe('report model', () => {
  it('counts only this client’s hours in the period, against the agreement for a quarter', () => {
    expect(model().engagement).toEqual({ hoursUsed: 6, hoursAgreed: 48 });
  });

  it('summarises the portfolio with stage counts and the map', () => {
    const m = model({
      useCases: [
        useCase('a', 'Job postings', 'pilot'),
        useCase('b', 'CV summaries', 'evaluation', 5, 2),
        useCase('c', 'Old idea', 'stopped'),
      ],
    });
    expect(m.portfolio.total).toBe(3);
    expect(m.portfolio.stageCounts.pilot).toBe(1);
    expect(m.portfolio.activePilots).toBe(2);
    expect(m.portfolio.map.map((p) => p.title)).toEqual(['Job postings', 'CV summaries']);
    expect(m.portfolio.map[1]).toMatchObject({ impact: 5, effort: 4, quadrant: 'strategic-bet' });
    expect(m.pilots.map((p) => p.title)).toEqual(['Job postings', 'CV summaries']);
    expect(m.roadmap.notNow.map((r) => r.title)).toEqual(['Old idea']);
    // Numbered by the portfolio ranking; the one it cannot place keeps its number and says why.
    expect(m.portfolio.map.map((p) => p.rank)).toEqual([1, 3]);
    expect(notOnMapText(m.portfolio)).toBe('Not on the map: 2 Old idea (stopped)');
    const blank = { impact: null, reach: null, feasibility: null, dataReadiness: null, confidence: null };
    const unscored = model({
      useCases: [
        useCase('a', 'Job postings', 'pilot'),
        { ...useCase('d', 'Aardvark', 'idea'), scores: blank },
        { ...useCase('e', 'Beaver', 'idea'), scores: blank },
        useCase('f', 'Old idea', 'stopped'),
      ],
    });
    expect(unscored.portfolio.map.map((p) => [p.rank, p.title])).toEqual([[1, 'Job postings']]);
    expect(notOnMapText(unscored.portfolio)).toBe(
      'Not on the map: 2 Old idea (stopped); 3 Aardvark, 4 Beaver (not scored yet)',
    );
  });
});

describe('since the last report', () => {
  it('lists added and moved use cases, new risks and incidents', () => {
    const before = model({ useCases: [useCase('a', 'Job postings', 'pilot')], periodKey: '2026-Q3' });
    const risk = {
      id: 'r1',
      title: 'Bias in CV summaries',
      category: 'bias',
      likelihood: 3,
      severity: 4,
      residualLikelihood: 2,
      residualSeverity: 4,
      owner: 'HR',
      treatment: 'mitigate',
      status: 'open',
    };
    const after = model({
      useCases: [useCase('a', 'Job postings', 'evaluation'), useCase('b', 'Client emails', 'idea')],
      governance: { risks: [risk] },
    });
    const deltas = compareReports(before, after);
    expect(deltas.previousPeriod).toBe('Q3 2026');
    expect(deltas.added).toEqual(['Client emails']);
    expect(deltas.moved).toEqual([{ title: 'Job postings', from: 'pilot', to: 'evaluation' }]);
    expect(deltas.stageCountChange).toMatchObject({ pilot: -1, evaluation: 1, idea: 1 });
    expect(deltas.newRisks).toEqual(['Bias in CV summaries']);
    expect(compareReports(null, after)).toMatchObject({ previousPeriod: null, added: [], moved: [] });
  });
});

describe('slides and pages', () => {
  it('leaves out excluded slides and keeps the user’s order', () => {
    const slides = moveSlide(
      DEFAULT_SLIDES.map((s) => ({ ...s, included: s.kind !== 'inventory', keepWhenEmpty: true })),
      2,
      -1,
    );
    const pages = reportPages(model(), slides);
    expect(pages.map((p) => p.kind)).toEqual([
      'title',
      'portfolio',
      'summary',
      'pilots',
      'roadmap',
      'risks',
      'compliance',
      'readiness',
      'incidents',
      'vendors',
      'governance',
      'staffVoice',
    ]);
  });

  it('leaves out slides with no content unless the user keeps them', () => {
    const empty = model();
    expect(slideHasContent('pilots', empty)).toBe(false);
    expect(reportPages(empty, DEFAULT_SLIDES).map((p) => p.kind)).toEqual(['title', 'summary']);
    const kept = DEFAULT_SLIDES.map((s) => (s.kind === 'risks' ? { ...s, keepWhenEmpty: true } : s));
    expect(reportPages(empty, kept).map((p) => p.kind)).toEqual(['title', 'summary', 'risks']);
    const withPilot = model({ useCases: [useCase('a', 'Job postings', 'pilot')] });
    expect(reportPages(withPilot, DEFAULT_SLIDES).map((p) => p.kind)).toEqual([
      'title',
      'summary',
      'portfolio',
      'pilots',
    ]);
  });

  it('a report made before a slide existed gets it at its default place', () => {
    const old = DEFAULT_SLIDES.filter((s) => s.kind !== 'staffVoice' && s.kind !== 'title');
    const all = withAllSlides(old);
    expect(all.map((s) => s.kind)).toEqual(DEFAULT_SLIDES.map((s) => s.kind));
    expect(
      withAllSlides(moveSlide(all, 0, 1))
        .map((s) => s.kind)
        .slice(0, 2),
    ).toEqual(['summary', 'title']);
  });

  it('continues long lists on follow-on slides instead of shrinking them', () => {
    const actions = Array.from({ length: ROWS_PER_SLIDE.actions * 2 + 1 }, (_, i) => ({
      title: `Action ${i}`,
      owner: 'A',
      due: null,
      status: 'open',
      overdue: false,
    }));
    const pages = reportPages(model({ governance: { actions } }), [{ kind: 'governance', included: true }]);
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.title)).toEqual([
      'Governance and people',
      'Governance and people (continued)',
      'Governance and people (continued)',
    ]);
    expect(pages.flatMap((p) => (p.kind === 'governance' ? p.actions : [])).map((a) => a.title)).toEqual(
      actions.map((a) => a.title),
    );
    expect(chunk([], 3)).toEqual([[]]);
  });
});

describe('the impact/effort map key', () => {
  it('names every number on the map exactly once: 14 under the map, the rest on continued pages that say so', () => {
    const many = Array.from({ length: 31 }, (_, i) =>
      useCase(`u${i}`, `Use case ${i + 1}`, 'idea', 1 + (i % 5), 1 + ((i * 2) % 5)),
    );
    const m = model({ useCases: many });
    const pages = reportPages(m, withAllSlides(DEFAULT_SLIDES)).filter(
      (p): p is Extract<ReportPage, { kind: 'portfolio' }> => p.kind === 'portfolio',
    );
    expect(pages.map((p) => [p.continued, p.keyPoints.length, p.title])).toEqual([
      [false, 14, 'Portfolio at a glance'],
      [true, 12, 'Portfolio at a glance (continued)'],
      [true, 5, 'Portfolio at a glance (continued)'],
    ]);
    const all = numberedMapPoints(m.portfolio.map);
    expect(pages.flatMap((p) => p.keyPoints.map((k) => k.n)).sort((a, b) => a - b)).toEqual(
      all.map((p) => p.n).sort((a, b) => a - b),
    );
    const later = pages.slice(1).flatMap((p) => p.keyPoints.map((k) => k.n));
    expect(mapKeyContinuesText(all, pages[0].keyPoints)).toBe(
      `17 more (numbers ${Math.min(...later)} to ${Math.max(...later)}): the key continues after this slide`,
    );
    expect(mapKeyRow(pages[1].keyPoints[0], 'Idea', 'Not yet classified')).toEqual([
      String(pages[1].keyPoints[0].n),
      pages[1].keyPoints[0].title,
      pages[1].keyPoints[0].placement,
      'Idea',
      'Not yet classified',
    ]);
    // A small portfolio keeps its whole key under the map.
    const few = reportPages(model({ useCases: many.slice(0, 5) }), DEFAULT_SLIDES).filter(
      (p) => p.kind === 'portfolio',
    );
    expect(few).toHaveLength(1);
    expect(
      mapKeyContinuesText(
        numberedMapPoints(model({ useCases: many.slice(0, 5) }).portfolio.map),
        (few[0] as Extract<ReportPage, { kind: 'portfolio' }>).keyPoints,
      ),
    ).toBeNull();
  });
});

describe('suggested texts', () => {
  it('starts from the data and asks the board for the obvious decisions', () => {
    const m = model({
      useCases: [useCase('a', 'Job postings', 'pilot')],
      governance: { policiesDue: [{ title: 'Acceptable-use policy', reviewDate: '2026-12-01' }] },
    });
    const texts = suggestTexts(m, compareReports(null, m));
    expect(texts.headlines[0]).toContain('1 pilot reviewed');
    expect(texts.decisionsRequested).toContain('Approve the reviewed Acceptable-use policy.');
    expect(texts.overallStatus).toBeNull(); // never pre-filled: the consultant chooses
    expect(suggestOverallStatus(m)).toEqual({
      status: 'amber',
      reasons: ['1 pilot running before the EU AI Act classification'],
    });
    const red = model({
      governance: {
        openDeadlines: [
          {
            title: 'Serious incident report',
            deadline: '2026-11-20T10:00:00Z',
            overdue: true,
            label: 'Overdue by 6 days',
          },
        ],
      },
    });
    expect(suggestOverallStatus(red).status).toBe('red');
    expect(suggestOverallStatus(red).reasons[0]).toMatch(/legal reporting deadline overdue/);
    expect(suggestTexts(red, compareReports(null, red)).headlines[0]).toBe(
      '1 legal reporting deadline overdue: Serious incident report.',
    );
  });

  it('counts a critical risk (current level 15 or more, as on the heat map) in the key figure and suggests red for it', () => {
    const risk = (id: string, residualLikelihood: number, residualSeverity: number) => ({
      id,
      title: `Risk ${id}`,
      category: 'bias',
      likelihood: 5,
      severity: 5,
      residualLikelihood,
      residualSeverity,
      owner: 'HR',
      treatment: 'mitigate',
      status: 'open',
    });
    const withRisks = (...risks: ReturnType<typeof risk>[]) =>
      model({ governance: { risks } as Partial<GovernanceReportData> });
    const criticalFigure = (m: ReportModel) =>
      keyFigures(m).find((f) => f.label === 'Critical risks (current level)')!;
    // 3 x 5 = 15 is critical on the heat map: counted, and red (it used to need 20 for red).
    const critical = withRisks(risk('a', 3, 5), risk('b', 3, 4));
    expect(criticalFigure(critical)).toMatchObject({ value: '1', alert: true });
    expect(suggestOverallStatus(critical)).toEqual({
      status: 'red',
      reasons: ['1 risk at a critical current level (15 or more): Risk a'],
    });
    // 3 x 4 = 12 is high: neither counted nor red.
    const high = withRisks(risk('b', 3, 4));
    expect(criticalFigure(high)).toMatchObject({ value: '0', alert: false });
    expect(suggestOverallStatus(high).status).toBe('green');
  });

  it('leads with a prohibited practice and asks the board to confirm it is stopped', () => {
    const m = model({
      useCases: [
        useCase('a', 'Job postings', 'pilot'),
        { ...useCase('b', 'Scoring drivers', 'idea'), riskTier: 'prohibited' },
      ],
    });
    const texts = suggestTexts(m, compareReports(null, m));
    expect(texts.headlines[0]).toBe(
      'Scoring drivers: a prohibited AI practice under the EU AI Act (Art. 5); it must stop and cannot be piloted.',
    );
    expect(texts.decisionsRequested[0]).toBe(
      'Confirm that Scoring drivers is stopped (prohibited under EU AI Act Art. 5).',
    );
    expect(texts.decisionsRequested).not.toContain('No decisions needed this period; note the progress.');
    expect(suggestOverallStatus(m).status).toBe('red');
  });
});
