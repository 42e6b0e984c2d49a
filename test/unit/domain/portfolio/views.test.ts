import { describe, expect, it } from 'vitest';
import {
  defaultSortDirection,
  describeUseCaseChange,
  formatKpiValue,
  niceAxis,
  EMPTY_USE_CASE_FILTER,
  impactEffortPoints,
  queryUseCases,
  rankUseCases,
  searchable,
  SPREAD_RADIUS,
  stageMoveDateProblem,
  validateKpiOn,
} from '../../../../src/domain/portfolio';
import { makeKpi, makeUseCase, staffingKpis, staffingUseCases, TODAY } from './fixtures';

const idea = makeUseCase({
  id: 'uc-idea',
  title: 'Élodie’s invoice matching',
  process: 'Finance',
  businessOwner: '',
  scores: { impact: 2, reach: null, feasibility: 4, dataReadiness: null, confidence: null },
  riskTier: 'unclassified',
});
const stopped = makeUseCase({
  id: 'uc-stop',
  title: 'Emotion recognition in interviews',
  stage: 'stopped',
  stageHistory: [
    { stage: 'idea', date: '2025-11-03' },
    { stage: 'stopped', date: '2025-11-10' },
  ],
  riskTier: 'prohibited',
});
const rows = rankUseCases([...staffingUseCases, idea, stopped], staffingKpis);

describe('use-case table query', () => {
  it('filters by text without caring about case or accents, across owners and processes', () => {
    expect(searchable('Élodie')).toBe('elodie');
    expect(
      queryUseCases(
        rows,
        { ...EMPTY_USE_CASE_FILTER, text: 'elodie' },
        { key: 'rank', direction: 'asc' },
      ).map((r) => r.useCase.id),
    ).toEqual(['uc-idea']);
    expect(
      queryUseCases(
        rows,
        { ...EMPTY_USE_CASE_FILTER, text: 'recruitment sanne' },
        { key: 'title', direction: 'asc' },
      ).map((r) => r.useCase.title),
    ).toEqual(['Summarising CVs', 'Writing job postings']);
  });

  it('filters by stage (or all open stages), risk tier, quadrant and hard filter', () => {
    const ids = (filter: Partial<typeof EMPTY_USE_CASE_FILTER>) =>
      queryUseCases(rows, { ...EMPTY_USE_CASE_FILTER, ...filter }, { key: 'title', direction: 'asc' }).map(
        (r) => r.useCase.id,
      );
    expect(ids({ stage: 'pilot' })).toEqual(['uc-emails', 'uc-cv', 'uc-postings']);
    expect(ids({ stage: 'open' })).not.toContain('uc-stop');
    expect(ids({ riskTier: 'high' })).toEqual(['uc-cv']);
    expect(ids({ quadrant: 'quick-win' })).toEqual(['uc-emails', 'uc-postings']);
    expect(ids({ quadrant: 'fill-in' })).toEqual(['uc-idea']);
    expect(ids({ hardFilter: 'stop' })).toEqual(['uc-stop']);
    expect(ids({ hardFilter: 'park' })).toEqual(['uc-idea']);
    expect(ids({ hardFilter: 'none' })).toEqual(['uc-emails', 'uc-cv', 'uc-postings']);
  });

  it('sorts by a column in both directions, with empty values last either way', () => {
    const byPriorityDesc = queryUseCases(rows, EMPTY_USE_CASE_FILTER, {
      key: 'priority',
      direction: 'desc',
    }).map((r) => r.useCase.id);
    expect(byPriorityDesc.slice(0, 3)).toEqual(['uc-postings', 'uc-emails', 'uc-cv']);
    expect(byPriorityDesc.slice(3).sort()).toEqual(['uc-idea', 'uc-stop']);
    const byPriorityAsc = queryUseCases(rows, EMPTY_USE_CASE_FILTER, {
      key: 'priority',
      direction: 'asc',
    }).map((r) => r.useCase.id);
    expect(byPriorityAsc.slice(0, 3)).toEqual(['uc-cv', 'uc-emails', 'uc-postings']);
    const byOwner = queryUseCases(rows, EMPTY_USE_CASE_FILTER, {
      key: 'businessOwner',
      direction: 'desc',
    }).map((r) => r.useCase.id);
    expect(byOwner.at(-1)).toBe('uc-idea');
    const byRisk = queryUseCases(rows, EMPTY_USE_CASE_FILTER, { key: 'riskTier', direction: 'desc' }).map(
      (r) => r.useCase.riskTier,
    );
    expect(byRisk).toEqual(['prohibited', 'high', 'limited', 'limited', 'unclassified']);
    expect(defaultSortDirection('priority')).toBe('desc');
    expect(defaultSortDirection('title')).toBe('asc');
  });
});

