import { describe, expect, it } from 'vitest';
import {
  computePriority,
  effortFromFeasibility,
  mapQuadrant,
  PRIORITY_FORMULA_EXPLANATION,
  quadrantForScores,
  rankUseCases,
  type Scores,
} from '../../../../src/domain/portfolio';
import { clientEmails, cvSummaries, jobPostings, makeKpi, makeUseCase, staffingKpis } from './fixtures';

const all = (n: number): Scores => ({ impact: n, reach: n, feasibility: n, dataReadiness: n, confidence: n });

function score(scores: Scores, tier: Parameters<typeof computePriority>[1]): number {
  const result = computePriority(scores, tier);
  if (!result.ok) throw new Error(result.message);
  return result.score;
}

describe('computePriority', () => {
  it('scores the three staffing pilots by the documented formula', () => {
    // Job postings: 4x4=16; 16x5x4x0.9 / 1.25 = 230.4; /625 x 100 = 36.9
    const postings = computePriority(jobPostings.scores, jobPostings.riskTier);
    expect(postings).toMatchObject({
      ok: true,
      value: 16,
      raw: 230.4,
      score: 37,
      riskPenalty: 1.25,
      dataReadinessFactor: 0.9,
    });
    // CV summaries: 5x3=15; 15x3x3x0.8 / 2 (high risk) = 54 -> 8.6
    expect(score(cvSummaries.scores, cvSummaries.riskTier)).toBe(9);
    // Client emails: 3x4=12; 12x4x3x0.9 / 1.25 = 103.68 -> 16.6
    expect(score(clientEmails.scores, clientEmails.riskTier)).toBe(17);
  });

  it('writes the calculation out for the UI', () => {
    const result = computePriority(jobPostings.scores, 'limited');
    expect(result.ok && result.calculation).toBe(
      'Value 4 x 4 = 16; 16 x 5 x 4 x 0.9 / 1.25 (limited risk (transparency)) = 230.4; 230.4 / 625 x 100 = 37',
    );
  });

  it('matches the examples given in the explanation text', () => {
    expect(score(all(5), 'minimal')).toBe(100);
    expect(score(all(3), 'minimal')).toBe(10);
    expect(score(all(4), 'minimal')).toBe(37);
    expect(PRIORITY_FORMULA_EXPLANATION).toContain('gets 10');
    expect(PRIORITY_FORMULA_EXPLANATION).toContain('gets 37');
  });

  it('lowers the score as the risk tier rises, with unclassified between limited and high', () => {
    const s = all(4);
    const [minimal, limited, unclassified, high] = (
      ['minimal', 'limited', 'unclassified', 'high'] as const
    ).map((t) => score(s, t));
    expect(minimal).toBeGreaterThan(limited);
    expect(limited).toBeGreaterThan(unclassified);
    expect(unclassified).toBeGreaterThan(high);
    expect(high).toBe(18); // 230.4 / 2 = 115.2 -> 18.4
  });

  it('gives the lowest scores a small but non-negative value', () => {
    expect(score(all(1), 'high')).toBe(0);
    const r = computePriority(all(1), 'high');
    expect(r.ok && r.exactScore).toBeCloseTo(0.048, 3);
  });

  it('gives no score to a prohibited use case', () => {
    expect(computePriority(all(5), 'prohibited')).toMatchObject({ ok: false, reason: 'prohibited' });
  });

  it('names the scores that are missing or out of range', () => {
    const result = computePriority({ ...all(3), reach: null, confidence: 7 }, 'minimal');
    expect(result).toMatchObject({ ok: false, reason: 'missing-scores', missing: ['reach', 'confidence'] });
    expect(!result.ok && result.message).toBe('Score reach, confidence (1 to 5) to get a priority.');
  });
});

