import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import { updateRecord } from '../../../../src/db/core/records';
import {
  evaluationChange,
  createEvaluationRecord,
  deleteEvaluation,
  evaluationOfClient,
  evaluationsForClient,
  evaluationsForUseCase,
  profilesOfEvaluations,
  saveDdAnswer,
  saveGate,
  saveScore,
} from '../../../../src/db/vendors/evaluations';
import { RefusedError } from '../../../../src/db/vendors/errors';
import { addVendorProfile } from '../../../../src/db/vendors/library';
import {
  addVendor,
  changeStatus,
  compareVendors,
  decideVendor,
  linkEvaluation,
  NO_VENDORS_MESSAGE,
  RATIONALE_MESSAGE,
  READ_ONLY_MESSAGE,
  reopenEvaluation,
  SCORE_MESSAGE,
  updateCriteria,
} from '../../../../src/domain/vendors';
import { freshDb } from '../testDb';

async function setup() {
  const db = await freshDb();
  const client = await createClient(db, { name: 'Brightside' });
  const other = await createClient(db, { name: 'Nordhaven' });
  const lens = await addVendorProfile(db, {
    name: 'TalentLens',
    category: 'saas-with-ai',
    trainsOnCustomerData: 'yes',
  });
  const sense = await addVendorProfile(db, { name: 'CVSense', category: 'saas-with-ai' });
  const { evaluation } = await createEvaluationRecord(db, {
    clientId: client.id,
    title: 'CV tool',
    useCaseId: 'uc-cv',
    vendorIds: [lens.id, sense.id],
  });
  return { db, client, other, lens, sense, evaluation, vendors: [lens, sense] };
}

