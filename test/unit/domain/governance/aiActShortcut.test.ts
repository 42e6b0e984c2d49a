import { describe, expect, it } from 'vitest';
import {
  classifyAiAct,
  createStoredClassification,
  missingAnswers,
  viewClassification,
  type AiActAnswers,
} from '../../../../src/domain/governance';
import { TODAY } from './aiActFixtures';

/** A workplace camera that also infers stress and anger: Art. 5(1)(f) on the first step, nothing else answered. */
const MOOD_CAMERA: AiActAnswers = {
  'art5.a': false,
  'art5.b': false,
  'art5.c': false,
  'art5.d': false,
  'art5.e': false,
  'art5.f': true,
};

describe('a shorter wizard once a prohibited practice is found', () => {
  it('before the finding every shown question is required; after it none is missing', () => {
    expect(missingAnswers({ 'art5.a': false }).length).toBeGreaterThan(20);
    expect(missingAnswers(MOOD_CAMERA)).toEqual([]);
  });

  it('the result is prohibited, lists the rest as not needed and says so', () => {
    const result = classifyAiAct(MOOD_CAMERA, TODAY);
    expect(result).toMatchObject({ tier: 'prohibited', answersComplete: true });
    expect(result.notNeeded).toEqual(
      expect.arrayContaining(['art5.g', 'art5.h', 'annex3.4b', 'art50.1', 'role', 'gpai.buildsOn']),
    );
    expect(result.reasons.map((r) => r.ruleId)).toEqual(['art5.f', 'art5.notNeeded']);
    expect(result.reasons[1].text).toMatch(
      /^A prohibited practice was found: the other \d+ questions are not needed and saved as not needed/,
    );
    expect(result.obligations.map((o) => o.id)).toEqual(['art5.stop']);
  });

  it('saves with the remaining steps unanswered, and the saved classification still says they were not needed', () => {
    const saved = createStoredClassification(MOOD_CAMERA, TODAY);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value).toMatchObject({ tier: 'prohibited', answers: MOOD_CAMERA });
    expect(viewClassification(saved.value, TODAY).result.notNeeded).toEqual(
      classifyAiAct(MOOD_CAMERA, TODAY).notNeeded,
    );
  });

  it('without a prohibited finding nothing is "not needed"', () => {
    expect(classifyAiAct({ 'art5.a': false }, TODAY).notNeeded).toEqual([]);
  });
});
