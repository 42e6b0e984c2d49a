import { describe, expect, it } from 'vitest';
import {
  aiActAnswersSchema,
  isAiActAnswersComplete,
  missingAnswers,
  relevantAnswers,
} from '../../../../src/domain/governance';
import { answersWith, CV_SUMMARIES } from './aiActFixtures';

describe('aiActAnswersSchema', () => {
  it('accepts an empty (not started) wizard', () => {
    expect(aiActAnswersSchema.safeParse({}).success).toBe(true);
  });

  it('accepts a half-done wizard', () => {
    expect(
      aiActAnswersSchema.safeParse({ 'art5.a': false, 'annex3.4a': true, role: 'deployer' }).success,
    ).toBe(true);
  });

  it('explains a wrong answer in plain words', () => {
    const wrongYesNo = aiActAnswersSchema.safeParse({ 'art5.a': 'yes' });
    expect(wrongYesNo.success).toBe(false);
    expect(wrongYesNo.error?.issues[0].message).toBe('Answer yes or no');
    const wrongRole = aiActAnswersSchema.safeParse({ role: 'owner' });
    expect(wrongRole.error?.issues[0].message).toBe('Choose provider, deployer or both');
  });
});

describe('missingAnswers / isAiActAnswersComplete', () => {
  it('lists the always-asked questions of an empty wizard, in order, without the follow-ups', () => {
    const missing = missingAnswers({});
    expect(missing[0]).toBe('art5.a');
    expect(missing.at(-1)).toBe('gpai.buildsOn');
    expect(missing).toHaveLength(10 + 1 + 9 + 4 + 1 + 1);
    expect(
      missing.some(
        (id) =>
          id.startsWith('art6_3.') || id.startsWith('art27.') || id === 'role.art25' || id === 'gpai.model',
      ),
    ).toBe(false);
  });

  it('asks the Art. 6(3), Art. 25 and FRIA follow-ups once an Annex III area applies', () => {
    const missing = missingAnswers({ 'annex3.4a': true, role: 'deployer' });
    expect(missing).toEqual(
      expect.arrayContaining([
        'art6_3.a',
        'art6_3.b',
        'art6_3.c',
        'art6_3.d',
        'art6_3.noSignificantRisk',
        'art6_3.profiling',
        'role.art25',
        'art27.publicService',
        'art27.creditOrInsurance',
      ]),
    );
    expect(missing).not.toContain('art6_3.reasoning');
  });

  it('requires the reasoning once an exception is claimed; blank text does not count', () => {
    const claimed = answersWith({ 'annex3.4a': true, 'art6_3.d': true, 'art6_3.reasoning': '   ' });
    expect(missingAnswers(claimed)).toEqual(['art6_3.reasoning']);
    expect(isAiActAnswersComplete(claimed)).toBe(false);
  });

  it('requires model and provider once the use case builds on a GPAI model', () => {
    expect(missingAnswers(answersWith({ 'gpai.buildsOn': true }))).toEqual(['gpai.model', 'gpai.provider']);
  });

  it('a fully answered wizard is complete', () => {
    expect(isAiActAnswersComplete(answersWith())).toBe(true);
    expect(isAiActAnswersComplete(CV_SUMMARIES)).toBe(true);
  });
});

describe('relevantAnswers', () => {
  it('drops answers to questions that are no longer asked', () => {
    const relevant = relevantAnswers({
      'annex3.4a': false,
      'art6_3.a': true,
      'art6_3.reasoning': 'old',
      role: 'deployer',
      'role.art25': true,
    });
    expect(relevant).toEqual({ 'annex3.4a': false, role: 'deployer' });
  });
});
