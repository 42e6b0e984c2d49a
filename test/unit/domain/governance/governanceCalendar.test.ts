import { describe, expect, it } from 'vitest';
import {
  createStoredClassification,
  dueSoon,
  governanceCalendar,
  governanceOverview,
  incidentClockStates,
  localInputToTimestamp,
  type GovernanceAction,
  type Incident,
  type Policy,
  type TrainingRecord,
} from '../../../../src/domain/governance';
import { CV_SUMMARIES } from './aiActFixtures';
import { data, makeRecord, system } from './registerFixtures';

/** Local-time constructors: the tests hold in any time zone (see localDatesTimeZones.test.ts). */
const NOW = new Date(2026, 10, 26, 10, 0);
const local = (input: string) => localInputToTimestamp(input)!;
const incident = (fields: Record<string, unknown>) =>
  makeRecord<Incident>('incidents', { title: 'Incident', detectedAt: local('2026-11-20T09:00'), ...fields });

describe('incident clocks of the register (a provider of a high-risk system, after the high-risk date)', () => {
  const provided = createStoredClassification({ ...CV_SUMMARIES, role: 'provider' }, '2028-01-10');
  if (!provided.ok) throw new Error('fixture');
  const screener = system({ id: 'sys-screener', name: 'Candidate screener', classification: provided.value });
  const NOW_2028 = new Date(2028, 0, 26, 10, 0);
  const highRisk = (fields: Record<string, unknown>) =>
    incident({ aiSystemIds: ['sys-screener'], detectedAt: local('2028-01-20T09:00'), ...fields });

  it('a serious incident (other) has 15 days from awareness; time left is shown', () => {
    const [clock] = incidentClockStates(highRisk({ aiActSerious: 'other' }), NOW_2028, [screener]);
    expect(clock).toMatchObject({
      kind: 'aiActOther',
      regime: 'aiAct',
      state: 'clockRunning',
      overdue: false,
      running: true,
      status: '8 days 23 h left',
    });
    expect(new Date(clock.deadline).getTime()).toBe(new Date(2028, 1, 4, 9, 0).getTime());
  });

  it.each([
    ['death', 10],
    ['widespreadInfringement', 2],
    ['criticalInfrastructure', 2],
  ] as const)('%s: %i days', (type, days) => {
    const [clock] = incidentClockStates(
      highRisk({ aiActSerious: type, detectedAt: local('2028-01-26T09:00') }),
      NOW_2028,
      [screener],
    );
    expect(new Date(clock.deadline).getTime()).toBe(new Date(2028, 0, 26 + days, 9, 0).getTime());
  });

  it('a personal-data breach has 72 hours whatever the system; overdue clocks say so', () => {
    const [clock] = incidentClockStates(incident({ personalDataBreach: true }), NOW);
    expect(clock).toMatchObject({ kind: 'gdprBreach', regime: 'gdpr', overdue: true, running: true });
    expect(clock.status).toMatch(/^Overdue by 3 days/);
  });

  it('a report stops the clock and says whether it was on time', () => {
    const clocks = incidentClockStates(
      highRisk({
        aiActSerious: 'other',
        aiActReportedAt: local('2028-01-22T12:00'),
        personalDataBreach: true,
        gdprRisk: 'risk',
        gdprReportedAt: local('2028-01-24T12:00'),
      }),
      NOW_2028,
      [screener],
    );
    expect(clocks.map((c) => [c.regime, c.running, c.overdue, c.reportedOnTime])).toEqual([
      ['gdpr', false, false, false],
      ['aiAct', false, false, true],
    ]);
    expect(clocks[0].status).toBe('Reported 24 Jan 2028, 12:00 (late)');
  });

  it('no clock for an ordinary incident', () => {
    expect(incidentClockStates(highRisk({ aiActSerious: 'notAssessed' }), NOW_2028, [screener])).toEqual([]);
  });

  it('across the spring DST change (26 Mar 2028) the deadline keeps the local wall-clock time', () => {
    const [clock] = incidentClockStates(
      highRisk({ aiActSerious: 'widespreadInfringement', detectedAt: local('2028-03-25T09:00') }),
      new Date(2028, 2, 25, 9, 0),
      [screener],
    );
    expect(new Date(clock.deadline).getTime()).toBe(new Date(2028, 2, 27, 9, 0).getTime());
    expect(clock.status).toBe('2 days left');
  });
});

