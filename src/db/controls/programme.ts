import {
  DEFAULT_PROGRAMME_FRAMEWORKS,
  controlPatchSchema,
  decisionInputSchema,
  requirementById,
  type ClientControl,
  type ControlDefinition,
  type ControlProgramme,
  type DecisionInput,
  type FrameworkId,
  type RequirementDecision,
} from '../../domain/controls';
import { FRAMEWORK_IDS } from '../../domain/controls/types';
import { ValidationError } from '../core/errors';
import { newId, nowIso } from '../core/ids';
import { RecordNotFoundError, deleteRecord, updateRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { addStandardLibrary } from './library';
import { parseOrThrow } from './zodIssue';
import { tell } from '../../domain/shared/language';

/** A client's controls programme: its frameworks, controls (copied from the library) and applicability decisions. */

export async function getProgramme(
  database: CaioDatabase,
  clientId: string,
): Promise<ControlProgramme | null> {
  return (await database.controlProgrammes.where('clientId').equals(clientId).first()) ?? null;
}

async function ensureProgramme(database: CaioDatabase, clientId: string): Promise<ControlProgramme> {
  const existing = await getProgramme(database, clientId);
  if (existing) return existing;
  const now = nowIso();
  const programme: ControlProgramme = {
    id: newId(),
    clientId,
    frameworks: [...DEFAULT_PROGRAMME_FRAMEWORKS],
    scope: '',
    createdAt: now,
    updatedAt: now,
  };
  await database.controlProgrammes.add(programme);
  return programme;
}

export function newClientControl(
  clientId: string,
  definition: ControlDefinition,
  libraryControlId: string | null,
): ClientControl {
  const now = nowIso();
  return {
    id: newId(),
    clientId,
    libraryControlId,
    ...definition,
    requirementIds: [...definition.requirementIds],
    status: 'notStarted',
    owner: '',
    riskIds: [],
    aiSystemIds: [],
    policyIds: [],
    obligationIds: [],
    nextReviewDate: null,
    notes: '',
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Copies the library into a client in one action: every library control the client does not have yet
 * (the standard library first, if the library is empty). Returns how many controls were added.
 */
export async function applyLibrary(database: CaioDatabase, clientId: string): Promise<number> {
  if (!(await database.clients.get(clientId)))
    throw new ValidationError(tell('This client no longer exists.'));
  if ((await database.libraryControls.count()) === 0) await addStandardLibrary(database);
  return database.transaction(
    'rw',
    [database.libraryControls, database.controls, database.controlProgrammes],
    async () => {
      await ensureProgramme(database, clientId);
      const have = new Set(
        (await database.controls.where('clientId').equals(clientId).toArray()).map((c) => c.libraryControlId),
      );
      const library = await database.libraryControls.toArray();
      const fresh = library
        .filter((l) => !have.has(l.id))
        .map((l) =>
          newClientControl(
            clientId,
            {
              title: l.title,
              description: l.description,
              requirementIds: l.requirementIds,
              ownerRole: l.ownerRole,
              evidenceExpected: l.evidenceExpected,
              reviewIntervalMonths: l.reviewIntervalMonths,
            },
            l.id,
          ),
        );
      await database.controls.bulkAdd(fresh);
      return fresh.length;
    },
  );
}

export async function setProgrammeFrameworks(
  database: CaioDatabase,
  clientId: string,
  frameworks: FrameworkId[],
): Promise<void> {
  const chosen = FRAMEWORK_IDS.filter((f) => frameworks.includes(f));
  if (chosen.length === 0)
    throw new ValidationError(tell('Keep at least one framework in scope.'), 'frameworks');
  const programme = await ensureProgramme(database, clientId);
  await updateRecord<ControlProgramme>(database, 'controlProgrammes', programme.id, { frameworks: chosen });
}

export async function setProgrammeScope(
  database: CaioDatabase,
  clientId: string,
  scope: string,
): Promise<void> {
  if (scope.length > 2000) throw new ValidationError(tell('Keep the scope under 2,000 characters.'), 'scope');
  const programme = await ensureProgramme(database, clientId);
  await updateRecord<ControlProgramme>(database, 'controlProgrammes', programme.id, { scope });
}

export async function createControl(
  database: CaioDatabase,
  clientId: string,
  title: string,
): Promise<ClientControl> {
  const values = parseOrThrow(controlPatchSchema, { title });
  await ensureProgramme(database, clientId);
  const control = newClientControl(
    clientId,
    {
      title: values.title!,
      description: '',
      requirementIds: [],
      ownerRole: '',
      evidenceExpected: '',
      reviewIntervalMonths: 12,
    },
    null,
  );
  await database.controls.add(control);
  return control;
}

export async function updateControl(
  database: CaioDatabase,
  id: string,
  patch: Partial<ClientControl>,
): Promise<void> {
  const values = parseOrThrow(controlPatchSchema, patch);
  await updateRecord<ClientControl>(database, 'controls', id, values);
}

/** Deletes a control with its evidence and reviews. */
export async function deleteControl(database: CaioDatabase, id: string): Promise<void> {
  await database.transaction(
    'rw',
    [database.controls, database.evidence, database.reviews, database.changes],
    async () => {
      for (const item of await database.evidence.where('controlId').equals(id).toArray())
        await deleteRecord(database, 'evidence', item.id);
      for (const review of await database.reviews
        .where('[subjectTable+subjectId]')
        .equals(['controls', id])
        .toArray())
        await deleteRecord(database, 'reviews', review.id);
      await deleteRecord(database, 'controls', id);
    },
  );
}

/** Records (or changes) the client's applicability decision on one requirement. */
export async function decideRequirement(
  database: CaioDatabase,
  clientId: string,
  requirementId: string,
  input: DecisionInput,
): Promise<void> {
  const requirement = requirementById(requirementId);
  if (!requirement)
    throw new ValidationError(
      tell('There is no requirement “{{id}}” in the framework pack.', { id: requirementId }),
    );
  if (requirement.mandatory)
    throw new ValidationError(
      `${requirement.ref} is a required clause of the management system: it always applies.`,
    );
  const values = parseOrThrow(decisionInputSchema, input);
  await database.transaction('rw', [database.requirementDecisions, database.changes], async () => {
    const existing = await database.requirementDecisions
      .where('[clientId+requirementId]')
      .equals([clientId, requirementId])
      .first();
    if (existing) {
      await updateRecord<RequirementDecision>(database, 'requirementDecisions', existing.id, values);
      return;
    }
    const now = nowIso();
    await database.requirementDecisions.add({
      id: newId(),
      clientId,
      requirementId,
      ...values,
      createdAt: now,
      updatedAt: now,
    });
  });
}

export async function clearDecision(
  database: CaioDatabase,
  clientId: string,
  requirementId: string,
): Promise<void> {
  await database.transaction('rw', [database.requirementDecisions, database.changes], async () => {
    const existing = await database.requirementDecisions
      .where('[clientId+requirementId]')
      .equals([clientId, requirementId])
      .first();
    if (existing) await deleteRecord(database, 'requirementDecisions', existing.id);
  });
}

export async function getControl(database: CaioDatabase, id: string): Promise<ClientControl> {
  const control = await database.controls.get(id);
  if (!control) throw new RecordNotFoundError('control');
  return control;
}
