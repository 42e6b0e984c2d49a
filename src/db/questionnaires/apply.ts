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

/** One response being applied: where it goes, who it is by, and the list of what it changed. */
interface ApplyRun extends ReadyResponse {
  database: CaioDatabase;
  by: string;
  today: string;
  applied: AppliedEntry[];
}

/** Records that `run`'s respondent made the entry, in its change history and in the applied list. */
async function recordCreated(run: ApplyRun, table: string, id: string, label: string) {
  const { database, questionnaire, by } = run;
  await database.changes.add({
    id: newId(),
    clientId: questionnaire.clientId,
    entity: table,
    entityId: id,
    field: 'source',
    oldValue: null,
    newValue: sourceNote(run.response, questionnaire),
    at: nowIso(),
    by,
  });
  run.applied.push({ table, recordId: id, label, action: 'created' });
}

async function updateEntry(
  run: ApplyRun,
  table: string,
  id: string,
  label: string,
  patch: Record<string, unknown>,
) {
  await updateRecord(run.database, table, id, patch, { today: run.today, by: run.by });
  run.applied.push({ table, recordId: id, label, action: 'updated' });
}

function clientRecords<T>(run: ApplyRun, table: 'aiSystems' | 'trainingRecords'): Promise<T[]> {
  return run.database[table].where('clientId').equals(run.questionnaire.clientId).toArray() as Promise<T[]>;
}

async function applySystems(run: ApplyRun) {
  const { database, questionnaire, plan, today } = run;
  for (const system of plan.systems) {
    const systems = await clientRecords<AiSystem>(run, 'aiSystems');
    const existing = systems.find((s) => nameKey(s.name) === nameKey(system.name));
    if (existing) {
      const patch: Record<string, unknown> = {
        users: unionList(existing.users, system.users),
        departments: unionList(existing.departments, system.departments),
        dataCategories: unionList(existing.dataCategories, system.dataCategories),
      };
      if (!existing.purpose.trim() && system.purposes.length) patch.purpose = system.purposes.join('; ');
      if (system.personalData && existing.personalData !== 'yes') patch.personalData = 'yes';
      await updateEntry(run, 'aiSystems', existing.id, existing.name, patch);
    } else {
      const note = sourceNote(run.response, questionnaire);
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
      await recordCreated(run, 'aiSystems', record.id, system.name);
    }
  }
}

async function applyIdeas(run: ApplyRun) {
  const { database, questionnaire, plan, today } = run;
  for (const idea of plan.ideas) {
    const note = sourceNote(run.response, questionnaire);
    const useCase = await createUseCase(database, questionnaire.clientId, {
      title: idea.title,
      process: idea.department,
      problemStatement: idea.problem ? `${idea.problem}\n\n${note}` : note,
      date: today,
    });
    await recordCreated(run, 'useCases', useCase.id, idea.title);
  }
}

const STEP_LABELS: Record<string, string> = {
  identify: 'identify',
  goals: 'set goals',
  act: 'act',
  evaluate: 'evaluate',
};

async function applyTraining(run: ApplyRun) {
  const { database, response, questionnaire, plan, today } = run;
  const training = plan.training;
  if (!training) return;
  const systems = await clientRecords<AiSystem>(run, 'aiSystems');
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
  const records = await clientRecords<TrainingRecord>(run, 'trainingRecords');
  const existing = records.find((r) => personKey(r.person) === personKey(training.person));
  if (existing) {
    const patch: Record<string, unknown> = {
      aiSystemIds: unionList(existing.aiSystemIds, systemIds),
      notes: existing.notes ? `${existing.notes}\n${note}` : note,
    };
    if (training.role) patch.role = training.role;
    if (training.course) patch.training = training.course;
    if (date) patch.trainingDate = date;
    await updateEntry(run, 'trainingRecords', existing.id, existing.person, patch);
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
    await recordCreated(run, 'trainingRecords', record.id, training.person);
  }
}

async function applyDueDiligence(run: ApplyRun) {
  const { database, questionnaire, plan, by } = run;
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
  run.applied.push({
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
      const run: ApplyRun = { ...item, database, by, today, applied };
      await applySystems(run);
      await applyIdeas(run);
      await applyTraining(run);
      await applyDueDiligence(run);
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
