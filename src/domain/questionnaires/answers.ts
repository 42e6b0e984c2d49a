/**
 * Answers of one response, checked against the questionnaire they answer: the right kind of value for
 * each question, options that exist, lengths within limits, required visible questions answered.
 * Plain scans only (no regular expressions over respondent text).
 */
import { allQuestions, LIMITS, type Question, type TemplateContent } from './template';

export interface YesNoAnswer {
  answer: 'yes' | 'no';
  explain: string;
}
export type AnswerValue = string | number | string[] | YesNoAnswer;
export type Answers = Record<string, AnswerValue>;

/** The answer of a question as the values a condition compares: yes/no gives "yes" / "no". */
export function conditionValues(value: AnswerValue | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object') return [value.answer];
  return [String(value)];
}

/** Whether a question is shown, given the answers so far (a question behind a hidden one is hidden too). */
export function isShown(question: Question, answers: Answers, byId: Map<string, Question>): boolean {
  const condition = question.showIf;
  if (!condition) return true;
  const parent = byId.get(condition.questionId);
  if (!parent || !isShown(parent, answers, byId)) return false;
  const values = conditionValues(answers[condition.questionId]);
  return values.some((v) => condition.anyOf.includes(v));
}

export function shownQuestions(content: Pick<TemplateContent, 'sections'>, answers: Answers): Question[] {
  const questions = allQuestions(content);
  const byId = new Map(questions.map((q) => [q.id, q]));
  return questions.filter((q) => isShown(q, answers, byId));
}

export function isEmptyAnswer(value: AnswerValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Case-insensitive plain search for markup that runs code; such answers are refused. */
export function containsScript(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    lower.includes('<script') ||
    lower.includes('javascript:') ||
    lower.includes('<iframe') ||
    lower.includes('onerror=') ||
    lower.includes('onload=')
  );
}

function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (text[i] < '0' || text[i] > '9') return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function checkText(question: Question, text: string, max: number): string | null {
  if (text.length > max)
    return `The answer to “${question.label}” is ${text.length.toLocaleString('en-GB')} characters long; at most ${max.toLocaleString('en-GB')} are accepted.`;
  if (containsScript(text))
    return `The answer to “${question.label}” contains script code. The response was refused: ask the respondent to send it again without code.`;
  return null;
}

/** The problem with one answer, or null when it fits the question. */
export function answerProblem(question: Question, value: unknown): string | null {
  const wrong = `The answer to “${question.label}” is not a valid ${question.type === 'yesNo' ? 'yes/no answer' : 'answer for this question'}.`;
  const values = new Set(question.options.map((o) => o.value));
  switch (question.type) {
    case 'single':
      return typeof value === 'string' && values.has(value) ? null : wrong;
    case 'multiple':
      if (!Array.isArray(value) || value.length > question.options.length) return wrong;
      return value.every((v) => typeof v === 'string' && values.has(v)) &&
        new Set(value).size === value.length
        ? null
        : wrong;
    case 'scale': {
      const min = question.scale?.min ?? 1;
      const max = question.scale?.max ?? 5;
      return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
        ? null
        : wrong;
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 1e12 ? null : wrong;
    case 'date':
      return typeof value === 'string' && isIsoDate(value)
        ? null
        : `The answer to “${question.label}” is not a date (YYYY-MM-DD).`;
    case 'shortText':
      return typeof value === 'string' ? checkText(question, value, LIMITS.shortText) : wrong;
    case 'longText':
      return typeof value === 'string' ? checkText(question, value, LIMITS.longText) : wrong;
    case 'yesNo': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return wrong;
      const { answer, explain, ...rest } = value as Record<string, unknown>;
      if (
        (answer !== 'yes' && answer !== 'no') ||
        typeof explain !== 'string' ||
        Object.keys(rest).length > 0
      )
        return wrong;
      return checkText(question, explain, LIMITS.longText);
    }
  }
}

/** Every problem of a set of answers for this questionnaire (empty = acceptable). */
export function answersProblems(
  content: Pick<TemplateContent, 'sections'>,
  answers: Record<string, unknown>,
): string[] {
  const problems: string[] = [];
  const questions = allQuestions(content);
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const key of Object.keys(answers)) {
    const question = byId.get(key);
    if (!question) {
      problems.push(
        `The response answers a question this questionnaire does not have (“${key.slice(0, 40)}”).`,
      );
      continue;
    }
    const problem = answerProblem(question, answers[key]);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) return problems;
  const typed = answers as Answers;
  for (const question of questions) {
    if (question.required && isShown(question, typed, byId) && isEmptyAnswer(typed[question.id])) {
      problems.push(`“${question.label}” is required but has no answer.`);
    }
  }
  return problems;
}

/** The answer as readable text (results lists, previews). */
export function answerText(question: Question, value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  const labelOf = (v: string) => question.options.find((o) => o.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.map(labelOf).join(', ');
  if (typeof value === 'object')
    return `${value.answer === 'yes' ? 'Yes' : 'No'}${value.explain.trim() ? ` – ${value.explain.trim()}` : ''}`;
  if (question.type === 'single') return labelOf(value as string);
  return String(value);
}
