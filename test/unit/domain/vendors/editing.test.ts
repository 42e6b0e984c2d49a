import { describe, expect, it } from 'vitest';
import {
  addDdQuestion,
  addVendor,
  createEvaluation,
  DEFAULT_CRITERIA,
  DEFAULT_GATE_IDS,
  EvaluationSchema,
  NO_VENDORS_MESSAGE,
  removeDdQuestion,
  removeVendor,
  SCORE_MESSAGE,
  setDdAnswer,
  setGateResult,
  setScore,
  updateCriteria,
} from '../../../../src/domain/vendors';
import { draftEvaluation, T0, T1, unwrap } from './fixtures';

describe('createEvaluation', () => {
  it('creates a valid draft from the default template, gates and questions', () => {
    const e = draftEvaluation();
    expect(EvaluationSchema.safeParse(e).success).toBe(true);
    expect(e).toMatchObject({
      id: 'eval-cv',
      clientId: 'client-brightside',
      useCaseId: 'uc-cv-summaries',
      status: 'draft',
      templateId: 'default',
    });
    expect(e.criteria.map((c) => c.weight)).toEqual([25, 20, 15, 15, 10, 10, 5]);
    expect(e.gates).toHaveLength(5);
    expect(e.vendors.map((v) => v.vendorId)).toEqual(['v-talentlens', 'v-cvsense', 'v-summa']);
  });

  it('copies the criteria, so editing the evaluation does not touch the template', () => {
    const e = draftEvaluation();
    e.criteria[0].weight = 1;
    expect(DEFAULT_CRITERIA[0].weight).toBe(25);
  });

  it('refuses an evaluation with no vendors', () => {
    expect(createEvaluation({ clientId: 'c', title: 'Chatbot', vendorIds: [] }, T0)).toEqual({
      ok: false,
      reasons: [NO_VENDORS_MESSAGE],
    });
  });

  it('refuses the same vendor twice and a missing title', () => {
    const result = createEvaluation({ clientId: 'c', title: ' ', vendorIds: ['a', 'a'] }, T0, () => 'id');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reasons).toContain('Evaluation title is required');
      expect(result.reasons).toContain('Each vendor can be in an evaluation only once.');
    }
  });

  it('warns when a custom template does not total 100', () => {
    const template = { id: 't', criteria: [{ id: 'q', name: 'Quality', description: '', weight: 90 }] };
    const result = createEvaluation(
      { clientId: 'c', title: 'Chatbot', vendorIds: ['a'], template },
      T0,
      () => 'id',
    );
    expect(result.ok && result.warnings).toEqual(['Criteria weights must total 100. They now total 90.']);
  });
});

describe('setScore', () => {
  it.each([0, 6, 3.5, Number.NaN])('refuses a score of %s with a clear message', (score) => {
    expect(setScore(draftEvaluation(), 'v-cvsense', 'quality', { score, evidence: 'x' }, T1)).toEqual({
      ok: false,
      reasons: [SCORE_MESSAGE],
    });
  });

  it('says a score must be a whole number from 1 to 5', () => {
    expect(SCORE_MESSAGE).toBe('Score must be a whole number from 1 to 5');
  });

  it('saves a score without evidence as unverified, with a warning', () => {
    const result = setScore(draftEvaluation(), 'v-cvsense', 'quality', { score: 4 }, T1);
    expect(result.ok && result.warnings).toEqual(['Score saved as unverified: add an evidence note.']);
    if (result.ok) expect(result.evaluation.vendors[1].scores.quality).toEqual({ score: 4, evidence: '' });
  });

  it('clears a score when set to null without evidence', () => {
    const scored = unwrap(
      setScore(draftEvaluation(), 'v-cvsense', 'quality', { score: 4, evidence: 'trial' }, T1),
    );
    const cleared = unwrap(setScore(scored, 'v-cvsense', 'quality', { score: null }, T1));
    expect(cleared.vendors[1].scores).toEqual({});
  });

  it('does not mutate the original evaluation', () => {
    const original = draftEvaluation();
    unwrap(setScore(original, 'v-cvsense', 'quality', { score: 4, evidence: 'trial' }, T1));
    expect(original.vendors[1].scores).toEqual({});
  });

  it('refuses an unknown criterion or vendor', () => {
    expect(setScore(draftEvaluation(), 'v-cvsense', 'nope', { score: 3 }, T1)).toEqual({
      ok: false,
      reasons: ['This criterion is not part of the evaluation.'],
    });
    expect(setScore(draftEvaluation(), 'v-x', 'quality', { score: 3 }, T1)).toEqual({
      ok: false,
      reasons: ['This vendor is not part of the evaluation.'],
    });
  });
});

