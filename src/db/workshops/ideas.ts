import type { UseCase } from '../../domain/portfolio';
import { validateUseCase } from '../../domain/portfolio';
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
} from '../../domain/workshops';
import { FieldsInvalidError, ValidationError } from '../core/errors';
import { newId, nowIso } from '../core/ids';
import type { ChangeRecord } from '../core/history';
import { deleteRecord, RecordNotFoundError, updateRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { tell, type Wording } from '../../domain/shared/language';
import { todayIso } from '../../domain/shared/dates';

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
  return database.workshopIdeas
    .where('[workshopId+number]')
    .between([workshopId, -Infinity], [workshopId, Infinity])
    .toArray();
}

export function ideasForClient(database: CaioDatabase, clientId: string): Promise<WorkshopIdea[]> {
  return database.workshopIdeas.where('clientId').equals(clientId).toArray();
}

/** Saves a new idea at once, numbered after the last one of the workshop. */
export async function addIdea(
  database: CaioDatabase,
  workshopId: string,
  capture: IdeaCapture,
): Promise<WorkshopIdea> {
  const fields: Partial<Record<(typeof CAPTURE_FIELDS)[number], string>> = {};
  for (const field of CAPTURE_FIELDS) {
    if (capture[field] !== undefined) fields[field] = checkField(field, capture[field]) as string;
  }
  return database.transaction('rw', [database.workshops, database.workshopIdeas], async () => {
    const workshop = await database.workshops.get(workshopId);
    if (!workshop) throw new RecordNotFoundError('workshop');
    const last = await database.workshopIdeas
      .where('[workshopId+number]')
      .between([workshopId, -Infinity], [workshopId, Infinity])
      .last();
    const draft = newIdea({
      ...fields,
      title: fields.title ?? '',
      id: newId(),
      clientId: workshop.clientId,
      workshopId,
      number: (last?.number ?? 0) + 1,
      now: nowIso(),
    });
    const checked = validateIdea(draft);
    if (!checked.ok) throw new FieldsInvalidError(checked.errors);
    await database.workshopIdeas.add(checked.value);
    return checked.value;
  });
}

export type IdeaEditableField = Exclude<IdeaField, 'outcome' | 'votes'>;

/** Saves one field of an idea (title, description, process, proposer, theme, scores, decision note). */
export async function updateIdeaField<F extends IdeaEditableField>(
  database: CaioDatabase,
  id: string,
  field: F,
  value: unknown,
): Promise<void> {
  const checked = checkField(field, value);
  await updateRecord<WorkshopIdea>(database, 'workshopIdeas', id, {
    [field]: checked,
  } as Partial<WorkshopIdea>);
}

export function setIdeaScore(
  database: CaioDatabase,
  id: string,
  key: IdeaScoreKey,
  value: number | null,
): Promise<void> {
  return updateIdeaField(database, id, key, value);
}

/** Adds (+1) or removes (-1) a dot. Refused when dot voting is off or every dot is placed. */
export async function changeVotes(database: CaioDatabase, id: string, delta: 1 | -1): Promise<number> {
  return database.transaction(
    'rw',
    [database.workshops, database.workshopIdeas, database.changes],
    async () => {
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
    },
  );
}

export interface OutcomeResult {
  /** The linked use case after the change, if any. */
  useCase: UseCase | null;
  created: boolean;
  /** The idea was merged into an existing use case of the portfolio (no new use case). */
  merged: boolean;
  /** The idea was merged into a use case before and no longer is (that use case is unchanged). */
  unmerged: boolean;
  /** The use case of an earlier conversion was removed (nobody had worked on it yet). */
  removedUseCase: boolean;
  /** The use case of an earlier conversion stays in the portfolio (it was worked on since). */
  keptUseCase: boolean;
}

const NO_CHANGE: Omit<OutcomeResult, 'useCase'> = {
  created: false,
  merged: false,
  unmerged: false,
  removedUseCase: false,
  keptUseCase: false,
};

export const mergeWorkedOnMessage = () =>
  tell(
    'This idea already became a use case that was worked on in the portfolio. Merge the two use cases there, or decide the idea differently first.',
  );

/** True when nobody worked on the use case in the portfolio since the conversion. */
async function untouched(database: CaioDatabase, useCase: UseCase, ideaId: string): Promise<boolean> {
  if (!isUntouchedConversion(useCase, ideaId)) return false;
  return (await database.kpis.where('useCaseId').equals(useCase.id).count()) === 0;
}

export interface OutcomeOptions {
  /** With outcome "use-case": link the idea to this existing use case of the client instead of creating one. */
  mergeInto?: string;
  /** The day a new use case is dated by (tests); defaults to today. */
  today?: string;
  /** The language a new use case's origin note is written in (the interface's); defaults to English. */
  words?: Wording;
}

/**
 * Records the decision on an idea. "Becomes a use case" creates a use case in stage idea in the
 * client's portfolio, linked back to the idea and carrying its scores (once: marking it again
 * re-links the same use case), or with `mergeInto` links the idea to an existing use case of the
 * client (which is left as it is; it lists the ideas merged into it). Changing the decision
 * afterwards removes a created use case only if nobody has worked on it yet (otherwise it stays and
 * the change is reported), and unlinks a merged idea.
 */
