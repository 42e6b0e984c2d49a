import { describe, expect, it } from 'vitest';
import {
  dueDiligenceSummary,
  SCORING_FORMULAS,
  toPercent,
  vendorScore,
  type Criterion,
} from '../../../../src/domain/vendors';
import { scoredEvaluation } from './fixtures';

const criteria: Criterion[] = [
  { id: 'a', name: 'Quality', description: '', weight: 25 },
  { id: 'b', name: 'Security', description: '', weight: 15 },
  { id: 'c', name: 'Cost', description: '', weight: 60 },
];

describe('vendorScore', () => {
  it('computes the weighted average and percentage of the staffing case', () => {
    const evaluation = scoredEvaluation();
    const talentLens = vendorScore(evaluation.criteria, evaluation.vendors[0]);
    expect(talentLens.average).toBe(3.95);
    expect(talentLens.percent).toBe(73.8); // (3.95 - 1) / 4 = 73.75% -> 73.8
    const cvSense = vendorScore(evaluation.criteria, evaluation.vendors[1]);
    expect(cvSense.average).toBe(3.85);
    expect(cvSense.percent).toBe(71.3); // 71.25 rounds up, not down to 71.2
    expect(cvSense.complete).toBe(true);
    expect(cvSense.scoredWeight).toBe(100);
  });

  it('leaves missing scores out of the average instead of counting them as 0', () => {
    const score = vendorScore(criteria, { vendorId: 'v', scores: { a: { score: 5, evidence: 'trial' } } });
    expect(score.average).toBe(5);
    expect(score.percent).toBe(100);
    expect(score.scoredCount).toBe(1);
    expect(score.scoredWeight).toBe(25);
    expect(score.complete).toBe(false);
    expect(score.criteria.map((c) => c.status)).toEqual(['verified', 'not-scored', 'not-scored']);
  });

  it('treats a null score (evidence noted, no score yet) as not scored', () => {
    const score = vendorScore(criteria, {
      vendorId: 'v',
      scores: { a: { score: null, evidence: 'waiting for trial' }, b: { score: 2, evidence: 'pen test' } },
    });
    expect(score.average).toBe(2);
    expect(score.scoredCount).toBe(1);
  });

  it('rounds the average half up to two decimals and the percentage to one', () => {
    // (25 x 3 + 15 x 2) / 40 = 2.625 -> 2.63; (2.625 - 1) / 4 = 40.625% -> 40.6
    const score = vendorScore(criteria, {
      vendorId: 'v',
      scores: { a: { score: 3, evidence: 'x' }, b: { score: 2, evidence: 'y' } },
    });
    expect(score.averageExact).toBe(2.625);
    expect(score.average).toBe(2.63);
    expect(score.percent).toBe(40.6);
  });

  it('gives null totals when nothing is scored', () => {
    const score = vendorScore(criteria, { vendorId: 'v', scores: {} });
    expect(score).toMatchObject({
      average: null,
      averageExact: null,
      percent: null,
      scoredCount: 0,
      complete: false,
    });
  });

  it('counts scores without evidence as unverified', () => {
    const score = vendorScore(criteria, {
      vendorId: 'v',
      scores: {
        a: { score: 4, evidence: '   ' },
        b: { score: 4, evidence: '' },
        c: { score: 3, evidence: 'quote v2' },
      },
    });
    expect(score.unverifiedCount).toBe(2);
    expect(score.criteria[0].status).toBe('unverified');
  });

  it('gives weighted points that add up to the average when weights total 100', () => {
    const score = vendorScore(criteria, {
      vendorId: 'v',
      scores: {
        a: { score: 4, evidence: 'e' },
        b: { score: 2, evidence: 'e' },
        c: { score: 3, evidence: 'e' },
      },
    });
    const points = score.criteria.map((c) => c.weightedPoints ?? 0);
    expect(points).toEqual([1, 0.3, 1.8]);
    expect(score.average).toBe(3.1);
  });

  it('maps 1 to 0% and 5 to 100% and explains it', () => {
    expect(toPercent(1)).toBe(0);
    expect(toPercent(5)).toBe(100);
    expect(toPercent(3)).toBe(50);
    expect(SCORING_FORMULAS.percent).toContain('(weighted average - 1) / 4');
    expect(SCORING_FORMULAS.weightedAverage).toContain('not counted as 0');
  });
});

describe('dueDiligenceSummary', () => {
  const questions = [
    { id: 'q1', topic: 'exit' as const, question: 'Export?', builtIn: true },
    { id: 'q2', topic: 'commercial' as const, question: 'SLA?', builtIn: true },
    { id: 'q3', topic: 'commercial' as const, question: 'Price?', builtIn: false },
  ];

  it('counts open (unanswered or blank) and unsatisfactory answers', () => {
    const summary = dueDiligenceSummary(questions, {
      ddAnswers: {
        q1: { answer: 'CSV and JSON export', satisfactory: true },
        q2: { answer: '  ' },
        q3: { answer: '95% uptime', satisfactory: false },
      },
    });
    expect(summary).toEqual({ total: 3, answered: 2, open: 1, unsatisfactory: 1, openQuestionIds: ['q2'] });
  });
});
