import type { UseCase } from '../domain/portfolio';
import { todayIso, validateUseCase } from '../domain/portfolio';
import {
  isUntouchedConversion,
  newIdea,
  useCaseFromIdea,
  validateIdea,
  validateIdeaField,
  voteBudget,
  voteRefusal,
  type IdeaCapture,
  type IdeaField,
  type IdeaOutcome,
  type IdeaScoreKey,
  type Workshop,
  type WorkshopIdea,
} from '../domain/workshops';
import { ValidationError } from './errors';
import { newId, nowIso } from './ids';
import { FieldsInvalidError } from './portfolioErrors';
import type { ChangeRecord } from './history';
import { deleteRecord, RecordNotFoundError, updateRecord } from './records';
import type { CaioDatabase } from './schema';

/**
 * Ideas of a workshop: capture, edits, scores, dot votes and outcomes, each saved the moment it is
 * entered. Marking an idea "becomes a use case" creates the use case in the client's portfolio in
 * the same transaction.
 */

const CAPTURE_FIELDS = ['title', 'process', 'proposer', 'theme', 'description'] as const;

function checkField<F extends IdeaField>(field: F, value: unknown): WorkshopIdea[F] {
  const checked = validateIdeaField(field, value);
  if (!checked.ok) throw new ValidationError(checked.message, field);
  return checked.value;
}

async function getIdea(database: CaioDatabase, id: string): Promise<WorkshopIdea> {
  const idea = await database.workshopIdeas.get(id);
  if (!idea) throw new RecordNotFoundError('idea');
  return idea;
}

/** The ideas of a workshop in capture order. */
export function ideasForWorkshop(database: CaioDatabase, workshopId: string): Promise<WorkshopIdea[]> {
  return database.workshopIdeas.where('[workshopId+number]').between([workshopId, -Infinity], [workshopId, Infinity]).toArray();
}

export function ideasForClient(database: CaioDatabase, clientId: string): Promise<WorkshopIdea[]> {
  return database.workshopIdeas.where('clientId').equals(clientId).toArray();
}

/** Saves a new idea at once, numbered after the last one of the workshop. */
export async function addIdea(database: CaioDatabase, workshopId: string, capture: IdeaCapture): Promise<WorkshopIdea> {
  const fields: Partial<Record<(typeof CAPTURE_FIELDS)[number], string>> = {};
  for (const field of CAPTURE_FIELDS) {
    if (capture[field] !== undefined) fields[field] = checkField(field, capture[field]) as string;
  }
  return database.transaction('rw', [database.workshops, database.workshopIdeas], async () => {
    const workshop = await database.workshops.get(workshopId);
    if (!workshop) throw new RecordNotFoundError('workshop');
    const last = await database.workshopIdeas.where('[workshopId+number]').between([workshopId, -Infinity], [workshopId, Infinity]).last();
    const draft = newIdea({ ...fields, title: fields.title ?? '', id: newId(), clientId: workshop.clientId, workshopId, number: (last?.number ?? 0) + 1, now: nowIso() });
    const checked = validateIdea(draft);
    if (!checked.ok) throw new FieldsInvalidError(checked.errors);
    await database.workshopIdeas.add(checked.value);
    return checked.value;
  });
}

export type IdeaEditableField = Exclude<IdeaField, 'outcome' | 'votes'>;

/** Saves one field of an idea (title, description, process, proposer, theme, scores, decision note). */
export async function updateIdeaField<F extends IdeaEditableField>(database: CaioDatabase, id: string, field: F, value: unknown): Promise<void> {
  const checked = checkField(field, value);
  await updateRecord<WorkshopIdea>(database, 'workshopIdeas', id, { [field]: checked } as Partial<WorkshopIdea>);
}

export function setIdeaScore(database: CaioDatabase, id: string, key: IdeaScoreKey, value: number | null): Promise<void> {
  return updateIdeaField(database, id, key, value);
}

/** Adds (+1) or removes (-1) a dot. Refused when dot voting is off or every dot is placed. */
export async function changeVotes(database: CaioDatabase, id: string, delta: 1 | -1): Promise<number> {
  return database.transaction('rw', [database.workshops, database.workshopIdeas, database.changes], async () => {
    const idea = await getIdea(database, id);
    if (delta < 0 && idea.votes === 0) return 0;
    if (delta > 0) {
      const workshop = await database.workshops.get(idea.workshopId);
      if (!workshop) throw new RecordNotFoundError('workshop');
      const refusal = voteRefusal(voteBudget(workshop, await ideasForWorkshop(database, idea.workshopId)));
      if (refusal) throw new ValidationError(refusal, 'votes');
    }
    const votes = idea.votes + delta;
    await updateRecord<WorkshopIdea>(database, 'workshopIdeas', id, { votes });
    return votes;
  });
}

