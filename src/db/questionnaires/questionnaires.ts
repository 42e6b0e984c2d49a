import {
  BUILT_IN_TEMPLATES,
  dueDiligenceSections,
  newQuestionnaire,
  reusedAnswers,
  type Answers,
  type Questionnaire,
  type QuestionnaireTemplate,
  type TemplateContent,
} from '../../domain/questionnaires';
import type { Patch } from '../../domain/shared/patch';
import { ValidationError } from '../core/errors';
import { newId, nowIso } from '../core/ids';
import { deleteRecord, RecordNotFoundError, updateRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { fromStored } from '../vendors/evaluations';
import { tell } from '../../domain/shared/language';

/**
 * Questionnaire templates (consultant library: the shipped ones, read-only, plus copies and own ones)
 * and the questionnaires of a client (snapshots of a template version, sent as form files).
 */

export async function listTemplates(database: CaioDatabase): Promise<QuestionnaireTemplate[]> {
  const own = await database.questionnaireTemplates.toArray();
  return [...BUILT_IN_TEMPLATES, ...own.sort((a, b) => a.title.localeCompare(b.title))];
}

export async function getTemplate(database: CaioDatabase, id: string): Promise<QuestionnaireTemplate | null> {
  return (
    BUILT_IN_TEMPLATES.find((t) => t.id === id) ?? (await database.questionnaireTemplates.get(id)) ?? null
  );
}

/** A copy of any template into the library, editable, version 1. */
export async function copyTemplate(database: CaioDatabase, id: string): Promise<QuestionnaireTemplate> {
  const source = await getTemplate(database, id);
  if (!source) throw new RecordNotFoundError('template');
  const now = nowIso();
  const copy: QuestionnaireTemplate = {
    ...structuredClone(source),
    id: newId(),
    title: `${source.title} (copy)`,
    version: 1,
    builtIn: false,
    copiedFrom: source.id,
    createdAt: now,
    updatedAt: now,
  };
  await database.questionnaireTemplates.add(copy);
  return copy;
}

/**
 * Saves an edit of a library template through the one write path (its rules check the template and
 * give it a new version when a client's questionnaire already uses the current one, so responses to the
 * sent one stay tied to the questions they answered). The shipped ones cannot be edited (copy them).
 * A field edit is a patch (`{ 'sections.0.questions.2.label': … }`); a change of the structure is
 * computed from the template as stored.
 */
export async function updateTemplate(
  database: CaioDatabase,
  id: string,
  change: Partial<TemplateContent> | Patch | ((current: QuestionnaireTemplate) => Partial<TemplateContent>),
): Promise<void> {
  if (BUILT_IN_TEMPLATES.some((t) => t.id === id))
    throw new ValidationError(tell('The shipped templates cannot be changed: copy one to make it your own.'));
  await updateRecord<QuestionnaireTemplate>(
    database,
    'questionnaireTemplates',
    id,
    typeof change === 'function' ? (current) => ({ patch: change(current) }) : change,
  );
}

export async function deleteTemplate(database: CaioDatabase, id: string): Promise<void> {
  await deleteRecord(database, 'questionnaireTemplates', id);
}

export function questionnairesForClient(database: CaioDatabase, clientId: string): Promise<Questionnaire[]> {
  return database.questionnaires.where('clientId').equals(clientId).sortBy('createdAt');
}

/** The latest response answers of the client's questionnaires of one kind (newest first). */
async function latestAnswersOfKind(
  database: CaioDatabase,
  clientId: string,
  kind: Questionnaire['kind'],
): Promise<{ questionnaire: Questionnaire; answers: Answers } | null> {
  const questionnaires = await database.questionnaires
    .where('[clientId+kind]')
    .equals([clientId, kind])
    .toArray();
  let best: { questionnaire: Questionnaire; answers: Answers; at: string } | null = null;
  for (const questionnaire of questionnaires) {
    for (const response of await database.questionnaireResponses
      .where('questionnaireId')
      .equals(questionnaire.id)
      .toArray()) {
      if (!best || response.importedAt > best.at)
        best = { questionnaire, answers: response.answers, at: response.importedAt };
    }
  }
  return best;
}

export interface NewQuestionnaireFields {
  templateId: string;
  expectedResponses?: number | null;
  /** Vendor due diligence: the evaluation and vendor the answers go to. */
  evaluationId?: string;
  vendorId?: string;
}

/**
 * Creates a client's questionnaire from a template. A vendor due-diligence questionnaire takes the
 * evaluation's own question bank; a DPIA or FRIA is prefilled with what the other instrument already answered.
 */
export async function createQuestionnaire(
  database: CaioDatabase,
  clientId: string,
  fields: NewQuestionnaireFields,
): Promise<Questionnaire> {
  if (!(await database.clients.get(clientId))) throw new RecordNotFoundError('client');
  const template = await getTemplate(database, fields.templateId);
  if (!template) throw new ValidationError(tell('Choose a template for the questionnaire.'), 'template');
  if (
    fields.expectedResponses !== undefined &&
    fields.expectedResponses !== null &&
    !(Number.isInteger(fields.expectedResponses) && fields.expectedResponses >= 1)
  ) {
    throw new ValidationError(
      'The number of people it goes to must be a whole number of 1 or more (or empty).',
      'expectedResponses',
    );
  }
  let content = template;
  if (template.kind === 'vendorDueDiligence') {
    const stored = fields.evaluationId ? await database.evaluations.get(fields.evaluationId) : undefined;
    if (!stored || stored.clientId !== clientId)
      throw new ValidationError(tell('Choose the vendor evaluation the answers go to.'), 'evaluation');
    const evaluation = fromStored(stored);
    if (!fields.vendorId || !evaluation.vendors.some((v) => v.vendorId === fields.vendorId))
      throw new ValidationError(tell('Choose the vendor that fills it in.'), 'vendor');
    const vendor = await database.vendorProfiles.get(fields.vendorId);
    content = {
      ...template,
      title: `${template.title}: ${vendor?.name ?? 'vendor'} (${evaluation.title})`,
      sections: dueDiligenceSections(evaluation.ddQuestions),
    };
  }
  let prefill: Answers = {};
  const other = template.kind === 'dpia' ? 'fria' : template.kind === 'fria' ? 'dpia' : null;
  if (other) {
    const earlier = await latestAnswersOfKind(database, clientId, other);
    if (earlier) prefill = reusedAnswers(earlier.questionnaire, earlier.answers, content);
  }
  const questionnaire = newQuestionnaire({
    id: newId(),
    clientId,
    template: content,
    now: nowIso(),
    expectedResponses: fields.expectedResponses ?? null,
    evaluationId: fields.evaluationId,
    vendorId: fields.vendorId,
    prefill,
  });
  await database.questionnaires.add(questionnaire);
  return questionnaire;
}

export async function setExpectedResponses(
  database: CaioDatabase,
  id: string,
  expected: number | null,
): Promise<void> {
  if (expected !== null && !(Number.isInteger(expected) && expected >= 1 && expected <= 100_000)) {
    throw new ValidationError(
      'Sent to must be a whole number of people from 1 to 100,000 (or empty).',
      'expectedResponses',
    );
  }
  await updateRecord<Questionnaire>(database, 'questionnaires', id, { expectedResponses: expected });
}

/** Deletes a questionnaire and its stored responses (register entries made from them stay). */
export async function deleteQuestionnaire(database: CaioDatabase, id: string): Promise<void> {
  await database.transaction(
    'rw',
    [database.questionnaires, database.questionnaireResponses, database.changes],
    async () => {
      for (const response of await database.questionnaireResponses
        .where('questionnaireId')
        .equals(id)
        .toArray())
        await deleteRecord(database, 'questionnaireResponses', response.id);
      await deleteRecord(database, 'questionnaires', id);
    },
  );
}

export function responsesForQuestionnaire(database: CaioDatabase, questionnaireId: string) {
  return database.questionnaireResponses
    .where('questionnaireId')
    .equals(questionnaireId)
    .sortBy('submittedAt');
}
