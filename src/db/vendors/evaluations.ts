import { tell } from '../../domain/shared/language';
import {
  createEvaluation,
  setDdAnswer,
  setGateResult,
  setScore,
  type Evaluation,
  type EvaluationChange,
  type GateResult,
  type NewEvaluationInput,
  type VendorProfile,
} from '../../domain/vendors';
import { newId, nowIso } from '../core/ids';
import { unlinkRecord } from '../core/unlink';
import { deleteRecord, updateRecord, type ComputeChange, type EditOptions } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { RefusedError } from './errors';

/**
 * A client's vendor evaluations. Every change goes through a pure function of `src/domain/vendors`
 * inside one transaction (read, apply, write with change history), so quick successive edits never
 * overwrite each other and a refused change writes nothing.
 */

/** The stored form: the evaluation plus its vendor ids, indexed so the library finds a vendor's evaluations. */
export type StoredEvaluation = Evaluation & { vendorIds: string[] };

export function toStoredEvaluation(evaluation: Evaluation): StoredEvaluation {
  return { ...evaluation, vendorIds: evaluation.vendors.map((v) => v.vendorId) };
}

/**
 * The library profiles that these evaluations name (read by key, never the whole library: a client's
 * screen reads what grows with that client, not with the consultant's library).
 */
export async function profilesOfEvaluations(
  database: CaioDatabase,
  evaluations: readonly Evaluation[],
): Promise<VendorProfile[]> {
  const vendorIds = [...new Set(evaluations.flatMap((e) => e.vendors.map((v) => v.vendorId)))];
  return (await database.vendorProfiles.bulkGet(vendorIds)).filter((p): p is VendorProfile => !!p);
}

/** Drops the derived field so domain functions get a plain evaluation. */
export function fromStored(stored: StoredEvaluation): Evaluation {
  const { vendorIds: _vendorIds, ...evaluation } = stored;
  return evaluation;
}

export async function evaluationsForClient(database: CaioDatabase, clientId: string): Promise<Evaluation[]> {
  const rows = await database.evaluations.where('clientId').equals(clientId).toArray();
  return rows.map(fromStored).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The evaluation only when it belongs to `clientId` (a screen never shows another client's evaluation). */
export async function evaluationOfClient(
  database: CaioDatabase,
  clientId: string,
  evaluationId: string,
): Promise<Evaluation | null> {
  const stored = await database.evaluations.get(evaluationId);
  return stored && stored.clientId === clientId ? fromStored(stored) : null;
}

export async function evaluationsForUseCase(
  database: CaioDatabase,
  clientId: string,
  useCaseId: string,
): Promise<Evaluation[]> {
  const rows = await database.evaluations
    .where('[clientId+useCaseId]')
    .equals([clientId, useCaseId])
    .toArray();
  return rows.map(fromStored);
}

/** Every evaluation that includes a vendor, across clients (only the library may use this). */
export async function evaluationsOfVendor(database: CaioDatabase, vendorId: string): Promise<Evaluation[]> {
  const rows = await database.evaluations.where('vendorIds').equals(vendorId).toArray();
  return rows.map(fromStored);
}

export async function createEvaluationRecord(
  database: CaioDatabase,
  input: NewEvaluationInput,
): Promise<{ evaluation: Evaluation; warnings: string[] }> {
  const unknown = [];
  for (const vendorId of input.vendorIds)
    if (!(await database.vendorProfiles.get(vendorId))) unknown.push(vendorId);
  if (unknown.length > 0)
    throw new RefusedError([tell('A chosen vendor is no longer in the library. Choose the vendors again.')]);
  const result = createEvaluation(input, nowIso(), newId);
  if (!result.ok) throw new RefusedError(result.reasons);
  await database.evaluations.add(toStoredEvaluation(result.evaluation));
  return { evaluation: result.evaluation, warnings: result.warnings };
}

/** The fields whose value differs, as a patch (a removed optional field becomes undefined, which Dexie deletes). */
function patchBetween(before: Evaluation, after: Evaluation): Partial<StoredEvaluation> {
  const patch: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (key === 'updatedAt') continue;
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) patch[key] = b;
  }
  if ('vendors' in patch) patch.vendorIds = after.vendors.map((v) => v.vendorId);
  return patch as Partial<StoredEvaluation>;
}

