import { describe, expect, it } from 'vitest';
import { deleteClient } from '../../../../src/db/clients/clients';
import {
  createKpi,
  createUseCase,
  deleteUseCase,
  FieldsInvalidError,
  updateCharter,
  updateUseCase,
  updateUseCaseScore,
  listUseCasesForClient,
  useCasesInStages,
  ValidationError,
} from '../../../../src/db/portfolio/useCases';
import { computePriority, emptyCharter } from '../../../../src/domain/portfolio';
import { freshDb } from '../testDb';
import { clientWithLimit, TIME_KPI, TODAY } from './helpers';

describe('use cases in the database', () => {
  it('creates a use case in stage idea and reads it back exactly, with non-ASCII text', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 3);
    const created = await createUseCase(db, client.id, {
      title: '  Résumé screening, "first pass" ',
      process: 'Recruitment',
      date: '2026-02-01',
    });
    const stored = await db.useCases.get(created.id);
    expect(stored).toEqual(created);
    expect(stored).toMatchObject({
      title: 'Résumé screening, "first pass"',
      stage: 'idea',
      stageHistory: [{ stage: 'idea', date: '2026-02-01' }],
      riskTier: 'unclassified',
      charter: emptyCharter(),
    });
    await expect(createUseCase(db, client.id, { title: '   ' })).rejects.toThrow('Title is required');
    await expect(createUseCase(db, 'no-such-client', { title: 'X' })).rejects.toThrow('client');
    expect(await db.useCases.count()).toBe(1);
  });

  it('saves field edits with a change history and refuses invalid ones without writing', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 3);
    const uc = await createUseCase(db, client.id, { title: 'Job postings' });
    await updateUseCase(db, uc.id, {
      businessOwner: 'Sanne de Vries',
      affectedPersons: ['candidates', 'recruiters'],
      riskTier: 'limited',
    });
    await expect(updateUseCase(db, uc.id, { title: ' ' })).rejects.toBeInstanceOf(ValidationError);
    await expect(updateUseCase(db, uc.id, { riskTier: 'catastrophic' as never })).rejects.toThrow(
      'Risk tier must be',
    );
    const stored = await db.useCases.get(uc.id);
    expect(stored).toMatchObject({
      title: 'Job postings',
      businessOwner: 'Sanne de Vries',
      riskTier: 'limited',
      affectedPersons: ['candidates', 'recruiters'],
    });
    const history = await db.changes.where('[entity+entityId]').equals(['useCases', uc.id]).toArray();
    expect(history.map((c) => c.field).sort()).toEqual(['affectedPersons', 'businessOwner', 'riskTier']);
    expect(history.find((c) => c.field === 'riskTier')).toMatchObject({
      oldValue: 'unclassified',
      newValue: 'limited',
      clientId: client.id,
    });
  });

  it('stores scores 1-5, refuses anything else, and never loses a concurrent score edit', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 3);
    const uc = await createUseCase(db, client.id, { title: 'Job postings' });
    await Promise.all([
      updateUseCaseScore(db, uc.id, 'impact', 4),
      updateUseCaseScore(db, uc.id, 'reach', 4),
      updateUseCaseScore(db, uc.id, 'feasibility', 5),
      updateUseCaseScore(db, uc.id, 'dataReadiness', 4),
      updateUseCaseScore(db, uc.id, 'confidence', 4),
    ]);
    for (const bad of [0, 6, 2.5, Number.NaN]) {
      await expect(updateUseCaseScore(db, uc.id, 'impact', bad)).rejects.toThrow(
        'Impact must be a whole number from 1 to 5',
      );
    }
    const stored = (await db.useCases.get(uc.id))!;
    expect(stored.scores).toEqual({ impact: 4, reach: 4, feasibility: 5, dataReadiness: 4, confidence: 4 });
    expect(computePriority(stored.scores, stored.riskTier)).toMatchObject({ ok: true, score: 31 });
    await updateUseCaseScore(db, uc.id, 'confidence', null);
    expect((await db.useCases.get(uc.id))!.scores.confidence).toBeNull();
  });

  it('edits the charter field by field and refuses an end date before the start date', async () => {
    const db = await freshDb();
    const client = await clientWithLimit(db, 'Brightside', 3);
    const uc = await createUseCase(db, client.id, { title: 'Job postings' });
    await updateCharter(db, uc.id, { startDate: '2026-03-01' });
    await updateCharter(db, uc.id, { hypothesis: 'Faster drafting — 15 min instead of 45' });
    const error = await updateCharter(db, uc.id, { plannedEndDate: '2026-02-01' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldsInvalidError);
    expect((error as FieldsInvalidError).message).toBe(
      'The planned end date (1 Feb 2026) must be after the start date (1 Mar 2026)',
    );
    expect((error as FieldsInvalidError).field).toBe('charter.plannedEndDate');
    await expect(updateCharter(db, uc.id, { budgetPlanned: -10 })).rejects.toThrow(
      'Planned budget cannot be negative',
    );
    const charter = (await db.useCases.get(uc.id))!.charter;
    expect(charter).toMatchObject({
      startDate: '2026-03-01',
      plannedEndDate: null,
      hypothesis: 'Faster drafting — 15 min instead of 45',
      budgetPlanned: null,
    });
  });

  it('finds use cases by client and stage, and deletes one with its KPIs and measurements only', async () => {
    const db = await freshDb();
    const a = await clientWithLimit(db, 'A', 3);
    const b = await clientWithLimit(db, 'B', 3);
    const keep = await createUseCase(db, a.id, { title: 'Keep' });
    const remove = await createUseCase(db, a.id, { title: 'Remove' });
    const other = await createUseCase(db, b.id, { title: 'Other client' });
    await createKpi(db, keep.id, TIME_KPI, TODAY);
    await createKpi(db, remove.id, TIME_KPI, TODAY);
    expect((await listUseCasesForClient(db, a.id)).map((u) => u.title).sort()).toEqual(['Keep', 'Remove']);
    expect((await useCasesInStages(db, b.id, ['idea'])).map((u) => u.id)).toEqual([other.id]);
    expect(await useCasesInStages(db, a.id, ['pilot', 'evaluation'])).toEqual([]);
    await deleteUseCase(db, remove.id);
    expect((await listUseCasesForClient(db, a.id)).map((u) => u.id)).toEqual([keep.id]);
    expect((await db.kpis.toArray()).map((k) => k.useCaseId)).toEqual([keep.id]);
  });

  it('is removed with its client (client-owned tables)', async () => {
    const db = await freshDb();
    const a = await clientWithLimit(db, 'Gone', 3);
    const uc = await createUseCase(db, a.id, { title: 'X' });
    await createKpi(db, uc.id, TIME_KPI, TODAY);
    await deleteClient(db, a.id, 'Gone');
    expect(await db.useCases.count()).toBe(0);
    expect(await db.kpis.count()).toBe(0);
  });
});
