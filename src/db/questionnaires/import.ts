import {
  checkResponseText,
  MAX_RESPONSE_BYTES,
  MAX_RESPONSE_FILES,
  mergeSystems,
  planForResponse,
  respondentKey,
  type Questionnaire,
  type ResponseFile,
  type ResponsePlan,
} from '../../domain/questionnaires';
import { nameKey } from '../../domain/questionnaires/mapping';
import type { CaioDatabase } from '../core/schema';
import { questionnairesForClient } from './questionnaires';

/**
 * Reading response files for one client: every file checked (nothing written), matched to its
 * questionnaire, duplicates found (the same respondent already imported, or twice in this batch), and
 * what applying them would add to the registers. `applyResponses` (apply.ts) writes.
 */

export interface FileToCheck {
  name: string;
  size: number;
  text: () => Promise<string>;
}

export type CheckedFile =
  | { fileName: string; status: 'refused'; problem: string }
  | {
      fileName: string;
      status: 'duplicate';
      response: ResponseFile;
      questionnaire: Questionnaire;
      reason: string;
    }
  | {
      fileName: string;
      status: 'ready';
      response: ResponseFile;
      questionnaire: Questionnaire;
      plan: ResponsePlan;
    };

export interface ResponsesPreview {
  files: CheckedFile[];
  /** AI systems the ready responses report: new to the inventory, or already in it (users added). */
  newSystems: string[];
  knownSystems: string[];
  ideas: string[];
  trainingPeople: string[];
  ddAnswers: number;
}

export async function checkResponseFiles(
  database: CaioDatabase,
  clientId: string,
  files: readonly FileToCheck[],
): Promise<ResponsesPreview> {
  const client = await database.clients.get(clientId);
  const questionnaires = await questionnairesForClient(database, clientId);
  const otherClientIds = new Set(
    (await database.clients.toCollection().primaryKeys()).filter((id) => id !== clientId),
  );
  const checked: CheckedFile[] = [];
  const seen = new Map<string, string>();
  for (const [index, file] of files.entries()) {
    if (index >= MAX_RESPONSE_FILES) {
      checked.push({
        fileName: file.name,
        status: 'refused',
        problem: `At most ${MAX_RESPONSE_FILES} files are imported at once.`,
      });
      continue;
    }
    if (file.size > MAX_RESPONSE_BYTES) {
      checked.push({
        fileName: file.name,
        status: 'refused',
        problem: `The file is larger than ${MAX_RESPONSE_BYTES / 1_000_000} MB; a response is never this large.`,
      });
      continue;
    }
    const result = await checkResponseText(await file.text(), {
      clientId,
      clientName: client?.name ?? 'this client',
      questionnaires,
      otherClientIds,
    });
    if (!result.ok) {
      checked.push({ fileName: file.name, status: 'refused', problem: result.problem });
      continue;
    }
    const { response, questionnaire } = result;
    const key = respondentKey(response.respondent);
    const batchKey = `${questionnaire.id}|${key}`;
    // Found in memory among the questionnaire's responses: the key (an e-mail address or name) is personal data, not indexed.
    const earlier = (
      await database.questionnaireResponses.where('questionnaireId').equals(questionnaire.id).toArray()
    ).find((r) => r.respondentKey === key);
    if (earlier) {
      checked.push({
        fileName: file.name,
        status: 'duplicate',
        response,
        questionnaire,
        reason: `${response.respondent.name} already answered this questionnaire (imported ${earlier.importedAt.slice(0, 10)}); the earlier response is kept.`,
      });
    } else if (seen.has(batchKey)) {
      checked.push({
        fileName: file.name,
        status: 'duplicate',
        response,
        questionnaire,
        reason: `${response.respondent.name} answered twice: “${seen.get(batchKey)}” is imported, this one is skipped.`,
      });
    } else {
      seen.set(batchKey, file.name);
      checked.push({
        fileName: file.name,
        status: 'ready',
        response,
        questionnaire,
        plan: planForResponse(questionnaire, response.respondent, response.answers),
      });
    }
  }
  const plans = checked.flatMap((f) => (f.status === 'ready' ? [f.plan] : []));
  const existing = new Set(
    (await database.aiSystems.where('clientId').equals(clientId).toArray()).map((s) => nameKey(s.name)),
  );
  const systems = mergeSystems(plans).map((s) => s.name);
  return {
    files: checked,
    newSystems: systems.filter((name) => !existing.has(nameKey(name))),
    knownSystems: systems.filter((name) => existing.has(nameKey(name))),
    ideas: plans.flatMap((p) => p.ideas.map((i) => i.title)),
    trainingPeople: plans.flatMap((p) => (p.training ? [p.training.person] : [])),
    ddAnswers: plans.reduce((sum, p) => sum + p.ddAnswers.length, 0),
  };
}
