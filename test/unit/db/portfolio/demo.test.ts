import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_IDS } from '../../../../src/demo/clients';
import { DEMO_USE_CASE_IDS, portfolioDemoSeed } from '../../../../src/demo/portfolio';
import { demoContext, loadDemoWorkspace, removeDemoWorkspace } from '../../../../src/demo/workspace';
import {
  gateDecisionsForClient,
  kpisForClient,
  measurementsForClient,
  listUseCasesForClient,
} from '../../../../src/db/portfolio/useCases';
import {
  gateDecisionSchema,
  kpiStatus,
  portfolioOverview,
  validateKpiOn,
  validateMeasurement,
  validateUseCase,
  type GateDecision,
  type Kpi,
  type Measurement,
  type UseCase,
} from '../../../../src/domain/portfolio';
import { freshDb } from '../testDb';

const DAYS = ['2026-01-31T09:00:00Z', '2026-03-01T09:00:00Z', '2026-11-26T10:00:00Z', '2027-07-04T18:00:00Z'];

describe('demo portfolio', () => {
  it.each(DAYS)('is valid by every rule of the domain when loaded on %s', (now) => {
    const ctx = demoContext(new Date(now));
    const seed = portfolioDemoSeed(ctx);
    const useCases = seed.useCases as UseCase[];
    const kpis = seed.kpis as Kpi[];
    for (const u of useCases) expect(validateUseCase(u), u.id).toMatchObject({ ok: true });
    for (const k of kpis) expect(validateKpiOn(k, ctx.today), k.id).toMatchObject({ ok: true });
    for (const m of seed.kpiMeasurements as Measurement[]) {
      expect(
        validateMeasurement(
          m,
          kpis.find((k) => k.id === m.kpiId)!,
          ctx.today,
        ),
        m.id,
      ).toMatchObject({ ok: true });
    }
    for (const d of seed.gateDecisions as GateDecision[])
      expect(gateDecisionSchema.safeParse(d).success, d.id).toBe(true);
    const ids = Object.values(seed)
      .flat()
      .map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(useCases.map((u) => u.id)).toEqual(expect.arrayContaining(Object.values(DEMO_USE_CASE_IDS)));
  });

  it('tells the staffing story: three pilots at the limit, job postings recommended for scale-up, CV summaries due', async () => {
    const db = await freshDb();
    const ctx = demoContext(new Date('2026-11-26T10:00:00Z'));
    await loadDemoWorkspace(db, ctx);
    const staffing = DEMO_CLIENT_IDS.staffing;
    const [useCases, kpis, measurements, decisions] = await Promise.all([
      listUseCasesForClient(db, staffing),
      kpisForClient(db, staffing),
      measurementsForClient(db, staffing),
      gateDecisionsForClient(db, staffing),
    ]);
    const overview = portfolioOverview(useCases, kpis, measurements, decisions, 3, ctx.today);
    expect(overview.activePilots).toMatchObject({
      count: 3,
      limit: 3,
      atOrOverLimit: true,
      overLimit: false,
    });
    expect(overview.decisionsDue.map((d) => d.useCaseId)).toEqual([DEMO_USE_CASE_IDS.cvSummaries]);
    expect(overview.valueRealised.hoursPerMonth).toBeGreaterThan(50);

    const jobAds = useCases.find((u) => u.id === DEMO_USE_CASE_IDS.jobAds)!;
    expect(jobAds.stage).toBe('evaluation');
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ useCaseId: jobAds.id, decision: 'scale', fromStage: 'pilot' });
    expect(decisions[0].evidence.find((e) => e.name === 'Time to write a job posting')).toMatchObject({
      latestValue: 18,
      scaleUpThresholdMet: true,
      status: 'on-track',
    });

    const cv = useCases.find((u) => u.id === DEMO_USE_CASE_IDS.cvSummaries)!;
    expect(cv.riskTier).toBe('high');
    const cvTime = kpis.find((k) => k.id === 'demo-kpi-cv-time')!;
    expect(
      kpiStatus(cvTime, measurements, ctx.today, {
        start: cv.charter.startDate,
        end: cv.charter.plannedEndDate,
      }).status,
    ).toBe('off-track');
    const emails = useCases.find((u) => u.id === DEMO_USE_CASE_IDS.clientEmails)!;
    const period = { start: emails.charter.startDate, end: emails.charter.plannedEndDate };
    expect(
      kpiStatus(
        kpis.find((k) => k.id === 'demo-kpi-emails-hours')!,
        measurements,
        ctx.today,
        period,
      ).status,
    ).toBe('on-track');
    expect(
      kpiStatus(
        kpis.find((k) => k.id === 'demo-kpi-emails-csat')!,
        measurements,
        ctx.today,
        period,
      ).status,
    ).toBe('at-risk');
    const months = (first: string, last: string) =>
      (Date.parse(last) - Date.parse(first)) / (30 * 86_400_000);
    for (const id of [
      DEMO_USE_CASE_IDS.jobAds,
      DEMO_USE_CASE_IDS.cvSummaries,
      DEMO_USE_CASE_IDS.clientEmails,
    ]) {
      const dates = measurements
        .filter((m) => m.useCaseId === id)
        .map((m) => m.date)
        .sort();
      expect(
        months(kpis.find((k) => k.useCaseId === id)!.baselineDate!, dates.at(-1)!),
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives the other clients other stages, and is removed with the demo clients', async () => {
    const db = await freshDb();
    await loadDemoWorkspace(db, demoContext(new Date('2026-11-26T10:00:00Z')));
    const stages = async (clientId: string) =>
      (await listUseCasesForClient(db, clientId)).map((u) => u.stage).sort();
    expect(await stages(DEMO_CLIENT_IDS.accountancy)).toEqual(['assessment', 'idea', 'idea', 'idea']);
    expect(await stages(DEMO_CLIENT_IDS.manufacturer)).toEqual([
      'assessment',
      'parked',
      'pilot',
      'retired',
      'structural',
    ]);
    await removeDemoWorkspace(db);
    for (const table of [db.useCases, db.kpis, db.kpiMeasurements, db.gateDecisions])
      expect(await table.count()).toBe(0);
  });
});