describe('impact/effort map points', () => {
  it('places scored use cases at effort = 6 - feasibility and impact, skipping unscored ones', () => {
    const unscored = makeUseCase({
      id: 'uc-blank',
      title: 'Blank',
      scores: { impact: null, reach: null, feasibility: null, dataReadiness: null, confidence: null },
    });
    const points = impactEffortPoints([...staffingUseCases, unscored]);
    expect(points.map((p) => p.useCaseId)).toEqual(['uc-emails', 'uc-cv', 'uc-postings']);
    const postings = points.find((p) => p.useCaseId === 'uc-postings')!;
    expect(postings).toMatchObject({
      impact: 4,
      effort: 1,
      x: 1,
      y: 4,
      quadrant: 'quick-win',
      riskTier: 'limited',
      reach: 4,
    });
  });

  it('spreads use cases that share a cell so each stays visible', () => {
    const twins = ['A', 'B', 'C'].map((t) =>
      makeUseCase({
        id: `uc-${t}`,
        title: t,
        scores: { impact: 3, reach: 3, feasibility: 3, dataReadiness: 3, confidence: 3 },
      }),
    );
    const points = impactEffortPoints(twins);
    const positions = new Set(points.map((p) => `${p.x},${p.y}`));
    expect(positions.size).toBe(3);
    for (const p of points) {
      expect(Math.hypot(p.x - 3, p.y - 3)).toBeCloseTo(SPREAD_RADIUS, 2);
      expect(p).toMatchObject({ impact: 3, effort: 3 });
    }
  });
});

describe('dates of moves and baselines', () => {
  const useCase = makeUseCase({ stageHistory: [{ stage: 'idea', date: '2026-01-10' }] });
  it('accepts today and the day of the last move, refuses the future, the past before it and non-dates', () => {
    expect(stageMoveDateProblem(useCase, TODAY, TODAY)).toBeNull();
    expect(stageMoveDateProblem(useCase, '2026-01-10', TODAY)).toBeNull();
    expect(stageMoveDateProblem(useCase, '2026-03-21', TODAY)).toBe(
      'The date of the move (21 Mar 2026) is in the future (today is 20 Mar 2026)',
    );
    expect(stageMoveDateProblem(useCase, '2026-01-09', TODAY)).toBe(
      'The date of the move (9 Jan 2026) is before the use case entered Idea (10 Jan 2026)',
    );
    expect(stageMoveDateProblem(useCase, '2026-02-30', TODAY)).toBe(
      'The date of the move must be a valid date (YYYY-MM-DD)',
    );
  });

  it('refuses a KPI baseline dated in the future on top of the KPI rules', () => {
    expect(validateKpiOn(makeKpi(), TODAY).ok).toBe(true);
    const future = validateKpiOn(makeKpi({ baselineDate: '2026-04-01' }), TODAY);
    expect(future.ok ? [] : future.errors).toEqual([
      {
        field: 'baselineDate',
        message: 'The baseline date (1 Apr 2026) is in the future (today is 20 Mar 2026)',
      },
    ]);
    const equal = validateKpiOn(makeKpi({ targetValue: 45 }), TODAY);
    expect(equal.ok ? '' : equal.errors[0].message).toContain('The target equals the baseline');
  });
});

describe('KPI values for display', () => {
  it('writes units in words, percentages with %, and scores and counts as bare numbers', () => {
    expect(formatKpiValue(12.345, 'minutes-per-task')).toBe('12.35 minutes per task');
    expect(formatKpiValue(61, 'percent')).toBe('61%');
    expect(formatKpiValue(7.5, 'score')).toBe('7.5');
    expect(formatKpiValue(3, 'count')).toBe('3');
    expect(formatKpiValue(3, 'other', ' widgets ')).toBe('3 widgets');
  });
});

describe('KPI chart axis', () => {
  it('rounds the range to a round step with about five ticks', () => {
    expect(niceAxis(3.7, 10.3)).toEqual({ domain: [2, 12], ticks: [2, 4, 6, 8, 10, 12] });
    expect(niceAxis(7.2, 8.1)).toEqual({ domain: [7, 8.5], ticks: [7, 7.5, 8, 8.5] });
    expect(niceAxis(0.9, 2.4).ticks).toEqual([0.5, 1, 1.5, 2, 2.5]);
    expect(niceAxis(5, 5).domain[0]).toBeLessThanOrEqual(5);
    expect(niceAxis(5, 5).domain[1]).toBeGreaterThanOrEqual(5);
  });
});

describe('change history in words', () => {
  it('describes field, score, charter, stage and override changes', () => {
    expect(describeUseCaseChange('businessOwner', '', 'Sanne')).toBe('Business owner: empty → “Sanne”');
    expect(describeUseCaseChange('stage', 'pilot', 'evaluation')).toBe('Stage: Pilot → Evaluation');
    expect(describeUseCaseChange('riskTier', 'unclassified', 'high')).toBe(
      'Risk tier: Not yet classified → High risk',
    );
    expect(describeUseCaseChange('scores', { impact: 3, reach: null }, { impact: 4, reach: 2 })).toBe(
      'Impact 3 → 4; Reach empty → 2',
    );
    expect(
      describeUseCaseChange(
        'charter',
        { startDate: null, budgetPlanned: 10 },
        { startDate: '2026-01-12', budgetPlanned: 10 },
      ),
    ).toBe('Charter: Start date empty → “2026-01-12”');
    expect(describeUseCaseChange('affectedPersons', [], ['candidates', 'clients'])).toBe(
      'Affected persons: empty → candidates, clients',
    );
    expect(describeUseCaseChange('pilotLimitOverride', undefined, { reason: 'Board asked', at: 'x' })).toBe(
      'Pilot limit overridden: “Board asked”',
    );
    expect(describeUseCaseChange('stageHistory', [], [])).toBeNull();
    expect(describeUseCaseChange('problemStatement', '', 'x'.repeat(100))).toBe(
      `Problem statement: empty → “${'x'.repeat(57)}…”`,
    );
  });
});
