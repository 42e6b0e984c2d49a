/**
 * What makes a template sound, with messages that name the question and the field and say what to do:
 * the schema's checks (texts present, limits) and the structure's (unique ids, conditions on earlier
 * questions and on answers they can have, enough options, a mapping that fits the question's type).
 */
import { z } from 'zod';
import {
  allQuestions,
  QUESTION_TYPE_LABELS,
  TemplateContentShape,
  type MapTarget,
  type Question,
  type QuestionType,
  type TemplateContent,
} from './template';

export type TemplateField =
  | 'title'
  | 'intro'
  | 'audience'
  | 'sections'
  | 'sectionTitle'
  | 'label'
  | 'help'
  | 'options'
  | 'scale'
  | 'showIf'
  | 'mapTo'
  | 'mapKey'
  | 'id';

export interface TemplateProblem {
  /** The question (or section) the problem is about; none for the template's own fields. */
  questionId?: string;
  sectionId?: string;
  field: TemplateField;
  message: string;
}

const CHOICE: readonly QuestionType[] = ['single', 'multiple'];
const TEXT: readonly QuestionType[] = ['shortText', 'longText'];

/** The literacy guidance's four steps, the keys of `training.step`. */
export const TRAINING_STEPS = {
  identify: 'Identify',
  goals: 'Set goals',
  act: 'Act',
  evaluate: 'Evaluate',
} as const;

/** Where an answer can go, in words, and which question types give an answer that fits there. */
export const MAP_TARGET_INFO: Record<
  MapTarget,
  { label: string; types: readonly QuestionType[]; key?: 'step' | 'ddQuestion' }
> = {
  'aiSystem.names': { label: 'AI-system inventory: the tools ticked (one entry each)', types: CHOICE },
  'aiSystem.otherNames': { label: 'AI-system inventory: tools typed in (separated by commas)', types: TEXT },
  'aiSystem.purpose': {
    label: 'AI-system inventory: what the tools are used for',
    types: [...CHOICE, ...TEXT],
  },
  'aiSystem.dataCategories': {
    label: 'AI-system inventory: the data put into the tools',
    types: [...CHOICE, ...TEXT],
  },
  'aiSystem.personalData': { label: 'AI-system inventory: personal data goes in (yes/no)', types: ['yesNo'] },
  'respondent.department': { label: 'The respondent’s department', types: ['single', ...TEXT] },
  'respondent.role': { label: 'The respondent’s role', types: ['single', ...TEXT] },
  'useCase.title': { label: 'Portfolio: a use-case idea (its title)', types: TEXT },
  'useCase.problem': { label: 'Portfolio: the idea’s problem to solve', types: TEXT },
  'training.systems': {
    label: 'AI literacy: the systems the person works with',
    types: [...CHOICE, ...TEXT],
  },
  'training.course': { label: 'AI literacy: the training followed', types: ['single', ...TEXT] },
  'training.date': { label: 'AI literacy: the day the training finished', types: ['date'] },
  'training.step': { label: 'AI literacy: self-assessment of one step', types: ['scale'], key: 'step' },
  'vendor.ddAnswer': { label: 'Vendor evaluation: a due-diligence answer', types: TEXT, key: 'ddQuestion' },
  'vendor.evidence': {
    label: 'Vendor evaluation: the evidence for an answer',
    types: TEXT,
    key: 'ddQuestion',
  },
};

/** The targets a question of this type can send its answer to. */
export function mapTargetsFor(type: QuestionType): MapTarget[] {
  return (Object.keys(MAP_TARGET_INFO) as MapTarget[]).filter((t) => MAP_TARGET_INFO[t].types.includes(type));
}

/** Question types whose answers a condition can compare (the ones with a known set of answers). */
export const CONDITION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'yesNo', 'scale'];

/** The answers a condition on this question can name: values and what the respondent sees. */
export function conditionAnswers(question: Question): { value: string; label: string }[] {
  if (CHOICE.includes(question.type)) return question.options;
  if (question.type === 'yesNo')
    return [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ];
  if (question.type === 'scale') {
    const out = [];
    for (let p = question.scale?.min ?? 1; p <= (question.scale?.max ?? 5); p++)
      out.push({ value: String(p), label: String(p) });
    return out;
  }
  return [];
}

/** How a question is named in a message: its text, or its place when it has none yet. */
function nameOf(question: Question, place: string): string {
  return question.label.trim() ? `“${question.label.trim()}”` : place;
}

