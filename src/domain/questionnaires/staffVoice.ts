/**
 * "What the staff told us", the board report's optional slide: for one client and period, the response
 * rate of its staff questionnaires, the top answers of their choice questions, and a few short quotes of
 * free text. Computed from that client's questionnaires and responses only; never a respondent's name.
 */
import { isShown } from './answers';
import type { Questionnaire } from './questionnaire';
import { questionResult } from './results';
import { allQuestions, type Question } from './template';

/** Questionnaires that staff answer (vendor due diligence and the DPIA/FRIA assessments are not the staff's voice). */
const STAFF_KINDS: readonly Questionnaire['kind'][] = ['shadowAi', 'literacy', 'custom'];

export const STAFF_VOICE_LIMITS = {
  charts: 2,
  barsPerChart: 5,
  quotes: 3,
  quoteLength: 160,
  questionnaires: 3,
} as const;

export interface StaffVoiceReportData {
  /** Responses in the period, the people they were sent to (null while unknown for any of them) and the rate. */
  responses: number;
  expected: number | null;
  rate: number | null;
  questionnaires: { title: string; responses: number; expected: number | null; rate: number | null }[];
  charts: { question: string; answered: number; bars: { label: string; count: number }[] }[];
  quotes: { text: string; question: string }[];
}

export interface StaffVoiceResponse {
  questionnaireId: string;
  submittedAt: string;
  respondent: { name: string };
  answers: Record<string, unknown>;
}

function inPeriod(iso: string, period: { start: string; end: string }): boolean {
  const day = iso.slice(0, 10);
  return day >= period.start && day <= period.end;
}

/** A short quote: whole words up to the limit, with an ellipsis when cut. */
export function shortQuote(text: string, max: number = STAFF_VOICE_LIMITS.quoteLength): string {
  const clean = text.split(/\s+/).filter(Boolean).join(' ');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,.;:!?-]+$/, '')}…`;
}

/** Whether a text names one of the respondents (full name, or a part of it of three letters or more). */
function namesSomeone(text: string, names: readonly string[]): boolean {
  const lower = ` ${text.toLowerCase()} `;
  return names.some((name) => {
    const parts = name
      .toLowerCase()
      .split(/\s+/)
      .filter((p) => p.length >= 3);
    return (
      (name.trim() && lower.includes(name.trim().toLowerCase())) ||
      parts.some((p) => lower.includes(` ${p} `) || lower.includes(` ${p},`) || lower.includes(` ${p}.`))
    );
  });
}

/** Free-text questions whose answers may be quoted: long texts that are not about the respondent. */
function quotable(question: Question): boolean {
  return question.type === 'longText' && !question.mapTo?.startsWith('respondent.');
}

export function staffVoiceReportData(
  questionnaires: readonly Questionnaire[],
  responses: readonly StaffVoiceResponse[],
  period: { start: string; end: string },
): StaffVoiceReportData | null {
  const staff = questionnaires.filter((q) => STAFF_KINDS.includes(q.kind));
  const inScope = responses.filter(
    (r) => inPeriod(r.submittedAt, period) && staff.some((q) => q.id === r.questionnaireId),
  );
  if (inScope.length === 0) return null;
  const names = inScope.map((r) => r.respondent.name);
  const answered = staff
    .map((questionnaire) => ({
      questionnaire,
      sets: inScope
        .filter((r) => r.questionnaireId === questionnaire.id)
        .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)),
    }))
    .filter((entry) => entry.sets.length > 0)
    .sort((a, b) => b.sets.length - a.sets.length);

  const lines = answered.map(({ questionnaire, sets }) => ({
    title: questionnaire.title,
    responses: sets.length,
    expected: questionnaire.expectedResponses,
    rate: questionnaire.expectedResponses
      ? Math.round((sets.length / questionnaire.expectedResponses) * 100)
      : null,
  }));
  const known = lines.every((l) => l.expected !== null);
  const expected = known ? lines.reduce((sum, l) => sum + (l.expected ?? 0), 0) : null;

  const charts: StaffVoiceReportData['charts'] = [];
  const quotes: StaffVoiceReportData['quotes'] = [];
  for (const { questionnaire, sets } of answered) {
    const questions = allQuestions(questionnaire);
    const byId = new Map(questions.map((q) => [q.id, q]));
    const answerSets = sets.map((s) => s.answers as Parameters<typeof isShown>[1]);
    const choices = questions
      .filter((q) => q.type === 'single' || q.type === 'multiple')
      .map((q) => questionResult(q, answerSets, byId))
      .filter((r) => r.answered > 0 && r.kind === 'choice')
      .sort(
        (a, b) =>
          b.answered - a.answered ||
          Number(b.question.type === 'multiple') - Number(a.question.type === 'multiple'),
      );
    for (const result of choices) {
      if (charts.length >= STAFF_VOICE_LIMITS.charts || result.kind !== 'choice') break;
      const bars = [...result.bars]
        .filter((b) => b.count > 0)
        .sort((a, b) => b.count - a.count)
        .slice(0, STAFF_VOICE_LIMITS.barsPerChart);
      charts.push({ question: result.question.label, answered: result.answered, bars });
    }
    for (const question of questions.filter(quotable)) {
      for (const set of answerSets) {
        if (quotes.length >= STAFF_VOICE_LIMITS.quotes) break;
        const value = set[question.id];
        if (
          typeof value !== 'string' ||
          !isShown(question, set, byId) ||
          value.trim().length < 12 ||
          namesSomeone(value, names)
        )
          continue;
        const text = shortQuote(value);
        if (!quotes.some((q) => q.text === text)) quotes.push({ text, question: question.label });
      }
    }
  }
  return {
    responses: inScope.length,
    expected,
    rate: expected ? Math.round((inScope.length / expected) * 100) : null,
    questionnaires: lines.slice(0, STAFF_VOICE_LIMITS.questionnaires),
    charts,
    quotes,
  };
}
