import { type RegisterRecord } from '../../domain/governance';
import { personKey } from '../../domain/governance/literacyCoverage';
import type { AiSystem, TrainingRecord } from '../../domain/governance/registers/recordTypes';
import {
  ddAnswerText,
  nameKey,
  respondentKey,
  unionList,
  type AppliedEntry,
  type Questionnaire,
  type ResponseFile,
  type ResponsePlan,
  type StoredResponse,
} from '../../domain/questionnaires';
import { createRegisterRecord } from '../governance/registers';
import { updateRecord } from '../core/records';
import { newId, nowIso } from '../core/ids';
import { createUseCase } from '../portfolio/useCases';
import type { CaioDatabase } from '../core/schema';
import { saveDdAnswer } from '../vendors/evaluations';
import { todayIso } from '../../domain/shared/dates';

/**
 * Applies checked responses to the registers through their own write paths (validation, change
 * history), in one transaction: all responses land, or none. Every entry made or changed says in its
 * history that it came from the respondent, and the response keeps the list of what it changed.
 */

export interface ReadyResponse {
  response: ResponseFile;
  questionnaire: Questionnaire;
  plan: ResponsePlan;
}

/** The `by` of change history for a respondent's changes. */
export function respondentBy(response: ResponseFile, questionnaire: Questionnaire): string {
  return `${questionnaire.kind === 'vendorDueDiligence' ? 'Vendor' : 'Respondent'} ${response.respondent.name} (questionnaire “${questionnaire.title}”)`;
}

function sourceNote(response: ResponseFile, questionnaire: Questionnaire): string {
  const who = [response.respondent.name, response.respondent.department].filter(Boolean).join(', ');
  return `Reported by staff (${who}) in the questionnaire “${questionnaire.title}” on ${response.submittedAt.slice(0, 10)}.`;
}

async function recordSource(
  database: CaioDatabase,
  table: string,
  id: string,
  clientId: string,
  note: string,
  by: string,
) {
  await database.changes.add({
    id: newId(),
    clientId,
    entity: table,
    entityId: id,
    field: 'source',
    oldValue: null,
    newValue: note,
    at: nowIso(),
    by,
  });
}

async function applySystems(
  database: CaioDatabase,
  ready: ReadyResponse,
  by: string,
  today: string,
  applied: AppliedEntry[],
) {
  const { response, questionnaire, plan } = ready;
  for (const system of plan.systems) {
    const systems = (await database.aiSystems
      .where('clientId')
      .equals(questionnaire.clientId)
      .toArray()) as AiSystem[];
    const existing = systems.find((s) => nameKey(s.name) === nameKey(system.name));
    if (existing) {
      const patch: Record<string, unknown> = {
        users: unionList(existing.users, system.users),
        departments: unionList(existing.departments, system.departments),
        dataCategories: unionList(existing.dataCategories, system.dataCategories),
      };
      if (!existing.purpose.trim() && system.purposes.length) patch.purpose = system.purposes.join('; ');
      if (system.personalData && existing.personalData !== 'yes') patch.personalData = 'yes';
      await updateRecord(database, 'aiSystems', existing.id, patch, { today, by });
      applied.push({ table: 'aiSystems', recordId: existing.id, label: existing.name, action: 'updated' });
    } else {
      const note = sourceNote(response, questionnaire);
      const record = await createRegisterRecord(
        database,
        'aiSystems',
        questionnaire.clientId,
        {
          name: system.name,
          status: 'inPilot',
          purpose: system.purposes.join('; '),
          users: system.users,
          departments: system.departments,
          dataCategories: system.dataCategories,
          personalData: system.personalData ? 'yes' : 'unknown',
          notes: `${note} In use without a decision yet: review it and set its status (approved, restricted or banned).`,
        },
        today,
      );
      await recordSource(database, 'aiSystems', record.id, questionnaire.clientId, note, by);
      applied.push({ table: 'aiSystems', recordId: record.id, label: system.name, action: 'created' });
    }
  }
}

async function applyIdeas(
  database: CaioDatabase,
  ready: ReadyResponse,
  by: string,
  today: string,
  applied: AppliedEntry[],
) {
  const { response, questionnaire, plan } = ready;
  for (const idea of plan.ideas) {
    const note = sourceNote(response, questionnaire);
    const useCase = await createUseCase(database, questionnaire.clientId, {
      title: idea.title,
      process: idea.department,
      problemStatement: idea.problem ? `${idea.problem}\n\n${note}` : note,
      date: today,
    });
    await recordSource(database, 'useCases', useCase.id, questionnaire.clientId, note, by);
    applied.push({ table: 'useCases', recordId: useCase.id, label: idea.title, action: 'created' });
  }
}

const STEP_LABELS: Record<string, string> = {
  identify: 'identify',
  goals: 'set goals',
  act: 'act',
  evaluate: 'evaluate',
};

