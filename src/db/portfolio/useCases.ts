import {
  newUseCase,
  validateUseCase,
  type PilotCharter,
  type ScoreKey,
  type Stage,
  type UseCase,
} from '../../domain/portfolio';
import { ValidationError } from '../core/errors';
import { newId, nowIso } from '../core/ids';
import { valueOrThrow } from './errors';
import { unlinkRecord } from '../core/unlink';
import { deleteRecord, RecordNotFoundError, updateRecord, type EditResult } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { resolvedUseCasesForClient } from './useCaseSystems';
import type { ResolvedUseCase } from '../../domain/portfolio';
import { todayIso } from '../../domain/shared/dates';
import { tell } from '../../domain/shared/language';

/**
 * Use-case register of the portfolio: queries and writes. Every write validates the whole record first;
 * invalid input throws a ValidationError and writes nothing. Edits go through `updateRecord` (the one
 * write path: journal, validation with `recordRules.ts`, history), so each
 * changed field lands in the change history. KPIs and stage moves live in the sibling modules.
 */

export { FieldsInvalidError } from '../core/errors';
export { StageMoveRefusedError } from './errors';
export * from './kpis';
export * from './stages';

/** Fields of a use case edited directly in the UI (stage, history, scores and charter have their own writes). */
export type UseCaseEditableField =
  | 'title'
  | 'process'
  | 'problemStatement'
  | 'intendedUse'
  | 'outOfScopeUse'
  | 'users'
  | 'affectedPersons'
  | 'businessOwner'
  | 'projectOwner'
  | 'sponsor'
  | 'riskTier';

export type UseCaseEdit = Partial<Pick<UseCase, UseCaseEditableField>>;

export interface NewUseCaseFields {
  title: string;
  process?: string;
  businessOwner?: string;
  problemStatement?: string;
  /** Day the idea was recorded; defaults to today. */
  date?: string;
}

export async function createUseCase(
  database: CaioDatabase,
  clientId: string,
  input: NewUseCaseFields,
): Promise<UseCase> {
  const client = await database.clients.get(clientId);
  if (!client) throw new RecordNotFoundError('client');
  const draft: UseCase = {
    ...newUseCase({
      id: newId(),
      clientId,
      title: input.title,
      now: nowIso(),
      date: input.date ?? todayIso(),
    }),
    process: input.process ?? '',
    businessOwner: input.businessOwner ?? '',
    problemStatement: input.problemStatement ?? '',
  };
  const useCase = valueOrThrow(validateUseCase(draft));
  await database.useCases.add(useCase);
  return useCase;
}

export function updateUseCase(
  database: CaioDatabase,
  id: string,
  edit: UseCaseEdit,
): Promise<EditResult<UseCase>> {
  return updateRecord<UseCase>(database, 'useCases', id, edit);
}

/** Sets one 1-5 score (null = not scored). Anything else is refused with "Impact must be a whole number from 1 to 5". */
export function updateUseCaseScore(
  database: CaioDatabase,
  id: string,
  key: ScoreKey,
  value: number | null,
): Promise<EditResult<UseCase>> {
  return updateRecord<UseCase>(database, 'useCases', id, { [`scores.${key}`]: value });
}

/** Edits part of the pilot charter (e.g. an end date before the start date is refused). */
export function updateCharter(
  database: CaioDatabase,
  id: string,
  edit: Partial<PilotCharter>,
): Promise<EditResult<UseCase>> {
  return updateRecord<UseCase>(
    database,
    'useCases',
    id,
    Object.fromEntries(Object.entries(edit).map(([key, value]) => [`charter.${key}`, value])),
  );
}

/** Deletes a use case with its KPIs, measurements and gate decisions; links to it are removed (with history). */
export async function deleteUseCase(database: CaioDatabase, id: string): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    const useCase = await database.useCases.get(id);
    if (!useCase) return;
    for (const table of ['kpiMeasurements', 'kpis', 'gateDecisions'] as const) {
      for (const dependent of await database[table].where('useCaseId').equals(id).toArray())
        await deleteRecord(database, table, dependent.id);
    }
    await unlinkRecord(database, 'useCases', id, useCase.clientId);
    await deleteRecord(database, 'useCases', id);
  });
}

/** One client's use cases as read: their AI systems and EU AI Act tier computed from the inventory's links. */
export function listUseCasesForClient(database: CaioDatabase, clientId: string): Promise<ResolvedUseCase[]> {
  return resolvedUseCasesForClient(database, clientId);
}

/** Use cases of a client in the given stages (uses the `[clientId+stage]` index). */
export function useCasesInStages(
  database: CaioDatabase,
  clientId: string,
  stages: readonly Stage[],
): Promise<UseCase[]> {
  return database.useCases
    .where('[clientId+stage]')
    .anyOf(stages.map((stage) => [clientId, stage]))
    .toArray();
}

/** Refuses an empty title before a create dialog even tries to write. */
export function checkNewUseCaseTitle(title: string): string | null {
  return title.trim() ? null : tell('Title is required');
}

export { ValidationError };
