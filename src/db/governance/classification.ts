import {
  aiActAnswersSchema,
  createStoredClassification,
  openObligationDates,
  overrideClassification,
  removeOverride,
  type AiActAnswers,
  type AiActOverrideInput,
  type AiSystem,
  type StoredClassification,
} from '../../domain/governance';
import { ValidationError } from '../core/errors';
import { nowIso } from '../core/ids';
import { RecordNotFoundError, updateRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { todayIso } from '../../domain/shared/dates';
import { tell } from '../../domain/shared/language';

/**
 * The EU AI Act classification of an AI system: the wizard's draft answers, the saved
 * classification (answers + rule-pack version + tier), the override and the obligations checklist.
 * Each write keeps `obligationDates` (the calendar's index) in step, with change history.
 */

async function getSystem(database: CaioDatabase, id: string): Promise<AiSystem> {
  const system = await database.aiSystems.get(id);
  if (!system) throw new RecordNotFoundError('AI system');
  return system;
}

async function save(database: CaioDatabase, id: string, patch: Partial<AiSystem>): Promise<void> {
  // Linked use cases read their tier from the classification when they are read: nothing to copy.
  await updateRecord<AiSystem>(database, 'aiSystems', id, patch);
}

/** The wizard saves each answer as it is given, so a half-done classification survives a reload. */
export async function saveClassificationDraft(
  database: CaioDatabase,
  id: string,
  answers: AiActAnswers,
): Promise<void> {
  const parsed = aiActAnswersSchema.safeParse(answers);
  if (!parsed.success)
    throw new ValidationError(parsed.error.issues[0]?.message ?? tell('This answer is not valid'));
  await getSystem(database, id);
  await save(database, id, { classificationDraft: parsed.data });
}

/** Saves the finished wizard as the system's classification; a previous override is replaced. */
export async function saveClassification(
  database: CaioDatabase,
  id: string,
  answers: AiActAnswers,
  asOf: string = todayIso(),
): Promise<StoredClassification> {
  const system = await getSystem(database, id);
  const outcome = createStoredClassification(answers, asOf);
  if (!outcome.ok) throw new ValidationError(outcome.reasons[0]);
  const classification = outcome.value;
  await save(database, id, {
    classification,
    classificationDraft: classification.answers,
    obligationDates: openObligationDates(classification, system.obligationsMet, asOf),
  });
  return classification;
}

export async function overrideSystemTier(
  database: CaioDatabase,
  id: string,
  input: AiActOverrideInput,
  asOf: string = todayIso(),
): Promise<void> {
  const system = await getSystem(database, id);
  if (!system.classification)
    throw new ValidationError(tell('Classify the system before overriding its tier.'));
  const outcome = overrideClassification(system.classification, input, nowIso());
  if (!outcome.ok) throw new ValidationError(outcome.reasons[0], 'justification');
  await save(database, id, {
    classification: outcome.value,
    obligationDates: openObligationDates(outcome.value, system.obligationsMet, asOf),
  });
}

export async function removeSystemTierOverride(
  database: CaioDatabase,
  id: string,
  asOf: string = todayIso(),
): Promise<void> {
  const system = await getSystem(database, id);
  if (!system.classification?.override) return;
  const classification = removeOverride(system.classification);
  await save(database, id, {
    classification,
    obligationDates: openObligationDates(classification, system.obligationsMet, asOf),
  });
}

/** Ticks an obligation off (or on again) on the system's checklist. */
export async function setObligationMet(
  database: CaioDatabase,
  id: string,
  obligationId: string,
  met: boolean,
  asOf: string = todayIso(),
): Promise<void> {
  const system = await getSystem(database, id);
  const others = system.obligationsMet.filter((o) => o !== obligationId);
  const obligationsMet = met ? [...others, obligationId] : others;
  await save(database, id, {
    obligationsMet,
    obligationDates: openObligationDates(system.classification, obligationsMet, asOf),
  });
}
