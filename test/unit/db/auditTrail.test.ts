import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/db/clients/clients';
import { createRegisterRecord, deleteRegisterRecord } from '../../../src/db/governance/registers';
import {
  overrideSystemTier,
  removeSystemTierOverride,
  saveClassification,
} from '../../../src/db/governance/classification';
import {
  addMeasurement,
  deleteKpi,
  deleteUseCase,
  moveUseCaseStage,
  recordGateDecision,
} from '../../../src/db/portfolio/useCases';
import { createReport, deleteReport } from '../../../src/db/reports/reports';
import { createWorkshop, deleteWorkshop } from '../../../src/db/workshops/workshops';
import { addIdea } from '../../../src/db/workshops/ideas';
import { byTime, deleteRecord, restoreRecord, updateRecord } from '../../../src/db/core/records';
import type { CaioDatabase } from '../../../src/db/core/schema';
import {
  createEvaluationRecord,
  deleteEvaluation,
  evaluationChange,
} from '../../../src/db/vendors/evaluations';
import { addVendorProfile } from '../../../src/db/vendors/library';
import { updateCriteria } from '../../../src/domain/vendors';
import { CV_SUMMARIES } from '../domain/governance/aiActFixtures';
import { clientWithLimit, readyForPilot, TODAY } from './portfolio/helpers';
import { freshDb } from './testDb';

/** Every event of the audit trail is its own entry, with what changed and why; nothing is lost or rewritten. */

async function trail(db: CaioDatabase, entity: string, id: string) {
  return (await db.changes.where('[entity+entityId]').equals([entity, id]).toArray()).sort(byTime);
}