/** The schema's complaints, each named by where it is. */
function schemaProblems(content: TemplateContent): TemplateProblem[] {
  const parsed = z.object(TemplateContentShape).safeParse(content);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const [top, sectionIndex, inner, questionIndex, field, optionIndex] = issue.path as (string | number)[];
    const tooLong = issue.code === 'too_big';
    if (top !== 'sections') {
      const name = top === 'title' ? 'The title' : top === 'intro' ? 'The introduction' : 'Who fills it in';
      return {
        field: top as TemplateField,
        message: tooLong ? `${name} is too long: shorten it.` : `${name} is required: type it.`,
      };
    }
    const section = content.sections[Number(sectionIndex)];
    if (!section) return { field: 'sections', message: 'A questionnaire needs at least one section.' };
    if (inner !== 'questions') {
      const what = `The title of section ${Number(sectionIndex) + 1}`;
      return {
        sectionId: section.id,
        field: inner === 'title' ? 'sectionTitle' : 'sections',
        message: tooLong ? `${what} is too long: shorten it.` : `${what} is required: type it.`,
      };
    }
    const question = section.questions[Number(questionIndex)];
    if (!question)
      return {
        sectionId: section.id,
        field: 'sections',
        message: `“${section.title}” has too many questions: move some to another section.`,
      };
    const name = nameOf(question, `Question ${Number(questionIndex) + 1} of “${section.title}”`);
    if (field === 'label')
      return {
        questionId: question.id,
        field: 'label',
        message: tooLong
          ? `The text of ${name} is too long: shorten it.`
          : `Question ${Number(questionIndex) + 1} of “${section.title}” has no text: type the question.`,
      };
    if (field === 'options' && optionIndex !== undefined) {
      return {
        questionId: question.id,
        field: 'options',
        message: tooLong
          ? `Option ${Number(optionIndex) + 1} of ${name} is too long: shorten it.`
          : `Option ${Number(optionIndex) + 1} of ${name} is empty: type it or remove it.`,
      };
    }
    if (field === 'options')
      return {
        questionId: question.id,
        field: 'options',
        message: `${name} has too many options: remove some.`,
      };
    if (field === 'help')
      return {
        questionId: question.id,
        field: 'help',
        message: `The help text of ${name} is too long: shorten it.`,
      };
    if (field === 'showIf')
      return {
        questionId: question.id,
        field: 'showIf',
        message: `${name} is shown for no answer: tick at least one answer, or show it always.`,
      };
    if (field === 'scale')
      return {
        questionId: question.id,
        field: 'scale',
        message: `The scale of ${name} must run from 0 or 1 to a number from 2 to 10, with end labels of at most 80 characters.`,
      };
    return {
      questionId: question.id,
      field: (field as TemplateField) ?? 'id',
      message: `${name}: ${issue.message}.`,
    };
  });
}

/** Every problem of a template's content (empty = it can be saved). */
export function templateProblems(content: TemplateContent): TemplateProblem[] {
  const schema = schemaProblems(content);
  if (schema.length > 0) return schema;
  const problems: TemplateProblem[] = [];
  const seen = new Map<string, Question>();
  const questions = allQuestions(content);
  for (const question of questions) {
    const name = nameOf(question, 'A question');
    const at = { questionId: question.id };
    if (seen.has(question.id))
      problems.push({
        ...at,
        field: 'id',
        message: `Two questions have the id “${question.id}”: give one another id.`,
      });
    if (CHOICE.includes(question.type)) {
      if (question.options.length < 2)
        problems.push({
          ...at,
          field: 'options',
          message: `${name} needs at least two options: add another.`,
        });
      const values = question.options.map((o) => o.value);
      if (new Set(values).size !== values.length)
        problems.push({
          ...at,
          field: 'options',
          message: `Two options of ${name} have the same value: remove one.`,
        });
      const labels = question.options.map((o) => o.label.trim().toLowerCase());
      if (new Set(labels).size !== labels.length)
        problems.push({
          ...at,
          field: 'options',
          message: `Two options of ${name} read the same: change or remove one.`,
        });
    }
    if (question.showIf) {
      const parent = seen.get(question.showIf.questionId);
      const exists = questions.some((q) => q.id === question.showIf!.questionId);
      if (!parent) {
        problems.push({
          ...at,
          field: 'showIf',
          message: exists
            ? `${name} is shown only after an answer to a question that comes later: move it below that question, or change its condition.`
            : `${name} is shown only after an answer to a question that no longer exists: change its condition.`,
        });
      } else if (!CONDITION_TYPES.includes(parent.type)) {
        problems.push({
          ...at,
          field: 'showIf',
          message: `${name} depends on “${parent.label}”, a ${QUESTION_TYPE_LABELS[parent.type].toLowerCase()} question: a condition needs a question with set answers (choice, yes/no or scale).`,
        });
      } else {
        const allowed = new Set(conditionAnswers(parent).map((a) => a.value));
        if (question.showIf.anyOf.some((v) => !allowed.has(v)))
          problems.push({
            ...at,
            field: 'showIf',
            message: `${name} is shown for an answer “${parent.label}” no longer has: tick its answers again.`,
          });
      }
    }
    if (question.mapTo) {
      const target = MAP_TARGET_INFO[question.mapTo];
      if (!target.types.includes(question.type)) {
        const fits = target.types.map((t) => QUESTION_TYPE_LABELS[t].toLowerCase()).join(', ');
        problems.push({
          ...at,
          field: 'mapTo',
          message: `${name} sends its answer to “${target.label}”, which takes a ${fits} answer: choose another place for it, or none.`,
        });
      }
      if (target.key === 'step' && !(question.mapKey && question.mapKey in TRAINING_STEPS))
        problems.push({
          ...at,
          field: 'mapKey',
          message: `${name} goes to a step of the literacy self-assessment: choose which step.`,
        });
      if (target.key === 'ddQuestion' && !question.mapKey)
        problems.push({
          ...at,
          field: 'mapKey',
          message: `${name} goes to the vendor evaluation without naming its due-diligence question: choose another place for it.`,
        });
    }
    seen.set(question.id, question);
  }
  return problems;
}

/** The first problem about one question's field (for the message next to that field), or null. */
export function problemOf(
  problems: readonly TemplateProblem[],
  questionId: string,
  field: TemplateField,
): string | null {
  return problems.find((p) => p.questionId === questionId && p.field === field)?.message ?? null;
}
