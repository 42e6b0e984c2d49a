import { describe, expect, it } from 'vitest';
import {
  addMeasurement,
  createKpi,
  createUseCase,
  deleteKpi,
  FieldsInvalidError,
  gateDecisionsForUseCase,
  measurementsForUseCase,
  moveUseCaseStage,
  recordGateDecision,
  StageMoveRefusedError,
  updateCharter,
  updateKpi,
  updateUseCase,
} from '../../../../src/db/portfolio/useCases';
import { portfolioOverview } from '../../../../src/domain/portfolio';
import { freshDb } from '../testDb';
import { clientWithLimit, readyForPilot, TIME_KPI, TODAY } from './helpers';

describe('stage moves', () => {
  it('refuses pilot without a complete charter, listing what is missing, and stores nothing', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 3);
    const uc = await createUseCase(db, client.id, {
      title: 'CV summaries',
      businessOwner: 'Sanne',
      date: '2026-01-02',
    });
    await moveUseCaseStage(db, uc.id, { target: 'assessment', date: '2026-01-10' }, TODAY);
    await createKpi(db, uc.id, TIME_KPI, TODAY);
    await updateCharter(db, uc.id, { hypothesis: 'Screening takes half the time' });
    const error = (await moveUseCaseStage(db, uc.id, { target: 'pilot', date: '2026-02-01' }, TODAY).catch(
      (e: unknown) => e,
    )) as StageMoveRefusedError;
    expect(error).toBeInstanceOf(StageMoveRefusedError);
    expect(error.blockers.map((b) => b.code)).toEqual(['charter-incomplete', 'unclassified-reason-required']);
    expect(error.blockers[0].missing).toContain('Stop conditions');
    expect(error.blockers[0].missing).not.toContain('Hypothesis');
    expect((await db.useCases.get(uc.id))!.stage).toBe('assessment');
  });

  it('keeps the stage history with dates and refuses moves dated in the future or back in time', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 3);
    const uc = await createUseCase(db, client.id, { title: 'Emails', date: '2026-01-02' });
    await expect(
      moveUseCaseStage(db, uc.id, { target: 'assessment', date: '2026-04-01' }, TODAY),
    ).rejects.toThrow('is in the future (today is 20 Mar 2026)');
    await expect(
      moveUseCaseStage(db, uc.id, { target: 'assessment', date: '2025-12-01' }, TODAY),
    ).rejects.toThrow('before the use case entered Idea');
    await expect(
      moveUseCaseStage(db, uc.id, { target: 'structural', date: '2026-02-01' }, TODAY),
    ).rejects.toThrow('cannot move from Idea to Structural');
    await moveUseCaseStage(
      db,
      uc.id,
      { target: 'assessment', date: '2026-02-01', note: 'Scored in the workshop' },
      TODAY,
    );
    await moveUseCaseStage(db, uc.id, { target: 'parked', date: '2026-02-03' }, TODAY);
    const stored = (await db.useCases.get(uc.id))!;
    expect(stored.stage).toBe('parked');
    expect(stored.stageHistory).toEqual([
      { stage: 'idea', date: '2026-01-02' },
      { stage: 'assessment', date: '2026-02-01', note: 'Scored in the workshop' },
      { stage: 'parked', date: '2026-02-03' },
    ]);
    const changes = await db.changes.where('[entity+entityId]').equals(['useCases', uc.id]).toArray();
    expect(changes.some((c) => c.field === 'stage')).toBe(true);
  });

  it('refuses one pilot over the limit unless a reason is recorded, and keeps the override visible', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 2);
    const first = await readyForPilot(db, client.id, 'Job postings');
    const second = await readyForPilot(db, client.id, 'CV summaries');
    const third = await readyForPilot(db, client.id, 'Client emails');
    await moveUseCaseStage(db, first.id, { target: 'pilot', date: '2026-01-12' }, TODAY);
    await moveUseCaseStage(db, second.id, { target: 'pilot', date: '2026-01-12' }, TODAY);
    const refused = (await moveUseCaseStage(
      db,
      third.id,
      { target: 'pilot', date: '2026-01-20' },
      TODAY,
    ).catch((e: unknown) => e)) as StageMoveRefusedError;
    expect(refused.blockers.map((b) => b.code)).toEqual(['pilot-limit']);
    expect(refused.message).toContain(
      '2 use cases are already in pilot or evaluation and the limit for this client is 2',
    );
    await expect(
      moveUseCaseStage(db, third.id, { target: 'pilot', date: '2026-01-20', overrideReason: '   ' }, TODAY),
    ).rejects.toThrow('Pilot limit reached');
    expect((await db.useCases.get(third.id))!.stage).toBe('assessment');

    await moveUseCaseStage(
      db,
      third.id,
      { target: 'pilot', date: '2026-01-20', overrideReason: 'Board asked for it before the season' },
      TODAY,
    );
    const stored = (await db.useCases.get(third.id))!;
    expect(stored.pilotLimitOverride?.reason).toBe('Board asked for it before the season');
    expect(stored.stageHistory.at(-1)).toMatchObject({
      stage: 'pilot',
      pilotLimitOverrideReason: 'Board asked for it before the season',
    });
    const overview = portfolioOverview(
      [first, second, stored].map((u) => ({
        ...u,
        stage: 'pilot' as const,
        pilotLimitOverride: u.id === third.id ? stored.pilotLimitOverride : undefined,
      })),
      [],
      [],
      [],
      2,
      TODAY,
    );
    expect(overview.overrides.map((o) => o.title)).toEqual(['Client emails']);
  });

  it('needs a gate decision to leave pilot: records it with frozen evidence and moves the use case', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 3);
    const uc = await readyForPilot(db, client.id, 'Job postings');
    await moveUseCaseStage(db, uc.id, { target: 'pilot', date: '2026-01-12' }, TODAY);
    const [kpi] = await db.kpis.where('useCaseId').equals(uc.id).toArray();
    await addMeasurement(
      db,
      kpi.id,
      { date: '2026-02-02', value: 30, note: 'week 3', confidence: 'medium' },
      TODAY,
    );
    await addMeasurement(db, kpi.id, { date: '2026-03-02', value: 18, note: '', confidence: 'high' }, TODAY);

    await expect(
      moveUseCaseStage(db, uc.id, { target: 'evaluation', date: '2026-03-10' }, TODAY),
    ).rejects.toThrow('needs a gate decision');
    await expect(
      recordGateDecision(
        db,
        uc.id,
        { decision: 'scale', date: '2026-03-10', rationale: ' ', decidedBy: 'Board' },
        TODAY,
      ),
    ).rejects.toThrow('Write down the rationale');
    const { decision, useCase } = await recordGateDecision(
      db,
      uc.id,
      {
        decision: 'scale',
        date: '2026-03-10',
        rationale: 'Target nearly reached, quality equal',
        decidedBy: 'Ilse Jansen (CEO)',
      },
      TODAY,
    );
    expect(useCase.stage).toBe('evaluation');
    expect(useCase.stageHistory.at(-1)).toEqual({
      stage: 'evaluation',
      date: '2026-03-10',
      note: 'Gate decision: Scale',
    });
    expect(decision.evidence).toHaveLength(1);
    expect(decision.evidence[0]).toMatchObject({
      latestValue: 18,
      latestDate: '2026-03-02',
      measurementCount: 2,
      scaleUpThresholdMet: true,
    });

    // Later edits of the KPI do not change the frozen evidence.
    await updateKpi(db, kpi.id, { ...TIME_KPI, targetValue: 10 }, TODAY);
    await addMeasurement(db, kpi.id, { date: '2026-03-15', value: 12, note: '', confidence: 'high' }, TODAY);
    const [stored] = await gateDecisionsForUseCase(db, uc.id);
    expect(stored).toEqual(decision);
    expect(stored.evidence[0].targetValue).toBe(15);
  });

  it('stores nothing when the move of a gate decision is refused', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 1);
    const a = await readyForPilot(db, client.id, 'A');
    const b = await readyForPilot(db, client.id, 'B');
    await moveUseCaseStage(db, a.id, { target: 'pilot', date: '2026-01-12' }, TODAY);
    await moveUseCaseStage(
      db,
      b.id,
      { target: 'pilot', date: '2026-01-12', overrideReason: 'Urgent' },
      TODAY,
    );
    await recordGateDecision(
      db,
      b.id,
      { decision: 'scale', date: '2026-02-01', rationale: 'Good', decidedBy: 'Board' },
      TODAY,
    );
    // Iterate from evaluation goes back to pilot, which does not add a pilot: allowed.
    await recordGateDecision(
      db,
      b.id,
      { decision: 'iterate', date: '2026-02-05', rationale: 'One more round', decidedBy: 'Board' },
      TODAY,
    );
    expect((await db.useCases.get(b.id))!.stage).toBe('pilot');
    await expect(
      recordGateDecision(
        db,
        a.id,
        { decision: 'scale', date: '2026-04-01', rationale: 'x', decidedBy: 'y' },
        TODAY,
      ),
    ).rejects.toThrow('in the future');
    // Without a business owner the use case cannot go on to evaluation: the decision is refused with the move.
    await updateUseCase(db, a.id, { businessOwner: '' });
    const refused = await recordGateDecision(
      db,
      a.id,
      { decision: 'scale', date: '2026-02-01', rationale: 'Good', decidedBy: 'Board' },
      TODAY,
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StageMoveRefusedError);
    expect((refused as StageMoveRefusedError).blockers.map((x) => x.code)).toEqual(['no-business-owner']);
    expect(await gateDecisionsForUseCase(db, a.id)).toEqual([]);
    expect((await db.useCases.get(a.id))!.stage).toBe('pilot');
  });
});