describe('the audit trail records every kind of event', () => {
  it('a classification, then an override applied and removed, each with its justification', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const system = await createRegisterRecord(
      db,
      'aiSystems',
      client.id,
      { name: 'CV summaries' },
      '2026-11-26',
    );
    await saveClassification(db, system.id, CV_SUMMARIES, '2026-11-26');
    const justification = 'Legal counsel confirmed the summaries are not used for selection.';
    await overrideSystemTier(
      db,
      system.id,
      { tier: 'limited', justification, acknowledgedArticle: 'Art. 6(3), third subparagraph' },
      '2026-11-26',
    );
    await removeSystemTierOverride(db, system.id, '2026-11-26');
    const classification = (await trail(db, 'aiSystems', system.id)).filter(
      (c) => c.field === 'classification',
    );
    type Stored = { tier: string; override: { tier: string; justification: string } | null } | null;
    const states = classification.map((c) => [c.oldValue as Stored, c.newValue as Stored]);
    expect(states).toHaveLength(3);
    expect(states[0]![0]).toBeNull();
    expect(states[0]![1]).toMatchObject({ tier: 'high', override: null });
    expect(states[1]![1]).toMatchObject({ tier: 'high', override: { tier: 'limited', justification } });
    // The removal keeps the justification that was removed, in the old value.
    expect(states[2]![0]).toMatchObject({ override: { tier: 'limited', justification } });
    expect(states[2]![1]).toMatchObject({ tier: 'high', override: null });
  });

  it('an incident flag switched yes, then no', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const incident = await createRegisterRecord(
      db,
      'incidents',
      client.id,
      { title: 'Omission', detectedAt: '2026-11-20T10:00:00+01:00' },
      '2026-11-26',
    );
    await updateRecord(db, 'incidents', incident.id, { aiActSerious: 'other' }, { today: '2026-11-26' });
    await updateRecord(db, 'incidents', incident.id, { aiActSerious: 'no' }, { today: '2026-11-26' });
    const flags = (await trail(db, 'incidents', incident.id)).filter((c) => c.field === 'aiActSerious');
    expect(flags.map((c) => [c.oldValue, c.newValue])).toEqual([
      [incident.aiActSerious, 'other'],
      ['other', 'no'],
    ]);
  });

  it('evaluation weights changed after scores exist', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const lens = await addVendorProfile(db, { name: 'TalentLens', category: 'saas-with-ai' });
    const { evaluation } = await createEvaluationRecord(db, {
      clientId: client.id,
      title: 'CV tool',
      vendorIds: [lens.id],
    });
    const [a, b] = evaluation.criteria;
    const reweighted = evaluation.criteria.map((c) =>
      c.id === a!.id ? { ...c, weight: c.weight + 5 } : c.id === b!.id ? { ...c, weight: c.weight - 5 } : c,
    );
    await updateRecord(
      db,
      'evaluations',
      evaluation.id,
      evaluationChange((e, now) => updateCriteria(e, reweighted, now)),
    );
    const [entry] = (await trail(db, 'evaluations', evaluation.id)).filter((c) => c.field === 'criteria');
    expect((entry!.oldValue as { weight: number }[])[0]!.weight).toBe(a!.weight);
    expect((entry!.newValue as { weight: number }[])[0]!.weight).toBe(a!.weight + 5);
  });

  it('stage moves and a gate decision with its rationale', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 3);
    const uc = await readyForPilot(db, client.id, 'Job postings');
    await moveUseCaseStage(db, uc.id, { target: 'pilot', date: '2026-01-12' }, TODAY);
    const { decision } = await recordGateDecision(
      db,
      uc.id,
      { decision: 'scale', date: '2026-03-10', rationale: 'Target met for six weeks', decidedBy: 'Board' },
      TODAY,
    );
    const stages = (await trail(db, 'useCases', uc.id)).filter((c) => c.field === 'stage');
    expect(stages.map((c) => [c.oldValue, c.newValue])).toEqual([
      ['idea', 'assessment'],
      ['assessment', 'pilot'],
      ['pilot', 'evaluation'],
    ]);
    const [gate] = await trail(db, 'gateDecisions', decision.id);
    expect(gate).toMatchObject({
      kind: 'create',
      clientId: client.id,
      note: 'Target met for six weeks',
      newValue: { decision: 'scale' },
    });
  });

  it('a deletion keeps the last state, and a restore puts it back, both recorded', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 3);
    const uc = await readyForPilot(db, client.id, 'Job postings');
    const [kpi] = await db.kpis.where('useCaseId').equals(uc.id).toArray();
    const measurement = await addMeasurement(
      db,
      kpi!.id,
      { date: '2026-02-02', value: 30, note: 'week 3', confidence: 'medium' },
      TODAY,
    );
    const deletion = await deleteRecord(db, 'kpiMeasurements', measurement.id);
    expect(await db.kpiMeasurements.get(measurement.id)).toBeUndefined();
    expect(deletion).toMatchObject({ kind: 'delete', clientId: client.id, oldValue: measurement });
    await restoreRecord(db, deletion!.id);
    expect(await db.kpiMeasurements.get(measurement.id)).toEqual(measurement);
    expect((await trail(db, 'kpiMeasurements', measurement.id)).map((c) => c.kind)).toEqual([
      'delete',
      'restore',
    ]);
    await expect(restoreRecord(db, deletion!.id)).rejects.toThrow('restored before');

    const risk = await createRegisterRecord(db, 'risks', client.id, { title: 'Bias' }, TODAY);
    await deleteRegisterRecord(db, 'risks', risk.id);
    expect(
      (await trail(db, 'risks', risk.id)).map((c) => [c.kind, (c.oldValue as { title: string }).title]),
    ).toEqual([['delete', 'Bias']]);
  });

  it('every area’s deletions are recorded with the last state: a use case with its KPIs and measurements, a KPI, an evaluation, a workshop with its ideas, a report', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 3);
    const uc = await readyForPilot(db, client.id, 'Job postings');
    const [kpi] = await db.kpis.where('useCaseId').equals(uc.id).toArray();
    const measurement = await addMeasurement(
      db,
      kpi!.id,
      { date: '2026-02-02', value: 30, note: 'week 3', confidence: 'medium' },
      TODAY,
    );
    await deleteUseCase(db, uc.id);
    for (const [entity, id] of [
      ['useCases', uc.id],
      ['kpis', kpi!.id],
      ['kpiMeasurements', measurement.id],
    ] as const) {
      expect(
        (await trail(db, entity, id)).filter((c) => c.kind === 'delete'),
        entity,
      ).toHaveLength(1);
    }
    const deletion = (await trail(db, 'useCases', uc.id)).find((c) => c.kind === 'delete')!;
    expect(deletion.oldValue).toMatchObject({ title: 'Job postings' });
    await restoreRecord(db, deletion.id);
    expect((await db.useCases.get(uc.id))?.title).toBe('Job postings');

    const other = await readyForPilot(db, client.id, 'CV summaries');
    const [otherKpi] = await db.kpis.where('useCaseId').equals(other.id).toArray();
    await deleteKpi(db, otherKpi!.id);
    expect((await trail(db, 'kpis', otherKpi!.id)).map((c) => c.kind)).toEqual(['delete']);

    const vendor = await addVendorProfile(db, { name: 'CVSense', category: 'saas-with-ai' });
    const { evaluation } = await createEvaluationRecord(db, {
      clientId: client.id,
      title: 'CV tools',
      vendorIds: [vendor.id],
    });
    await deleteEvaluation(db, client.id, evaluation.id);
    expect((await trail(db, 'evaluations', evaluation.id)).map((c) => [c.kind, c.clientId])).toEqual([
      ['delete', client.id],
    ]);

    const workshop = await createWorkshop(db, client.id, { title: 'Ideas', date: TODAY });
    const idea = await addIdea(db, workshop.id, { title: 'Summarise CVs' });
    await deleteWorkshop(db, workshop.id);
    expect((await trail(db, 'workshops', workshop.id)).map((c) => c.kind)).toEqual(['delete']);
    expect((await trail(db, 'workshopIdeas', idea.id)).map((c) => c.kind)).toEqual(['delete']);

    const report = await createReport(db, client.id, '2026-Q4', {
      headlines: ['One', '', ''],
      overallStatus: 'green',
      decisionsRequested: [],
      nextSteps: [],
      notDoing: [],
    });
    await deleteReport(db, report.id);
    expect((await trail(db, 'reports', report.id)).map((c) => c.kind)).toEqual(['delete']);
  });
});