describe('the governance calendar', () => {
  const stored = createStoredClassification(CV_SUMMARIES, '2026-11-26');
  if (!stored.ok) throw new Error('fixture');
  const cv = system({
    name: 'CV summaries',
    classification: stored.value,
    nextReviewDate: '2026-12-01',
    obligationsMet: ['art4.literacy'],
  });
  const calendar = governanceCalendar(
    data({
      aiSystems: [cv, system({ name: 'Retired', status: 'retired', nextReviewDate: '2026-11-27' })],
      governanceActions: [
        makeRecord<GovernanceAction>('governanceActions', { title: 'Sign DPA', dueDate: '2026-11-20' }),
        makeRecord<GovernanceAction>('governanceActions', {
          title: 'Done thing',
          dueDate: '2026-11-20',
          status: 'done',
        }),
      ],
      policies: [makeRecord<Policy>('policies', { title: 'AUP', reviewDate: '2027-06-01' })],
      trainingRecords: [
        makeRecord<TrainingRecord>('trainingRecords', { person: 'Recruiters', refreshDue: '2026-12-10' }),
      ],
      incidents: [
        incident({ title: 'Leak', personalDataBreach: true, detectedAt: local('2026-11-25T16:00') }),
        incident({ title: 'Closed leak', personalDataBreach: true, status: 'closed' }),
      ],
    }),
    NOW,
  );

  it('lists every dated item in date order, skipping closed and retired records', () => {
    expect(calendar.map((i) => [i.date, i.kind, i.title, i.status])).toEqual([
      ['2026-11-20', 'action', 'Sign DPA', 'overdue'],
      ['2026-11-28', 'incidentDeadline', 'Report incident: Leak', 'dueSoon'],
      ['2026-12-01', 'review', 'Review CV summaries', 'dueSoon'],
      ['2026-12-10', 'trainingRefresh', 'Refresh AI-literacy training: Recruiters', 'dueSoon'],
      ['2027-06-01', 'review', 'Review policy: AUP', 'later'],
      ['2027-12-02', 'obligation', 'CV summaries: 9 EU AI Act obligations', 'later'],
    ]);
    expect(calendar.find((i) => i.kind === 'incidentDeadline')?.label).toBe('2 days 6 h left');
  });

  it('due soon = overdue and the next 14 days', () => {
    expect(dueSoon(calendar).map((i) => i.title)).toEqual([
      'Sign DPA',
      'Report incident: Leak',
      'Review CV summaries',
      'Refresh AI-literacy training: Recruiters',
    ]);
  });

  it('an obligation in force and not marked as met is overdue', () => {
    const unmet = governanceCalendar(data({ aiSystems: [{ ...cv, obligationsMet: [] }] }), NOW).find(
      (i) => i.date === '2025-02-02',
    );
    expect(unmet).toMatchObject({
      kind: 'obligation',
      status: 'overdue',
      label: 'In force, not marked as met',
    });
  });

  it('the overview counts it all', () => {
    const overview = governanceOverview(
      data({ aiSystems: [cv], incidents: [incident({ personalDataBreach: true })] }),
      NOW,
    );
    expect(overview).toMatchObject({
      openIncidents: 1,
      runningClocks: 1,
      overdueClocks: 1,
      tiers: { high: 1 },
    });
    expect(overview.gaps.map((g) => g.kind)).toContain('noOversight');
  });
});
