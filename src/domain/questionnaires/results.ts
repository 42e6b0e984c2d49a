/**
 * Results of a questionnaire, computed when read from its stored responses: response rate, counts per
 * option for choices, the distribution of a scale, and the free-text answers.
 */
import { isEmptyAnswer, isShown, type Answers } from './answers';
import type { Questionnaire } from './questionnaire';
import { allQuestions, type Question } from './template';

export interface CountBar {
  label: string;
  count: number;
}

export type QuestionResult =
  | { question: Question; kind: 'choice'; answered: number; bars: CountBar[] }
  | { question: Question; kind: 'scale'; answered: number; bars: CountBar[]; average: number | null }
  | {
      question: Question;
      kind: 'number';
      answered: number;
      average: number | null;
      min: number | null;
      max: number | null;
    }
  | { question: Question; kind: 'text'; answered: number; texts: string[] };

export interface QuestionnaireResults {
  responses: number;
  expected: number | null;
  /** Whole percent, or null while the number sent to is unknown. */
  rate: number | null;
  questions: QuestionResult[];
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function questionResult(
  question: Question,
  answerSets: readonly Answers[],
  byId: Map<string, Question>,
): QuestionResult {
  const values = answerSets
    .filter((a) => isShown(question, a, byId) && !isEmptyAnswer(a[question.id]))
    .map((a) => a[question.id]);
  const answered = values.length;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        question,
        kind: 'choice',
        answered,
        bars: question.options.map((o) => ({
          label: o.label,
          count: values.filter((v) => (Array.isArray(v) ? v.includes(o.value) : v === o.value)).length,
        })),
      };
    case 'yesNo': {
      const yes = values.filter(
        (v) => typeof v === 'object' && !Array.isArray(v) && v.answer === 'yes',
      ).length;
      return {
        question,
        kind: 'choice',
        answered,
        bars: [
          { label: 'Yes', count: yes },
          { label: 'No', count: answered - yes },
        ],
      };
    }
    case 'scale': {
      const min = question.scale?.min ?? 1;
      const max = question.scale?.max ?? 5;
      const numbers = values.filter((v): v is number => typeof v === 'number');
      const bars: CountBar[] = [];
      for (let point = min; point <= max; point++) {
        const suffix =
          point === min && question.scale?.minLabel
            ? ` (${question.scale.minLabel})`
            : point === max && question.scale?.maxLabel
              ? ` (${question.scale.maxLabel})`
              : '';
        bars.push({ label: `${point}${suffix}`, count: numbers.filter((n) => n === point).length });
      }
      return {
        question,
        kind: 'scale',
        answered,
        bars,
        average: numbers.length ? round1(numbers.reduce((s, n) => s + n, 0) / numbers.length) : null,
      };
    }
    case 'number': {
      const numbers = values.filter((v): v is number => typeof v === 'number');
      return {
        question,
        kind: 'number',
        answered,
        average: numbers.length ? round1(numbers.reduce((s, n) => s + n, 0) / numbers.length) : null,
        min: numbers.length ? Math.min(...numbers) : null,
        max: numbers.length ? Math.max(...numbers) : null,
      };
    }
    default: {
      const texts = values
        .map((v) => (typeof v === 'object' && !Array.isArray(v) ? v.explain : String(v)).trim())
        .filter(Boolean);
      return { question, kind: 'text', answered, texts };
    }
  }
}

export function questionnaireResults(
  questionnaire: Pick<Questionnaire, 'sections' | 'expectedResponses'>,
  answerSets: readonly Answers[],
): QuestionnaireResults {
  const questions = allQuestions(questionnaire);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const expected = questionnaire.expectedResponses;
  return {
    responses: answerSets.length,
    expected,
    rate: expected ? Math.round((answerSets.length / expected) * 100) : null,
    questions: questions.map((q) => questionResult(q, answerSets, byId)),
  };
}