describe('gates and due diligence', () => {
  it('stores a confirmed gate result with its note', () => {
    const e = unwrap(
      setGateResult(
        draftEvaluation(),
        'v-summa',
        DEFAULT_GATE_IDS.dpa,
        { result: 'pass', note: 'DPA v3 received' },
        T1,
      ),
    );
    expect(e.vendors[2].gates[DEFAULT_GATE_IDS.dpa]).toEqual({ result: 'pass', note: 'DPA v3 received' });
    const bad = setGateResult(
      draftEvaluation(),
      'v-summa',
      DEFAULT_GATE_IDS.dpa,
      { result: 'maybe' as 'pass' },
      T1,
    );
    expect(bad).toEqual({ ok: false, reasons: ['Gate result must be pass, fail or unknown'] });
  });

  it('stores answers per vendor and removes blank unjudged ones', () => {
    let e = unwrap(
      setDdAnswer(
        draftEvaluation(),
        'v-cvsense',
        'dd-export',
        { answer: 'Full JSON export via API', satisfactory: true },
        T1,
      ),
    );
    expect(e.vendors[1].ddAnswers['dd-export']).toEqual({
      answer: 'Full JSON export via API',
      satisfactory: true,
    });
    e = unwrap(setDdAnswer(e, 'v-cvsense', 'dd-export', { answer: '  ' }, T1));
    expect(e.vendors[1].ddAnswers).toEqual({});
  });

  it('lets users add their own question, refusing duplicates and empty text', () => {
    const e = unwrap(
      addDdQuestion(
        draftEvaluation(),
        { topic: 'model-and-product', question: 'Does it handle Dutch and Polish CVs?' },
        T1,
        () => 'q-lang',
      ),
    );
    expect(e.ddQuestions.at(-1)).toEqual({
      id: 'q-lang',
      topic: 'model-and-product',
      question: 'Does it handle Dutch and Polish CVs?',
      builtIn: false,
    });
    expect(
      addDdQuestion(
        e,
        { topic: 'exit', question: ' does it handle dutch and  polish CVs? ' },
        T1,
        () => 'q2',
      ),
    ).toEqual({
      ok: false,
      reasons: ['This question is already in the evaluation.'],
    });
    expect(addDdQuestion(e, { topic: 'exit', question: '' }, T1, () => 'q3')).toEqual({
      ok: false,
      reasons: ['Question text is required'],
    });
  });

  it('removes a question together with the answers to it', () => {
    let e = unwrap(setDdAnswer(draftEvaluation(), 'v-cvsense', 'dd-export', { answer: 'Yes' }, T1));
    e = unwrap(removeDdQuestion(e, 'dd-export', T1));
    expect(e.ddQuestions.some((q) => q.id === 'dd-export')).toBe(false);
    expect(e.vendors[1].ddAnswers).toEqual({});
  });
});

describe('vendors and criteria', () => {
  it('adds a vendor once and never removes the last one', () => {
    let e = unwrap(addVendor(draftEvaluation(), 'v-new', T1));
    expect(e.vendors).toHaveLength(4);
    expect(addVendor(e, 'v-new', T1)).toEqual({
      ok: false,
      reasons: ['This vendor is already in the evaluation.'],
    });
    for (const id of ['v-new', 'v-talentlens', 'v-cvsense']) e = unwrap(removeVendor(e, id, T1));
    expect(removeVendor(e, 'v-summa', T1)).toEqual({ ok: false, reasons: [NO_VENDORS_MESSAGE] });
  });

  it('saves weights that do not total 100 with a warning, and drops scores of removed criteria', () => {
    let e = unwrap(
      setScore(draftEvaluation(), 'v-cvsense', 'compliance', { score: 5, evidence: 'AI Act pack' }, T1),
    );
    const result = updateCriteria(
      e,
      e.criteria.filter((c) => c.id !== 'compliance'),
      T1,
    );
    expect(result.ok && result.warnings).toEqual(['Criteria weights must total 100. They now total 95.']);
    e = unwrap(result);
    expect(e.vendors[1].scores).toEqual({});
  });

  it('refuses negative weights and duplicate criterion ids', () => {
    const e = draftEvaluation();
    expect(updateCriteria(e, [{ id: 'a', name: 'A', description: '', weight: -5 }], T1)).toEqual({
      ok: false,
      reasons: ['Weight cannot be negative'],
    });
    const dup = [
      { id: 'a', name: 'A', description: '', weight: 50 },
      { id: 'a', name: 'B', description: '', weight: 50 },
    ];
    expect(updateCriteria(e, dup, T1)).toEqual({ ok: false, reasons: ['Criterion ids must be unique.'] });
  });
});