describe('vendor evaluations in the database', () => {
  it('creates an evaluation and refuses one with no vendors or an unknown vendor', async () => {
    const { db, client, evaluation } = await setup();
    expect(await db.evaluations.get(evaluation.id)).toMatchObject({
      title: 'CV tool',
      status: 'draft',
      vendorIds: [evaluation.vendors[0].vendorId, evaluation.vendors[1].vendorId],
    });
    await expect(
      createEvaluationRecord(db, { clientId: client.id, title: 'Empty', vendorIds: [] }),
    ).rejects.toThrow(NO_VENDORS_MESSAGE);
    await expect(
      createEvaluationRecord(db, { clientId: client.id, title: 'Ghost', vendorIds: ['nope'] }),
    ).rejects.toThrow('no longer in the library');
    expect(await db.evaluations.count()).toBe(1);
  });

  it('saves scores with evidence, refuses 0 and 6, and marks a score without evidence unverified', async () => {
    const { db, evaluation, lens, sense, vendors } = await setup();
    const id = evaluation.id;
    expect(await saveScore(db, id, { vendorId: lens.id, criterionId: 'quality' }, { score: 5 })).toEqual([
      'Score saved as unverified: add an evidence note.',
    ]);
    await saveScore(db, id, { vendorId: sense.id, criterionId: 'quality' }, { evidence: 'Trial on 40 CVs' });
    await saveScore(db, id, { vendorId: sense.id, criterionId: 'quality' }, { score: 4 });
    for (const bad of [0, 6, 3.5]) {
      await expect(
        saveScore(db, id, { vendorId: sense.id, criterionId: 'quality' }, { score: bad }),
      ).rejects.toThrow(SCORE_MESSAGE);
    }
    const stored = (await evaluationOfClient(db, evaluation.clientId, id))!;
    expect(stored.vendors[1].scores.quality).toEqual({ score: 4, evidence: 'Trial on 40 CVs' });
    const rows = compareVendors(stored, vendors).rows;
    expect(rows.find((r) => r.vendorId === lens.id)?.unverifiedCount).toBe(1);
    const history = await db.changes.where('[entity+entityId]').equals(['evaluations', id]).toArray();
    expect(history.some((h) => h.field === 'vendors' && h.clientId === evaluation.clientId)).toBe(true);
  });

  it('keeps quick successive edits of different fields (no lost update)', async () => {
    const { db, evaluation, sense } = await setup();
    await Promise.all([
      saveScore(db, evaluation.id, { vendorId: sense.id, criterionId: 'quality' }, { score: 4 }),
      saveScore(db, evaluation.id, { vendorId: sense.id, criterionId: 'quality' }, { evidence: 'Trial' }),
      saveGate(db, evaluation.id, { vendorId: sense.id, gateId: 'no-dpa' }, { result: 'pass' }),
      saveGate(db, evaluation.id, { vendorId: sense.id, gateId: 'no-dpa' }, { note: 'Signed in March' }),
      saveDdAnswer(db, evaluation.id, { vendorId: sense.id, questionId: 'dd-training' }, { answer: 'Never' }),
      saveDdAnswer(
        db,
        evaluation.id,
        { vendorId: sense.id, questionId: 'dd-training' },
        { satisfactory: true },
      ),
    ]);
    const vendor = (await db.evaluations.get(evaluation.id))!.vendors[1];
    expect(vendor.scores.quality).toEqual({ score: 4, evidence: 'Trial' });
    expect(vendor.gates['no-dpa']).toEqual({ result: 'pass', note: 'Signed in March' });
    expect(vendor.ddAnswers['dd-training']).toEqual({ answer: 'Never', satisfactory: true });
    await saveDdAnswer(
      db,
      evaluation.id,
      { vendorId: sense.id, questionId: 'dd-training' },
      { satisfactory: null },
    );
    expect((await db.evaluations.get(evaluation.id))!.vendors[1].ddAnswers['dd-training']).toEqual({
      answer: 'Never',
    });
  });

  it('stores nothing when weights would be refused, a decision lacks rationale, or the evaluation is decided', async () => {
    const { db, evaluation, lens, sense, vendors } = await setup();
    const id = evaluation.id;
    await saveGate(
      db,
      id,
      { vendorId: lens.id, gateId: 'trains-without-opt-out' },
      { result: 'fail', note: 'Trains on CVs' },
    );
    const decide = (vendorId: string, outcome: 'selected' | 'rejected', rationale: string) =>
      updateRecord(
        db,
        'evaluations',
        id,
        evaluationChange((e, now) =>
          decideVendor(
            e,
            { vendorId, outcome, rationale, date: '2026-03-01', confirmGaps: true },
            now,
            vendors,
          ),
        ),
      );
    await expect(decide(sense.id, 'selected', '  ')).rejects.toThrow(RATIONALE_MESSAGE);
    await expect(decide(lens.id, 'selected', 'Best score')).rejects.toThrow(
      'Ruled out by knock-out gate "Trains on customer data without opt-out": Trains on CVs',
    );
    const before = await db.evaluations.get(id);
    expect(before!.vendors.every((v) => !v.decision)).toBe(true);
    await decide(sense.id, 'selected', 'EU only');
    await decide(lens.id, 'rejected', 'Knock-out');
    await updateRecord(
      db,
      'evaluations',
      id,
      evaluationChange((e, now) => changeStatus(e, 'decided', now, vendors, { confirmGaps: true })),
    );
    const error = await saveScore(db, id, { vendorId: sense.id, criterionId: 'quality' }, { score: 5 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RefusedError);
    expect((error as RefusedError).reasons).toEqual([READ_ONLY_MESSAGE]);
    await expect(
      updateRecord(
        db,
        'evaluations',
        id,
        evaluationChange((e, now) => updateCriteria(e, e.criteria.slice(1), now)),
      ),
    ).rejects.toThrow(READ_ONLY_MESSAGE);
    await expect(
      updateRecord(
        db,
        'evaluations',
        id,
        evaluationChange((e, now) => addVendor(e, 'x', now)),
      ),
    ).rejects.toThrow(READ_ONLY_MESSAGE);

    // Linking is allowed after the decision; reopening is recorded.
    await updateRecord(
      db,
      'evaluations',
      id,
      evaluationChange((e, now) => linkEvaluation(e, { aiSystemId: 'ai-1' }, now)),
    );
    await updateRecord(
      db,
      'evaluations',
      id,
      evaluationChange((e, now) => reopenEvaluation(e, 'Vendor changed its terms', now)),
    );
    const reopened = (await db.evaluations.get(id))!;
    expect(reopened).toMatchObject({ status: 'in-review', aiSystemId: 'ai-1' });
    expect(reopened.history.at(-1)).toMatchObject({ action: 'reopened', reason: 'Vendor changed its terms' });
    await updateRecord(
      db,
      'evaluations',
      id,
      evaluationChange((e, now) => linkEvaluation(e, { aiSystemId: null }, now)),
    );
    expect('aiSystemId' in (await db.evaluations.get(id))!).toBe(false);
  });

  it('finds evaluations per client and per use case, and never across clients', async () => {
    const { db, client, other, evaluation, sense } = await setup();
    const { evaluation: theirs } = await createEvaluationRecord(db, {
      clientId: other.id,
      title: 'Manuals',
      vendorIds: [sense.id],
    });
    expect((await evaluationsForClient(db, client.id)).map((e) => e.title)).toEqual(['CV tool']);
    expect((await evaluationsForUseCase(db, client.id, 'uc-cv')).map((e) => e.id)).toEqual([evaluation.id]);
    expect(await evaluationOfClient(db, client.id, theirs.id)).toBeNull();
    await deleteEvaluation(db, client.id, theirs.id);
    expect(await db.evaluations.get(theirs.id)).toBeDefined();
    await deleteEvaluation(db, other.id, theirs.id);
    expect(await db.evaluations.get(theirs.id)).toBeUndefined();
  });

  it('reads the library profiles that the evaluations name, once each, and no others', async () => {
    const { db, client, lens, sense } = await setup();
    const unused = await addVendorProfile(db, { name: 'Unused vendor', category: 'saas-with-ai' });
    await createEvaluationRecord(db, {
      clientId: client.id,
      title: 'CV tool, round 2',
      useCaseId: 'uc-cv',
      vendorIds: [lens.id],
    });
    const profiles = await profilesOfEvaluations(db, await evaluationsForClient(db, client.id));
    expect(profiles.map((p) => p.name).sort()).toEqual([lens.name, sense.name].sort());
    expect(profiles.some((p) => p.id === unused.id)).toBe(false);
    await db.vendorProfiles.delete(sense.id);
    expect(
      (await profilesOfEvaluations(db, await evaluationsForClient(db, client.id))).map((p) => p.id),
    ).toEqual([lens.id]);
  });
});