describe('KPIs and measurements', () => {
  it('round-trips a KPI and refuses a target equal to the baseline or a future baseline', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 3);
    const uc = await createUseCase(db, client.id, { title: 'Emails' });
    const kpi = await createKpi(db, uc.id, { ...TIME_KPI, name: '  Réponse time ' }, TODAY);
    expect(await db.kpis.get(kpi.id)).toEqual({ ...kpi, name: 'Réponse time' });
    await expect(createKpi(db, uc.id, { ...TIME_KPI, targetValue: 45 }, TODAY)).rejects.toThrow(
      'The target equals the baseline',
    );
    await expect(createKpi(db, uc.id, { ...TIME_KPI, baselineDate: '2026-05-01' }, TODAY)).rejects.toThrow(
      'The baseline date (1 May 2026) is in the future',
    );
    await expect(createKpi(db, uc.id, { ...TIME_KPI, unit: 'other', unitLabel: '' }, TODAY)).rejects.toThrow(
      'Write the unit',
    );
    await expect(updateKpi(db, kpi.id, { ...TIME_KPI, targetValue: 60 }, TODAY)).rejects.toThrow(
      'the target must be below the baseline',
    );
    expect(await db.kpis.count()).toBe(1);
    expect((await db.kpis.get(kpi.id))!.targetValue).toBe(15);
  });

  it('logs measurements and refuses bad ones with clear messages', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 3);
    const uc = await createUseCase(db, client.id, { title: 'Emails' });
    const kpi = await createKpi(db, uc.id, TIME_KPI, TODAY);
    const m = await addMeasurement(
      db,
      kpi.id,
      { date: '2026-02-01', value: 31.5, note: ' 12 postings, "timed" ', confidence: 'high' },
      TODAY,
    );
    expect(await db.kpiMeasurements.get(m.id)).toMatchObject({
      value: 31.5,
      note: '12 postings, "timed"',
      useCaseId: uc.id,
      clientId: client.id,
    });
    await expect(
      addMeasurement(db, kpi.id, { date: '2026-01-01', value: 30, note: '', confidence: 'high' }, TODAY),
    ).rejects.toThrow('before the baseline date (5 Jan 2026)');
    await expect(
      addMeasurement(db, kpi.id, { date: '2026-03-21', value: 30, note: '', confidence: 'high' }, TODAY),
    ).rejects.toThrow('is in the future');
    await expect(
      addMeasurement(
        db,
        kpi.id,
        { date: '2026-03-01', value: Number.NaN, note: '', confidence: 'high' },
        TODAY,
      ),
    ).rejects.toThrow('Value must be a number');
    await expect(
      addMeasurement(
        db,
        kpi.id,
        { date: '2026-03-01', value: '30' as never, note: '', confidence: 'high' },
        TODAY,
      ),
    ).rejects.toThrow('Value must be a number');
    expect(await measurementsForUseCase(db, uc.id)).toHaveLength(1);
    await deleteKpi(db, kpi.id);
    expect(await db.kpiMeasurements.count()).toBe(0);
  });

  it('refuses a bad measurement with a FieldsInvalidError pointing at the field', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 3);
    const uc = await createUseCase(db, client.id, { title: 'Emails' });
    const kpi = await createKpi(db, uc.id, TIME_KPI, TODAY);
    const error = await addMeasurement(
      db,
      kpi.id,
      { date: '2026-13-01', value: 1, note: '', confidence: 'high' },
      TODAY,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldsInvalidError);
    expect((error as FieldsInvalidError).field).toBe('date');
  });
});