async function applyTraining(
  database: CaioDatabase,
  ready: ReadyResponse,
  by: string,
  today: string,
  applied: AppliedEntry[],
) {
  const { response, questionnaire, plan } = ready;
  const training = plan.training;
  if (!training) return;
  const systems = (await database.aiSystems
    .where('clientId')
    .equals(questionnaire.clientId)
    .toArray()) as AiSystem[];
  const systemIds = training.systemNames.flatMap((name) =>
    systems.filter((s) => nameKey(s.name) === nameKey(name)).map((s) => s.id),
  );
  const date = training.date && training.date <= today ? training.date : null;
  const steps = Object.entries(training.steps).map(
    ([step, scores]) =>
      `${STEP_LABELS[step] ?? step} ${Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10}/5`,
  );
  const unmatched = training.systemNames.filter(
    (name) => !systems.some((s) => nameKey(s.name) === nameKey(name)),
  );
  const note = `AI-literacy self-check of ${response.submittedAt.slice(0, 10)}: ${steps.join(', ') || 'no scores'}.${unmatched.length ? ` Also uses: ${unmatched.join(', ')} (not in the AI-system inventory).` : ''}`;
  const records = (await database.trainingRecords
    .where('clientId')
    .equals(questionnaire.clientId)
    .toArray()) as TrainingRecord[];
  const existing = records.find((r) => personKey(r.person) === personKey(training.person));
  if (existing) {
    const patch: Record<string, unknown> = {
      aiSystemIds: unionList(existing.aiSystemIds, systemIds),
      notes: existing.notes ? `${existing.notes}\n${note}` : note,
    };
    if (training.role) patch.role = training.role;
    if (training.course) patch.training = training.course;
    if (date) patch.trainingDate = date;
    await updateRecord(database, 'trainingRecords', existing.id, patch, { today, by });
    applied.push({
      table: 'trainingRecords',
      recordId: existing.id,
      label: existing.person,
      action: 'updated',
    });
  } else {
    const record: RegisterRecord = await createRegisterRecord(
      database,
      'trainingRecords',
      questionnaire.clientId,
      {
        person: training.person,
        headcount: 1,
        role: training.role,
        aiSystemIds: systemIds,
        training: training.course,
        trainingDate: date,
        notes: note,
      },
      today,
    );
    await recordSource(
      database,
      'trainingRecords',
      record.id,
      questionnaire.clientId,
      sourceNote(response, questionnaire),
      by,
    );
    applied.push({
      table: 'trainingRecords',
      recordId: record.id,
      label: training.person,
      action: 'created',
    });
  }
}

async function applyDueDiligence(
  database: CaioDatabase,
  ready: ReadyResponse,
  by: string,
  applied: AppliedEntry[],
) {
  const { questionnaire, plan } = ready;
  if (!questionnaire.evaluationId || !questionnaire.vendorId || plan.ddAnswers.length === 0) return;
  for (const answer of plan.ddAnswers) {
    await saveDdAnswer(
      database,
      questionnaire.evaluationId,
      { vendorId: questionnaire.vendorId, questionId: answer.questionId },
      { answer: ddAnswerText(answer) },
      { by },
    );
  }
  applied.push({
    table: 'evaluations',
    recordId: questionnaire.evaluationId,
    label: `${plan.ddAnswers.length} due-diligence answers`,
    action: 'updated',
  });
}

export async function applyResponses(
  database: CaioDatabase,
  clientId: string,
  ready: readonly ReadyResponse[],
  today: string = todayIso(),
): Promise<StoredResponse[]> {
  if (ready.some((r) => r.questionnaire.clientId !== clientId || r.response.clientId !== clientId))
    throw new Error('A response of another client cannot be applied here.');
  const tables = [
    database.clients,
    database.aiSystems,
    database.useCases,
    database.trainingRecords,
    database.evaluations,
    database.changes,
    database.questionnaireResponses,
  ];
  return database.transaction('rw', tables, async () => {
    const stored: StoredResponse[] = [];
    for (const item of ready) {
      const by = respondentBy(item.response, item.questionnaire);
      const applied: AppliedEntry[] = [];
      await applySystems(database, item, by, today, applied);
      await applyIdeas(database, item, by, today, applied);
      await applyTraining(database, item, by, today, applied);
      await applyDueDiligence(database, item, by, applied);
      const now = nowIso();
      const record: StoredResponse = {
        id: newId(),
        clientId,
        questionnaireId: item.questionnaire.id,
        questionnaireVersion: item.response.questionnaireVersion,
        respondent: item.response.respondent,
        respondentKey: respondentKey(item.response.respondent),
        submittedAt: item.response.submittedAt,
        importedAt: now,
        answers: item.response.answers,
        checksum: item.response.checksum.value,
        applied,
        createdAt: now,
        updatedAt: now,
      };
      await database.questionnaireResponses.add(record);
      stored.push(record);
    }
    return stored;
  });
}
