import { tell } from '../../domain/shared/language';
import { byName } from '../core/sortByName';
import {
  BUILT_IN_TEMPLATE_MESSAGE,
  createCriteriaTemplate,
  DEFAULT_CRITERIA_TEMPLATE,
  DEFAULT_TEMPLATE_ID,
  updateCriteriaTemplate,
  type CriteriaTemplate,
  type Criterion,
} from '../../domain/vendors';
import { newId, nowIso } from '../core/ids';
import { deleteRecord, RecordNotFoundError, updateRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { RefusedError } from './errors';

/**
 * Criteria templates (consultant-wide). The built-in default ships with the app and is never stored;
 * the user's own templates are, and their weights always total 100.
 */

/** The default first, then the user's templates by name. */
export async function listCriteriaTemplates(database: CaioDatabase): Promise<CriteriaTemplate[]> {
  const own = byName(await database.criteriaTemplates.toArray());
  return [DEFAULT_CRITERIA_TEMPLATE, ...own.filter((t) => t.id !== DEFAULT_TEMPLATE_ID)];
}

export async function saveCriteriaTemplate(
  database: CaioDatabase,
  input: { name: string; criteria: readonly Criterion[] },
): Promise<CriteriaTemplate> {
  return database.transaction('rw', database.criteriaTemplates, async () => {
    const existing = await listCriteriaTemplates(database);
    const result = createCriteriaTemplate(input, existing, nowIso(), newId);
    if (!result.ok) throw new RefusedError(result.reasons);
    await database.criteriaTemplates.add(result.template);
    return result.template;
  });
}

export async function updateCriteriaTemplateRecord(
  database: CaioDatabase,
  id: string,
  changes: { name?: string; criteria?: readonly Criterion[] },
): Promise<void> {
  if (id === DEFAULT_TEMPLATE_ID) throw new RefusedError([tell(BUILT_IN_TEMPLATE_MESSAGE)]);
  await database.transaction('rw', [database.criteriaTemplates, database.changes], async () => {
    const template = await database.criteriaTemplates.get(id);
    if (!template) throw new RecordNotFoundError('criteria template');
    const existing = await listCriteriaTemplates(database);
    const result = updateCriteriaTemplate(template, changes, existing, nowIso());
    if (!result.ok) throw new RefusedError(result.reasons);
    const patch: Partial<CriteriaTemplate> = {};
    if (changes.name !== undefined) patch.name = result.template.name;
    if (changes.criteria !== undefined) patch.criteria = result.template.criteria;
    await updateRecord<CriteriaTemplate>(database, 'criteriaTemplates', id, patch);
  });
}

export async function deleteCriteriaTemplate(database: CaioDatabase, id: string): Promise<void> {
  if (id === DEFAULT_TEMPLATE_ID)
    throw new RefusedError([tell('The default template ships with the app and cannot be deleted.')]);
  await deleteRecord(database, 'criteriaTemplates', id);
}