describe('pilots before the EU AI Act classification', () => {
  it('a prohibited use case cannot enter pilot; an unclassified one only with a recorded reason, shown on the report', async () => {
    const { liveReportModel } = await import('../../../../src/db/reports/sources');
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 3);
    const uc = await readyForPilot(db, client.id, 'Ranking candidates');
    await updateUseCase(db, uc.id, { riskTier: 'prohibited' });
    const refused = (await moveUseCaseStage(
      db,
      uc.id,
      { target: 'pilot', date: '2026-02-01', unclassifiedReason: 'urgent' },
      TODAY,
    ).catch((e: unknown) => e)) as StageMoveRefusedError;
    expect(refused.blockers.map((b) => b.code)).toEqual(['prohibited']);

    await updateUseCase(db, uc.id, { riskTier: 'unclassified' });
    const noReason = (await moveUseCaseStage(db, uc.id, { target: 'pilot', date: '2026-02-01' }, TODAY).catch(
      (e: unknown) => e,
    )) as StageMoveRefusedError;
    expect(noReason.blockers.map((b) => b.code)).toEqual(['unclassified-reason-required']);
    expect((await db.useCases.get(uc.id))!.stage).toBe('assessment');

    await moveUseCaseStage(
      db,
      uc.id,
      {
        target: 'pilot',
        date: '2026-02-01',
        unclassifiedReason: 'Vendor answers the classification questions next week',
      },
      TODAY,
    );
    const saved = (await db.useCases.get(uc.id))!;
    expect(saved.unclassifiedPilotReason?.reason).toBe(
      'Vendor answers the classification questions next week',
    );
    expect(saved.stageHistory.at(-1)).toMatchObject({
      stage: 'pilot',
      unclassifiedReason: 'Vendor answers the classification questions next week',
    });
    const model = await liveReportModel(db, client, '2026-Q1', TODAY);
    expect(model.portfolio.unclassifiedPilots).toEqual([
      { title: 'Ranking candidates', reason: 'Vendor answers the classification questions next week' },
    ]);
  });
});