export async function setIdeaOutcome(
  database: CaioDatabase,
  id: string,
  outcome: IdeaOutcome,
  options: OutcomeOptions = {},
): Promise<OutcomeResult> {
  checkField('outcome', outcome);
  const today = options.today ?? todayIso();
  const tables = [
    database.workshops,
    database.workshopIdeas,
    database.useCases,
    database.kpis,
    database.changes,
  ];
  return database.transaction('rw', tables, async () => {
    const idea = await getIdea(database, id);
    const linked = idea.useCaseId ? await database.useCases.get(idea.useCaseId) : undefined;
    /** The idea's own conversion (not a use case it was merged into). */
    const ownConversion = linked?.workshopIdeaId === id;
    if (outcome === 'use-case' && options.mergeInto) {
      const target = await database.useCases.get(options.mergeInto);
      if (!target || target.clientId !== idea.clientId) throw new RecordNotFoundError('use case');
      let removedUseCase = false;
      if (linked && linked.id !== target.id && ownConversion) {
        if (!(await untouched(database, linked, id)))
          throw new ValidationError(mergeWorkedOnMessage(), 'outcome');
        await database.useCases.delete(linked.id);
        removedUseCase = true;
      }
      await updateRecord<WorkshopIdea>(database, 'workshopIdeas', id, { outcome, useCaseId: target.id });
      return { ...NO_CHANGE, useCase: target, merged: true, removedUseCase };
    }
    if (outcome === 'use-case') {
      if (linked) {
        await updateRecord<WorkshopIdea>(database, 'workshopIdeas', id, { outcome });
        return { ...NO_CHANGE, useCase: linked, merged: !ownConversion };
      }
      const workshop: Workshop | undefined = await database.workshops.get(idea.workshopId);
      if (!workshop) throw new RecordNotFoundError('workshop');
      const checked = validateUseCase(
        useCaseFromIdea({ idea, workshop, useCaseId: newId(), now: nowIso(), today, words: options.words }),
      );
      if (!checked.ok) throw new FieldsInvalidError(checked.errors);
      await database.useCases.add(checked.value);
      await updateRecord<WorkshopIdea>(database, 'workshopIdeas', id, {
        outcome,
        useCaseId: checked.value.id,
      });
      return { ...NO_CHANGE, useCase: checked.value, created: true };
    }
    const patch: Partial<WorkshopIdea> = { outcome };
    if (linked && !ownConversion) {
      // Merged into a use case that existed before: only the link goes.
      await updateRecord<WorkshopIdea>(database, 'workshopIdeas', id, { outcome, useCaseId: null });
      return { ...NO_CHANGE, useCase: null, unmerged: true };
    }
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
    return { ...NO_CHANGE, useCase: kept ? (linked as UseCase) : null, removedUseCase, keptUseCase: kept };
  });
}

/** Deletes an idea. A use case created from it stays in the portfolio, without the link; one it was merged into is unchanged. */
export async function deleteIdea(database: CaioDatabase, id: string): Promise<ChangeRecord | null> {
  return database.transaction(
    'rw',
    [database.workshops, database.workshopIdeas, database.useCases, database.changes],
    async () => {
      const idea = await database.workshopIdeas.get(id);
      if (!idea) return null;
      // A use case created from it loses its origin link; one it was merged into keeps its own.
      if (idea.useCaseId && (await database.useCases.get(idea.useCaseId))?.workshopIdeaId === id) {
        await updateRecord<UseCase>(database, 'useCases', idea.useCaseId, { workshopIdeaId: null });
      }
      // Logged with its last state, so the deletion can be undone (`restoreRecord`).
      const deletion = await deleteRecord(database, 'workshopIdeas', id);
      const workshop = await database.workshops.get(idea.workshopId);
      if (workshop?.session.selectedIdeaId === id)
        await database.workshops.update(workshop.id, {
          session: { ...workshop.session, selectedIdeaId: null },
        });
      return deletion;
    },
  );
}

/**
 * The workshop ideas behind a use case, for the portfolio's links: the idea it was created from
 * (`origin`) and the ideas merged into it later, oldest workshop first.
 */
export async function workshopIdeasOfUseCase(
  database: CaioDatabase,
  useCase: Pick<UseCase, 'id' | 'workshopIdeaId' | 'clientId'>,
): Promise<{ workshop: Workshop; idea: WorkshopIdea; origin: boolean }[]> {
  const ideas = await database.workshopIdeas.where('useCaseId').equals(useCase.id).toArray();
  const origin =
    useCase.workshopIdeaId && !ideas.some((i) => i.id === useCase.workshopIdeaId)
      ? await database.workshopIdeas.get(useCase.workshopIdeaId)
      : undefined;
  const all = [...(origin ? [origin] : []), ...ideas].filter((i) => i.clientId === useCase.clientId);
  const workshops = await database.workshops.bulkGet([...new Set(all.map((i) => i.workshopId))]);
  const byId = new Map(workshops.filter((w): w is Workshop => Boolean(w)).map((w) => [w.id, w]));
  return all
    .filter((idea) => byId.has(idea.workshopId))
    .map((idea) => ({
      workshop: byId.get(idea.workshopId)!,
      idea,
      origin: idea.id === useCase.workshopIdeaId,
    }))
    .sort(
      (a, b) =>
        Number(b.origin) - Number(a.origin) ||
        a.workshop.date.localeCompare(b.workshop.date) ||
        a.idea.number - b.idea.number,
    );
}
