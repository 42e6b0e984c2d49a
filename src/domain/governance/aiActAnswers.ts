import { z } from 'zod';
import {
  AI_ACT_ROLES,
  PROHIBITION_IDS,
  TEXT_QUESTION_IDS,
  YES_NO_QUESTION_IDS,
  type AiActQuestion,
  type AiActQuestionId,
  type AiActRulePack,
  type AskCondition,
  type TextQuestionId,
  type YesNoQuestionId,
} from './aiActTypes';
import { EU_AI_ACT_RULE_PACK } from './euAiActRulePack';

/**
 * The answers of the classification wizard, stored under the question ids of the rule pack.
 * Every answer is optional so a half-done wizard can be saved; `undefined` = not answered yet.
 */

const yesNo = z.boolean({ error: 'Answer yes or no' }).optional();
const text = z.string({ error: 'Enter text' }).max(4000, 'Keep the answer under 4,000 characters').optional();

function fieldsFor<const K extends readonly string[], S extends z.ZodType>(
  ids: K,
  schema: S,
): { [P in K[number]]: S } {
  return Object.fromEntries(ids.map((id) => [id, schema])) as { [P in K[number]]: S };
}

export const aiActAnswersSchema = z.object({
  ...fieldsFor(YES_NO_QUESTION_IDS, yesNo),
  ...fieldsFor(TEXT_QUESTION_IDS, text),
  role: z.enum(AI_ACT_ROLES, { error: 'Choose provider, deployer or both' }).optional(),
});
export type AiActAnswers = z.infer<typeof aiActAnswersSchema>;

export function isYes(answers: AiActAnswers, id: YesNoQuestionId): boolean {
  return answers[id] === true;
}

export function anyYes(answers: AiActAnswers, ids: readonly YesNoQuestionId[]): boolean {
  return ids.some((id) => answers[id] === true);
}

/** The trimmed text answer, or '' when not answered. */
export function textAnswer(answers: AiActAnswers, id: TextQuestionId): string {
  return (answers[id] ?? '').trim();
}

function conditionHolds(condition: AskCondition, answers: AiActAnswers): boolean {
  if ('anyYes' in condition) return anyYes(answers, condition.anyYes);
  return answers.role !== undefined && condition.roleIn.includes(answers.role);
}

/** Whether the wizard shows this question, given the answers so far. */
export function isQuestionAsked(question: AiActQuestion, answers: AiActAnswers): boolean {
  return (question.askIf ?? []).every((condition) => conditionHolds(condition, answers));
}

export function isAnswered(question: AiActQuestion, answers: AiActAnswers): boolean {
  const value = answers[question.id];
  if (question.kind === 'text') return typeof value === 'string' && value.trim() !== '';
  return value !== undefined;
}

/**
 * The answers to the questions the wizard currently shows. Answers left over from an earlier path
 * (e.g. Art. 6(3) answers after the Annex III answer was changed to no) are dropped, so they cannot
 * influence the classification. A question's `askIf` may only refer to earlier questions.
 */
export function relevantAnswers(
  answers: AiActAnswers,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): AiActAnswers {
  const kept: Record<string, unknown> = {};
  for (const question of pack.questions) {
    const value = answers[question.id];
    if (value !== undefined && isQuestionAsked(question, kept as AiActAnswers)) kept[question.id] = value;
  }
  return kept as AiActAnswers;
}

function unanswered(answers: AiActAnswers, pack: AiActRulePack): AiActQuestionId[] {
  const relevant = relevantAnswers(answers, pack);
  return pack.questions
    .filter((q) => isQuestionAsked(q, relevant) && !isAnswered(q, relevant))
    .map((q) => q.id);
}

/** A prohibited practice (Art. 5) is answered yes: the use must stop, whatever else applies. */
export function prohibitedPracticeFound(answers: AiActAnswers): boolean {
  return anyYes(answers, PROHIBITION_IDS);
}

/**
 * Ids of the questions the wizard shows that are not answered yet, in wizard order. Once a
 * prohibited practice is found, none is missing: the rest is not needed (see `notNeededAnswers`).
 */
export function missingAnswers(
  answers: AiActAnswers,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): AiActQuestionId[] {
  return prohibitedPracticeFound(answers) ? [] : unanswered(answers, pack);
}

/** After a prohibited finding: the questions left unanswered because they are not needed. */
export function notNeededAnswers(
  answers: AiActAnswers,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): AiActQuestionId[] {
  return prohibitedPracticeFound(answers) ? unanswered(answers, pack) : [];
}

export function isAiActAnswersComplete(
  answers: AiActAnswers,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): boolean {
  return missingAnswers(answers, pack).length === 0;
}
