import { describe, expect, it } from 'vitest';
import {
  buildGateDecision,
  moveStage,
  portfolioOverview,
  valueRealised,
  type GateDecision,
  type UseCase,
} from '../../../../src/domain/portfolio';
import {
  cvSummaries,
  makeKpi,
  makeMeasurement,
  makeUseCase,
  NOW,
  staffingKpis,
  staffingMeasurements,
  staffingUseCases,
  TODAY,
} from './fixtures';

const ideas: UseCase[] = [
  makeUseCase({ id: 'uc-idea-1', title: 'Chatbot for candidates' }),
  makeUseCase({
    id: 'uc-idea-2',
    title: 'Matching candidates to vacancies',
    stage: 'parked',
    stageHistory: [{ stage: 'parked', date: '2026-01-10' }],
  }),
];

function decision(useCase: UseCase, date: string, kind: GateDecision['decision'] = 'iterate'): GateDecision {
  const result = buildGateDecision(
    {
      id: `gd-${useCase.id}-${date}`,
      now: NOW,
      useCase,
      date,
      decision: kind,
      rationale: 'Needs another month',
      decidedBy: 'Ilse Jansen',
    },
    staffingKpis,
    staffingMeasurements,
    TODAY,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('portfolioOverview for the staffing firm', () => {
  const overview = portfolioOverview(
    [...staffingUseCases, ...ideas],
    staffingKpis,
    staffingMeasurements,
    [],
    3,
    TODAY,
  );

  it('counts use cases per stage', () => {
    expect(overview.totalUseCases).toBe(5);
    expect(overview.stageCounts).toEqual({
      idea: 1,
      assessment: 0,
      pilot: 3,
      evaluation: 0,
      structural: 0,
      retired: 0,
      stopped: 0,
      parked: 1,
    });
  });

  it('shows the pilots running against the limit', () => {
    expect(overview.activePilots).toEqual({
      count: 3,
      limit: 3,
      available: 0,
      atOrOverLimit: true,
      overLimit: false,
      useCaseIds: ['uc-postings', 'uc-cv', 'uc-emails'],
    });
  });

  it('lists the CV pilot as decision due: planned end 13 March passed without a decision', () => {
    expect(overview.decisionsDue).toEqual([
      {
        useCaseId: 'uc-cv',
        title: 'Summarising CVs',
        stage: 'pilot',
        plannedEndDate: '2026-03-13',
        daysOverdue: 7,
      },
    ]);
  });

  it('counts KPI statuses of the running pilots', () => {
    expect(overview.activeKpiStatusCounts).toEqual({
      'on-track': 3,
      'at-risk': 0,
      'off-track': 1,
      'no-data': 0,
    });
  });

  it('adds up the hours saved per month', () => {
    // Job postings: 25 min x 80 / 60 = 33.3; CV screening: 1 min x 400 / 60 = 6.7; emails: 5 h/week x 52/12 = 21.7
    expect(overview.valueRealised.hoursPerMonth).toBe(61.7);
    expect(overview.valueRealised.eurPerMonth).toBe(0);
    expect(
      overview.valueRealised.contributions.map((c) => [c.kpiName, Math.round(c.perMonth * 10) / 10]),
    ).toEqual([
      ['Time to draft a job posting', 33.3],
      ['Time to screen a CV', 6.7],
      ['Time spent on client emails', 21.7],
    ]);
  });
});

describe('decisions due', () => {
  it('is cleared by a gate decision taken in the current stage', () => {
    const decided = [decision(cvSummaries, '2026-03-16')];
    expect(portfolioOverview(staffingUseCases, [], [], decided, 3, TODAY).decisionsDue).toEqual([]);
  });

  it('is not cleared by the decision that ended the previous stage, even on the same day', () => {
    const earlier = decision(cvSummaries, '2026-03-14', 'scale');
    const inEvaluation = moveStage(cvSummaries, 'evaluation', '2026-03-14');
    const due = portfolioOverview([inEvaluation], [], [], [earlier], 3, TODAY).decisionsDue;
    expect(due.map((d) => [d.useCaseId, d.stage])).toEqual([['uc-cv', 'evaluation']]);
  });

  it('is not due on the planned end date itself', () => {
    expect(portfolioOverview([cvSummaries], [], [], [], 3, '2026-03-13').decisionsDue).toEqual([]);
    expect(portfolioOverview([cvSummaries], [], [], [], 3, '2026-03-14').decisionsDue).toHaveLength(1);
  });
});

describe('pilot limit overrides', () => {
  it('shows an override and an exceeded limit', () => {
    const fourth = makeUseCase({
      id: 'uc-sched',
      title: 'Scheduling interviews',
      stage: 'pilot',
      stageHistory: [{ stage: 'pilot', date: '2026-03-01', pilotLimitOverrideReason: 'Busy season' }],
      pilotLimitOverride: { reason: 'Busy season', at: '2026-03-01T09:00:00.000Z' },
    });
    const overview = portfolioOverview([...staffingUseCases, fourth], [], [], [], 3, TODAY);
    expect(overview.activePilots).toMatchObject({ count: 4, available: 0, overLimit: true });
    expect(overview.overrides).toEqual([
      {
        useCaseId: 'uc-sched',
        title: 'Scheduling interviews',
        stage: 'pilot',
        reason: 'Busy season',
        at: '2026-03-01T09:00:00.000Z',
      },
    ]);
  });
});

describe('valueRealised', () => {
  const structural = makeUseCase({
    id: 'uc-invoices',
    title: 'Invoice matching',
    stage: 'structural',
    stageHistory: [{ stage: 'structural', date: '2025-10-01' }],
  });
  const retired = makeUseCase({
    id: 'uc-old',
    title: 'Old chatbot',
    stage: 'retired',
    stageHistory: [{ stage: 'retired', date: '2025-12-01' }],
  });
  const licence = makeKpi({
    id: 'k-cost',
    useCaseId: 'uc-invoices',
    name: 'Outsourcing cost',
    unit: 'eur-per-month',
    baselineValue: 3000,
    baselineDate: '2025-09-01',
    targetValue: 1500,
  });
  const yearly = makeKpi({
    id: 'k-year',
    useCaseId: 'uc-invoices',
    name: 'Audit fees',
    unit: 'eur-per-year',
    baselineValue: 12000,
    baselineDate: '2025-09-01',
    targetValue: 9000,
  });
  const perTask = makeKpi({
    id: 'k-task',
    useCaseId: 'uc-invoices',
    name: 'Cost per invoice',
    unit: 'eur-per-task',
    baselineValue: 2,
    baselineDate: '2025-09-01',
    targetValue: 1,
  });
  const share = makeKpi({
    id: 'k-pct',
    useCaseId: 'uc-invoices',
    name: 'Auto-matched',
    unit: 'percent',
    direction: 'higher-is-better',
    baselineValue: 0,
    baselineDate: '2025-09-01',
    targetValue: 70,
  });
  const savedHours = makeKpi({
    id: 'k-saved',
    useCaseId: 'uc-invoices',
    name: 'Hours saved',
    unit: 'hours-per-month',
    direction: 'higher-is-better',
    baselineValue: 0,
    baselineDate: '2025-09-01',
    targetValue: 40,
  });
  const retiredKpi = makeKpi({
    id: 'k-old',
    useCaseId: 'uc-old',
    unit: 'eur-per-month',
    baselineValue: 500,
    baselineDate: '2025-01-01',
    targetValue: 100,
  });
  const measurements = [
    makeMeasurement(licence, '2026-02-01', 1800),
    makeMeasurement(yearly, '2026-02-01', 10800),
    makeMeasurement(perTask, '2026-02-01', 1.2),
    makeMeasurement(share, '2026-02-01', 65),
    makeMeasurement(savedHours, '2026-02-01', 30),
    makeMeasurement(savedHours, '2026-04-01', 50), // in the future: ignored
    makeMeasurement(retiredKpi, '2025-06-01', 100),
  ];

  it('counts money per month, per year / 12, and time saved; skips percentages and retired use cases', () => {
    const value = valueRealised(
      [structural, retired],
      [licence, yearly, perTask, share, savedHours, retiredKpi],
      measurements,
      TODAY,
    );
    expect(value.eurPerMonth).toBe(1300); // 1200 + 1200 / 12
    expect(value.hoursPerMonth).toBe(30);
    expect(value.contributions.map((c) => c.kpiId)).toEqual(['k-cost', 'k-year', 'k-saved']);
    expect(value.excluded).toEqual([
      {
        useCaseId: 'uc-invoices',
        kpiId: 'k-task',
        kpiName: 'Cost per invoice',
        reason: 'A per-task KPI needs the number of tasks per month to be counted.',
      },
    ]);
  });

  it('counts per-task money with a monthly volume, and a KPI that got worse negatively', () => {
    const withVolume = { ...perTask, tasksPerMonth: 500 };
    const worse = makeKpi({
      id: 'k-worse',
      useCaseId: 'uc-invoices',
      unit: 'hours-per-week',
      baselineValue: 10,
      baselineDate: '2025-09-01',
      targetValue: 5,
    });
    const value = valueRealised(
      [structural],
      [withVolume, worse],
      [...measurements, makeMeasurement(worse, '2026-03-01', 13)],
      TODAY,
    );
    expect(value.eurPerMonth).toBe(400); // 0.8 x 500
    expect(value.hoursPerMonth).toBe(-13); // 3 h/week worse x 52/12
  });

  it('excludes time or money KPIs without measurement', () => {
    const value = valueRealised([structural], [licence], [], TODAY);
    expect(value.excluded.map((e) => e.reason)).toEqual(['No measurement since the baseline.']);
  });
});
