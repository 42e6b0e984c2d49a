import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_TEMPLATES,
  mergeSystems,
  planForResponse,
  type Answers,
} from '../../../../src/domain/questionnaires';
import { ANNA, BRAM } from './responseKit';

const template = (id: string) => BUILT_IN_TEMPLATES.find((t) => t.id === id)!;
const person = (name: string, department = '') => ({ name, email: '', role: '', department });

describe('answers to registers (shadow-AI survey)', () => {
  const survey = template('builtin-shadow-ai');

  it('each tool ticked or typed becomes an AI system with the purposes, data and the respondent as user', () => {
    const plan = planForResponse(survey, person('Anna de Vries', 'Recruitment'), ANNA);
    expect(plan.systems.map((s) => s.name)).toEqual(['ChatGPT', 'DeepL', 'Perplexity']);
    expect(plan.systems[0]).toEqual({
      name: 'ChatGPT',
      purposes: ['Drafting e-mails, letters or texts', 'Translating'],
      dataCategories: ['Internal documents', 'Customer personal data'],
      personalData: true,
      users: ['Anna de Vries'],
      departments: ['Recruitment'],
    });
    expect(plan.ideas).toEqual([
      {
        title: 'Matching CVs to vacancies',
        problem: 'We read 200 CVs a week by hand.',
        respondent: 'Anna de Vries',
        department: 'Recruitment',
      },
    ]);
    expect(plan.training).toBeNull();
  });

  it('answers to questions the respondent was not shown do not count', () => {
    // "No, I do not use AI" hides the tool questions; a tampered file listing tools anyway adds nothing.
    const answers: Answers = { ...BRAM, usesAi: { answer: 'no', explain: '' } };
    expect(planForResponse(survey, person('Bram'), answers).systems).toEqual([]);
  });

  it('several respondents naming the same tool make one system with every user', () => {
    const merged = mergeSystems([
      planForResponse(survey, person('Anna', 'Recruitment'), ANNA),
      planForResponse(survey, person('Bram', 'Sales'), {
        ...BRAM,
        tools: ['ChatGPT'],
        otherTools: 'chatgpt ',
      }),
    ]);
    const chatgpt = merged.find((s) => s.name === 'ChatGPT')!;
    expect(merged.filter((s) => s.name.toLowerCase() === 'chatgpt')).toHaveLength(1);
    expect(chatgpt.users).toEqual(['Anna', 'Bram']);
    expect(chatgpt.departments).toEqual(['Recruitment', 'Sales']);
    expect(chatgpt.purposes).toContain('Summarising documents or meetings');
    expect(chatgpt.personalData).toBe(true);
  });
});

describe('answers to registers (literacy self-check and vendor due diligence)', () => {
  it('the self-check becomes a training record: role, systems, training, date and the four steps', () => {
    const plan = planForResponse(template('builtin-literacy'), person('Sanne Bakker'), {
      role: 'user',
      systems: 'ChatGPT, CV screening tool',
      knowsRisks: 4,
      knowsRules: 2,
      trained: { answer: 'yes', explain: '' },
      course: 'AI basics for recruiters (2 h)',
      courseDate: '2026-09-15',
      checksOutput: 5,
      confident: 3,
    });
    expect(plan.training).toEqual({
      person: 'Sanne Bakker',
      role: 'I use AI tools in my work',
      systemNames: ['ChatGPT', 'CV screening tool'],
      course: 'AI basics for recruiters (2 h)',
      date: '2026-09-15',
      steps: { identify: [4], goals: [2], act: [5], evaluate: [3] },
    });
    expect(plan.systems).toEqual([]);
  });

  it('the training course and date count only when the respondent says they were trained', () => {
    const plan = planForResponse(template('builtin-literacy'), person('Tom'), {
      role: 'manager',
      knowsRisks: 3,
      knowsRules: 3,
      trained: { answer: 'no', explain: '' },
      course: 'ignored',
      courseDate: '2026-01-01',
      checksOutput: 3,
      confident: 3,
    });
    expect(plan.training).toMatchObject({ course: '', date: null });
  });

  it('each due-diligence answer goes to its question with its evidence', () => {
    const plan = planForResponse(template('builtin-vendor-dd'), person('Vendor rep'), {
      'dd-data-location.answer': 'Frankfurt and Amsterdam only.',
      'dd-data-location.evidence': 'DPA annex 2',
      'dd-training.answer': 'Never; excluded by contract.',
    });
    expect(plan.ddAnswers).toEqual([
      { questionId: 'dd-data-location', answer: 'Frankfurt and Amsterdam only.', evidence: 'DPA annex 2' },
      { questionId: 'dd-training', answer: 'Never; excluded by contract.', evidence: '' },
    ]);
  });
});

describe('system names', () => {
  it('match ignoring case, spacing and remarks in brackets', async () => {
    const { nameKey } = await import('../../../../src/domain/questionnaires');
    expect(nameKey('ChatGPT (free personal accounts)')).toBe(nameKey(' chatgpt  '));
    expect(nameKey('DeepL Pro')).not.toBe(nameKey('DeepL'));
    expect(nameKey('Tool (a (nested) remark) X')).toBe('tool x');
  });
});