describe('quadrants', () => {
  it('derives effort from feasibility', () => {
    expect(effortFromFeasibility(5)).toBe(1);
    expect(effortFromFeasibility(1)).toBe(5);
    expect(effortFromFeasibility(3)).toBe(3);
  });

  it('places the four corners', () => {
    expect(mapQuadrant(5, 1)).toBe('quick-win');
    expect(mapQuadrant(5, 5)).toBe('strategic-bet');
    expect(mapQuadrant(1, 1)).toBe('fill-in');
    expect(mapQuadrant(1, 5)).toBe('time-sink');
  });

  it('counts the middle (3) as high on both axes', () => {
    expect(mapQuadrant(3, 2)).toBe('quick-win');
    expect(mapQuadrant(3, 3)).toBe('strategic-bet');
    expect(mapQuadrant(2, 3)).toBe('time-sink');
    expect(mapQuadrant(2, 2)).toBe('fill-in');
  });

  it('classifies use cases from their scores', () => {
    expect(quadrantForScores(jobPostings.scores)).toBe('quick-win'); // impact 4, feasibility 5 -> effort 1
    expect(quadrantForScores(cvSummaries.scores)).toBe('strategic-bet'); // impact 5, feasibility 3 -> effort 3
    expect(quadrantForScores({ ...all(3), impact: null })).toBeNull();
  });
});

describe('rankUseCases', () => {
  it('ranks by priority when no hard filter applies', () => {
    const ranked = rankUseCases([cvSummaries, clientEmails, jobPostings], staffingKpis);
    expect(ranked.map((r) => [r.rank, r.useCase.id])).toEqual([
      [1, 'uc-postings'],
      [2, 'uc-emails'],
      [3, 'uc-cv'],
    ]);
  });

  it('puts parked (no owner) and stopped (prohibited) use cases below the rest, whatever their score', () => {
    const excellent = all(5);
    const kpiFor = (id: string) => makeKpi({ id: `k-${id}`, useCaseId: id });
    const noOwner = makeUseCase({
      id: 'a',
      title: 'Great but ownerless',
      scores: excellent,
      businessOwner: '  ',
    });
    const prohibited = makeUseCase({
      id: 'b',
      title: 'Emotion recognition at work',
      scores: excellent,
      riskTier: 'prohibited',
    });
    const modest = makeUseCase({ id: 'c', title: 'Modest', scores: all(2) });
    const noKpi = makeUseCase({ id: 'd', title: 'No KPI yet', scores: all(3) });
    const unscored = makeUseCase({ id: 'e', title: 'Unscored', scores: { ...all(3), impact: null } });
    const ranked = rankUseCases(
      [noOwner, prohibited, modest, noKpi, unscored],
      ['a', 'b', 'c', 'e'].map(kpiFor),
    );
    expect(ranked.map((r) => r.useCase.id)).toEqual(['d', 'c', 'e', 'a', 'b']);
    expect(ranked[0].filters.map((f) => f.id)).toEqual(['no-measurable-kpi']);
    expect(ranked[3].filters.map((f) => f.effect)).toEqual(['park']);
    expect(ranked[4].filters.map((f) => f.effect)).toEqual(['stop']);
  });

  it('breaks ties by value, then title', () => {
    // Same raw priority: 4x1 x 5x5 vs 2x2 x 5x5; same value 4 -> by title.
    const a = makeUseCase({
      id: 'a',
      title: 'Beta',
      scores: { impact: 4, reach: 1, feasibility: 5, confidence: 5, dataReadiness: 5 },
    });
    const b = makeUseCase({
      id: 'b',
      title: 'Alpha',
      scores: { impact: 2, reach: 2, feasibility: 5, confidence: 5, dataReadiness: 5 },
    });
    const c = makeUseCase({
      id: 'c',
      title: 'Gamma',
      scores: { impact: 2, reach: 5, feasibility: 2, confidence: 5, dataReadiness: 5 },
    });
    // c: value 10 x 2 x 5 = 100 = a and b (4 x 5 x 5); c has the higher value.
    expect(rankUseCases([a, b, c], []).map((r) => r.useCase.title)).toEqual(['Gamma', 'Alpha', 'Beta']);
  });
});
