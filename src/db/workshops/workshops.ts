import {
  newWorkshop,
  validateWorkshop,
  validateWorkshopField,
  workshopFieldSchemas,
  type FacilitationSession,
  type Workshop,
  type WorkshopField,
} from '../../domain/workshops';
import type { UseCase } from '../../domain/portfolio';
import { FieldsInvalidError, ValidationError } from '../core/errors';
import { newId, nowIso } from '../core/ids';
import { deleteRecord, RecordNotFoundError, updateRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { tell } from '../../domain/shared/language';
import { todayIso } from '../../domain/shared/dates';

/**
 * Workshops of a client: planning, the live facilitation state and deletion. Every edit of a
 * workshop field validates first (invalid input throws a ValidationError and writes nothing) and
 * goes through `updateRecord`, so it lands in the change history. The facilitation state (agenda
 * item, timer, selected idea) is runtime state: it is saved on every change, without history.
 * Ideas live in `ideas.ts`.
 */

export { ValidationError };
export * from './ideas';

export async function createWorkshop(
  database: CaioDatabase,
  clientId: string,
  input: { title: string; date?: string },
): Promise<Workshop> {
  const client = await database.clients.get(clientId);
  if (!client) throw new RecordNotFoundError('client');
  const title = validateWorkshopField('title', input.title);
  if (!title.ok) throw new ValidationError(title.message, 'title');
  const date = validateWorkshopField('date', input.date ?? todayIso());
  if (!date.ok) throw new ValidationError(date.message, 'date');
  const draft = newWorkshop({
    id: newId(),
    clientId,
    title: title.value,
    date: date.value,
    now: nowIso(),
    newId,
  });
  const checked = validateWorkshop(draft);
  if (!checked.ok) throw new FieldsInvalidError(checked.errors);
  await database.workshops.add(checked.value);
  return checked.value;
}

export async function getWorkshop(database: CaioDatabase, id: string): Promise<Workshop> {
  const workshop = await database.workshops.get(id);
  if (!workshop) throw new RecordNotFoundError('workshop');
  return workshop;
}

/** Saves one plan field. A changed agenda keeps the facilitation state inside the new agenda. */
export async function updateWorkshopField<F extends WorkshopField>(
  database: CaioDatabase,
  id: string,
  field: F,
  value: unknown,
): Promise<void> {
  const checked = validateWorkshopField(field, value);
  if (!checked.ok) throw new ValidationError(checked.message, field);
  // A changed agenda keeps the facilitation state inside the new agenda (the workshops rule in recordRules.ts).
  await updateRecord<Workshop>(database, 'workshops', id, { [field]: checked.value });
}

/**
 * Edits the agenda or the participants list from its current stored value (read, change, validate,
 * save in one transaction), so quick edits of two rows never overwrite each other.
 */
export async function editWorkshopList<F extends 'agenda' | 'participants'>(
  database: CaioDatabase,
  id: string,
  field: F,
  change: (current: Workshop[F]) => Workshop[F],
): Promise<void> {
  await database.transaction('rw', [database.workshops, database.changes], async () => {
    const current = await getWorkshop(database, id);
    await updateWorkshopField(database, id, field, change(current[field]));
  });
}

/**
 * Applies a change to the facilitation state in one transaction (read, change, write), so two
 * quick key presses cannot overwrite each other. Not recorded in the change history.
 */
export async function updateSession(
  database: CaioDatabase,
  id: string,
  change: (session: FacilitationSession, workshop: Workshop) => FacilitationSession,
): Promise<FacilitationSession> {
  return database.transaction('rw', database.workshops, async () => {
    const workshop = await getWorkshop(database, id);
    const session = change(workshop.session, workshop);
    if (session !== workshop.session) await database.workshops.update(id, { session });
    return session;
  });
}

/** Marks the workshop as started (first time facilitation mode opens); reopens a held one. */
export async function startFacilitation(database: CaioDatabase, id: string): Promise<void> {
  const workshop = await getWorkshop(database, id);
  const patch: Partial<Workshop> = {};
  if (!workshop.startedAt) patch.startedAt = nowIso();
  if (Object.keys(patch).length) await updateRecord<Workshop>(database, 'workshops', id, patch);
}

/** Records that the workshop is over (status "held"); `reopen` undoes it. */
export async function finishWorkshop(database: CaioDatabase, id: string, reopen = false): Promise<void> {
  const workshop = await getWorkshop(database, id);
  const at = nowIso();
  const patch: Partial<Workshop> = reopen
    ? { endedAt: null }
    : { endedAt: at, startedAt: workshop.startedAt ?? at };
  await updateRecord<Workshop>(database, 'workshops', id, patch);
}

/**
 * Deletes a workshop and its ideas. Use cases created from its ideas stay in the portfolio (they
 * are the client's now); their link to the deleted idea is cleared, with history.
 */
export async function deleteWorkshop(database: CaioDatabase, id: string): Promise<void> {
  await database.transaction(
    'rw',
    [database.workshops, database.workshopIdeas, database.useCases, database.changes],
    async () => {
      const ideas = await database.workshopIdeas
        .where('[workshopId+number]')
        .between([id, -Infinity], [id, Infinity])
        .toArray();
      for (const idea of ideas) {
        if (idea.useCaseId && (await database.useCases.get(idea.useCaseId))) {
          await updateRecord<UseCase>(database, 'useCases', idea.useCaseId, { workshopIdeaId: null });
        }
      }
      for (const idea of ideas) await deleteRecord(database, 'workshopIdeas', idea.id);
      await deleteRecord(database, 'workshops', id);
    },
  );
}

/** A client's workshops, most recent first. */
export function workshopsForClient(database: CaioDatabase, clientId: string): Promise<Workshop[]> {
  return database.workshops
    .where('[clientId+date]')
    .between([clientId, ''], [clientId, '\uffff'])
    .reverse()
    .toArray();
}

export function checkNewWorkshopTitle(title: string): string | null {
  const result = workshopFieldSchemas.title.safeParse(title);
  return result.success ? null : (result.error.issues[0]?.message ?? tell('Title is required'));
}
