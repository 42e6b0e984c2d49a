import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_TEMPLATES,
  newQuestionnaire,
  shortQuote,
  staffVoiceReportData,
} from '../../../../src/domain/questionnaires';

const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin-shadow-ai')!;
const survey = newQuestionnaire({
  id: 'q1',
  clientId: 'c1',
  template,
  now: '2026-11-01T00:00:00.000Z',
  expectedResponses: 4,
});
const dd = newQuestionnaire({
  id: 'q2',
  clientId: 'c1',
  template: BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin-vendor-dd')!,
  now: '2026-11-01T00:00:00.000Z',
});
const period = { start: '2026-11-01', end: '2026-11-30' };
const response = (name: string, day: string, answers: Record<string, unknown>) => ({
  questionnaireId: 'q1',
  submittedAt: `${day}T10:00:00.000Z`,
  respondent: { name },
  answers,
});
const yes = { answer: 'yes', explain: '' };

describe('what the staff told us', () => {
  it('gives the response rate, the top answers and short quotes without names, for the period only', () => {
    const data = staffVoiceReportData(
      [survey, dd],
      [
        response('Anna de Vries', '2026-11-03', {
          usesAi: yes,
          tools: ['ChatGPT', 'DeepL'],
          purposes: ['drafting'],
          data: ['Public information'],
          frequency: 'daily',
          confidence: 2,
          concerns: 'I am not sure whether I may paste candidate CVs into ChatGPT.',
        }),
        response('Bram Smit', '2026-11-20', {
          usesAi: yes,
          tools: ['ChatGPT'],
          purposes: ['drafting', 'translating'],
          data: ['Public information'],
          frequency: 'weekly',
          confidence: 4,
          concerns: 'Nobody told Bram which tools are allowed here.',
        }),
        response('Cas Old', '2026-10-20', {
          usesAi: yes,
          tools: ['Claude'],
          purposes: ['code'],
          data: ['Source code'],
          frequency: 'weekly',
          confidence: 4,
        }),
      ],
      period,
    )!;
    expect(data).toMatchObject({
      responses: 2,
      expected: 4,
      rate: 50,
      questionnaires: [{ title: 'AI-use intake and shadow-AI survey', responses: 2, expected: 4, rate: 50 }],
    });
    expect(data.charts).toHaveLength(2);
    expect(data.charts[0]).toEqual({
      question: 'Which AI tools do you use for work?',
      answered: 2,
      bars: [
        { label: 'ChatGPT', count: 2 },
        { label: 'DeepL', count: 1 },
      ],
    });
    expect(data.quotes).toEqual([
      {
        text: 'I am not sure whether I may paste candidate CVs into ChatGPT.',
        question: 'Is there anything about AI at work that worries you?',
      },
    ]);
    expect(JSON.stringify(data)).not.toMatch(/Anna|Bram|Claude/);
  });

  it('is nothing when no staff questionnaire was answered in the period', () => {
    expect(
      staffVoiceReportData(
        [survey],
        [response('Cas', '2026-10-20', { usesAi: { answer: 'no', explain: '' } })],
        period,
      ),
    ).toBeNull();
    expect(
      staffVoiceReportData(
        [dd],
        [{ ...response('Vendor', '2026-11-02', {}), questionnaireId: 'q2' }],
        period,
      ),
    ).toBeNull();
  });

  it('cuts a long quote at a word', () => {
    expect(shortQuote('word '.repeat(60), 30)).toBe('word word word word word…');
  });
});