/**
 * A domain change of an evaluation as a change for the one write path:
 * `updateRecord(db, 'evaluations', id, evaluationChange((e, now) => ...))`. A refused change throws
 * RefusedError with the domain's reasons (nothing written); the domain's warnings come back in the result.
 */
export function evaluationChange(
  change: (evaluation: Evaluation, now: string) => EvaluationChange,
): ComputeChange<StoredEvaluation> {
  return (stored, now) => {
    const before = fromStored(stored);
    const result = change(before, now);
    if (!result.ok) throw new RefusedError(result.reasons);
    return { patch: patchBetween(before, result.evaluation), warnings: result.warnings };
  };
}

function changeEvaluation(
  database: CaioDatabase,
  evaluationId: string,
  change: (evaluation: Evaluation, now: string) => EvaluationChange,
  options: EditOptions = {},
): Promise<string[]> {
  return updateRecord<StoredEvaluation>(
    database,
    'evaluations',
    evaluationId,
    evaluationChange(change),
    options,
  ).then((result) => result.warnings);
}

/** Sets a score and/or its evidence, keeping the other half as stored. */
export function saveScore(
  database: CaioDatabase,
  evaluationId: string,
  target: { vendorId: string; criterionId: string },
  input: { score?: number | null; evidence?: string },
): Promise<string[]> {
  return changeEvaluation(database, evaluationId, (evaluation, now) => {
    const current = evaluation.vendors.find((v) => v.vendorId === target.vendorId)?.scores[
      target.criterionId
    ];
    const score = input.score !== undefined ? input.score : (current?.score ?? null);
    const evidence = input.evidence !== undefined ? input.evidence : (current?.evidence ?? '');
    return setScore(evaluation, target.vendorId, target.criterionId, { score, evidence }, now);
  });
}

/** Sets a knock-out gate's result and/or note, keeping the other half as stored. */
export function saveGate(
  database: CaioDatabase,
  evaluationId: string,
  target: { vendorId: string; gateId: string },
  input: { result?: GateResult; note?: string },
): Promise<string[]> {
  return changeEvaluation(database, evaluationId, (evaluation, now) => {
    const current = evaluation.vendors.find((v) => v.vendorId === target.vendorId)?.gates[target.gateId];
    return setGateResult(
      evaluation,
      target.vendorId,
      target.gateId,
      { result: input.result ?? current?.result ?? 'unknown', note: input.note ?? current?.note ?? '' },
      now,
    );
  });
}

/** Sets a due-diligence answer and/or its judgement (null = not judged), keeping the other half as stored. */
export function saveDdAnswer(
  database: CaioDatabase,
  evaluationId: string,
  target: { vendorId: string; questionId: string },
  input: { answer?: string; satisfactory?: boolean | null },
  /** Who gave the answer when it is not the consultant (a vendor's questionnaire response). */
  options: Pick<EditOptions, 'by'> = {},
): Promise<string[]> {
  return changeEvaluation(
    database,
    evaluationId,
    (evaluation, now) => {
      const current = evaluation.vendors.find((v) => v.vendorId === target.vendorId)?.ddAnswers[
        target.questionId
      ];
      const satisfactory =
        input.satisfactory === undefined ? current?.satisfactory : (input.satisfactory ?? undefined);
      return setDdAnswer(
        evaluation,
        target.vendorId,
        target.questionId,
        { answer: input.answer ?? current?.answer ?? '', satisfactory },
        now,
      );
    },
    options,
  );
}

export async function deleteEvaluation(
  database: CaioDatabase,
  clientId: string,
  evaluationId: string,
): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    const stored = await database.evaluations.get(evaluationId);
    if (!stored || stored.clientId !== clientId) return;
    await unlinkRecord(database, 'evaluations', evaluationId, clientId);
    await deleteRecord(database, 'evaluations', evaluationId);
  });
}