export interface OutcomeResult {
  /** The linked use case after the change, if any. */
  useCase: UseCase | null;
  created: boolean;
  /** The use case of an earlier conversion was removed (nobody had worked on it yet). */
  removedUseCase: boolean;
  /** The use case of an earlier conversion stays in the portfolio (it was worked on since). */
  keptUseCase: boolean;
}

/** True when nobody worked on the use case in the portfolio since the conversion. */
async function untouched(database: CaioDatabase, useCase: UseCase, ideaId: string): Promise<boolean> {
  if (!isUntouchedConversion(useCase, ideaId)) return false;
  return (await database.kpis.where('useCaseId').equals(useCase.id).count()) === 0;
}

/**
 * Records the decision on an idea. "Becomes a use case" creates a use case in stage idea in the
 * client's portfolio, linked back to the idea and carrying its scores (once: marking it again
 * re-links the same use case). Changing the decision afterwards removes that use case only if
 * nobody has worked on it yet; otherwise it stays and the change is reported.
 */
export async function setIdeaOutcome(database: CaioDatabase, id: string, outcome: IdeaOutcome, today = todayIso()): Promise<OutcomeResult> {
  checkField('outcome', outcome);
  const tables = [database.workshops, database.workshopIdeas, database.useCases, database.kpis, database.changes];
  return database.transaction('rw', tables, async () => {
    const idea = await getIdea(database, id);
    const linked = idea.useCaseId ? await database.useCases.get(idea.useCaseId) : undefined;
    if (outcome === 'use-case') {
      if (linked) {
        await updateRecord<WorkshopIdea>(database, 'workshopIdeas', id, { outcome });
        return { useCase: linked, created: false, removedUseCase: false, keptUseCase: false };
      }
      const workshop: Workshop | undefined = await database.workshops.get(idea.workshopId);
      if (!workshop) throw new RecordNotFoundError('workshop');
      const checked = validateUseCase(useCaseFromIdea({ idea, workshop, useCaseId: newId(), now: nowIso(), today }));
      if (!checked.ok) throw new FieldsInvalidError(checked.errors);
      await database.useCases.add(checked.value);
      await updateRecord<WorkshopIdea>(database, 'workshopIdeas', id, { outcome, useCaseId: checked.value.id });
      return { useCase: checked.value, created: true, removedUseCase: false, keptUseCase: false };
    }
    const patch: Partial<WorkshopIdea> = { outcome };
    let removedUseCase = false;
    if (linked && (await untouched(database, linked, id))) {
      await database.useCases.delete(linked.id);
      patch.useCaseId = null;
      removedUseCase = true;
    } else if (!linked && idea.useCaseId) {
      patch.useCaseId = null;
    }
    await updateRecord<WorkshopIdea>(database, 'workshopIdeas', id, patch);
    const kept = Boolean(linked) && !removedUseCase;
    return { useCase: kept ? (linked as UseCase) : null, created: false, removedUseCase, keptUseCase: kept };
  });
}

/** Deletes an idea. A use case created from it stays in the portfolio, without the link. */
export async function deleteIdea(database: CaioDatabase, id: string): Promise<ChangeRecord | null> {
  return database.transaction('rw', [database.workshops, database.workshopIdeas, database.useCases, database.changes], async () => {
    const idea = await database.workshopIdeas.get(id);
    if (!idea) return null;
    if (idea.useCaseId && (await database.useCases.get(idea.useCaseId))) {
      await updateRecord<UseCase>(database, 'useCases', idea.useCaseId, { workshopIdeaId: null });
    }
    // Logged with its last state, so the deletion can be undone (`restoreRecord`).
    const deletion = await deleteRecord(database, 'workshopIdeas', id);
    const workshop = await database.workshops.get(idea.workshopId);
    if (workshop?.session.selectedIdeaId === id) await database.workshops.update(workshop.id, { session: { ...workshop.session, selectedIdeaId: null } });
    return deletion;
  });
}

/** Where a use case came from, for the portfolio's "from a workshop idea" link; null if not from a workshop. */
export async function workshopOriginOfUseCase(
  database: CaioDatabase,
  useCase: Pick<UseCase, 'workshopIdeaId' | 'clientId'>,
): Promise<{ workshop: Workshop; idea: WorkshopIdea } | null> {
  if (!useCase.workshopIdeaId) return null;
  const idea = await database.workshopIdeas.get(useCase.workshopIdeaId);
  if (!idea || idea.clientId !== useCase.clientId) return null;
  const workshop = await database.workshops.get(idea.workshopId);
  return workshop ? { workshop, idea } : null;
}

/** Current titles of the use cases linked from these ideas (for CSV and "converted" links). */
export async function linkedUseCases(database: CaioDatabase, ideas: readonly WorkshopIdea[]): Promise<Map<string, UseCase>> {
  const ids = ideas.map((i) => i.useCaseId).filter((x): x is string => Boolean(x));
  const found = await database.useCases.bulkGet(ids);
  return new Map(found.filter((u): u is UseCase => Boolean(u)).map((u) => [u.id, u]));
}
