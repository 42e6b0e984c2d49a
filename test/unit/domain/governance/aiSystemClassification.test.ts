import { describe, expect, it } from 'vitest';
import {
  AI_ACT_TIERS,
  EU_AI_ACT_RULE_PACK,
  classifyAiAct,
  createStoredClassification,
  effectiveTier,
  obligationsForTier,
  openObligationDates,
  overrideClassification,
  removeOverride,
  viewClassification,
} from '../../../../src/domain/governance';
import { CLIENT_EMAILS, CV_SUMMARIES, JOB_POSTINGS, TODAY, answersWith } from './aiActFixtures';

const stored = (answers = CV_SUMMARIES) => {
  const outcome = createStoredClassification(answers, TODAY);
  if (!outcome.ok) throw new Error(outcome.reasons.join());
  return outcome.value;
};

describe('storing a classification', () => {
  it('keeps the answers, the rule-pack version and the tier', () => {
    const value = stored();
    expect(value).toMatchObject({
      rulePackId: 'eu-ai-act',
      rulePackVersion: EU_AI_ACT_RULE_PACK.version,
      classifiedOn: TODAY,
      tier: 'high',
      override: null,
    });
    expect(value.answers['annex3.4a']).toBe(true);
  });

  it('is refused while questions are open', () => {
    const outcome = createStoredClassification({ 'art5.a': false }, TODAY);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reasons[0]).toMatch(
      /^Answer every question before saving: \d+ questions are still open \(first: Art\. 5\(1\)\(b\)\)\.$/,
    );
  });

  it('drops answers of questions the final path does not ask', () => {
    const answers = answersWith({ 'art6_3.a': true, 'art6_3.reasoning': 'left over' });
    expect(stored(answers).answers).not.toHaveProperty('art6_3.a');
  });

  it('the staffing firm: CV summaries high with the profiling reason, emails limited, job ads minimal', () => {
    const cv = viewClassification(stored(CV_SUMMARIES), TODAY);
    expect(cv.effectiveTier).toBe('high');
    expect(cv.result.reasons.map((r) => r.article)).toContain('Art. 6(3), third subparagraph');
    expect(cv.obligations.find((o) => o.id === 'art26.oversight')).toMatchObject({
      appliesFrom: '2027-12-02',
      inForce: false,
    });
    expect(stored(CLIENT_EMAILS).tier).toBe('limited');
    expect(stored(JOB_POSTINGS).tier).toBe('minimal');
  });
});

describe('overriding a classification', () => {
  it('needs a written justification; the original result stays', () => {
    const value = stored(CLIENT_EMAILS);
    const refused = overrideClassification(
      value,
      { tier: 'minimal', justification: '' },
      '2026-11-26T10:00:00Z',
    );
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reasons[0]).toContain(
      'Explain why you override the classification in at least 20 characters',
    );
    const done = overrideClassification(
      value,
      { tier: 'minimal', justification: 'A human approves and sends every reply under their own name.' },
      '2026-11-26T10:00:00Z',
    );
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.value.tier).toBe('limited');
    expect(effectiveTier(done.value)).toBe('minimal');
    const view = viewClassification(done.value, TODAY);
    expect(view.result.tier).toBe('limited');
    expect(view.obligations.map((o) => o.id)).toEqual(['art4.literacy']);
    expect(effectiveTier(removeOverride(done.value))).toBe('limited');
  });

  it('refuses an override to the same tier', () => {
    const outcome = overrideClassification(
      stored(CLIENT_EMAILS),
      { tier: 'limited', justification: 'Same tier but with a long justification.' },
      'x',
    );
    expect(!outcome.ok && outcome.reasons[0]).toContain('no override needed');
  });
});

describe('obligationsForTier', () => {
  it.each([
    CV_SUMMARIES,
    JOB_POSTINGS,
    CLIENT_EMAILS,
    answersWith({ 'art5.f': true }),
    answersWith({ 'art6_1.annex1': true, role: 'provider' }),
  ])('gives the same obligations as classifyAiAct for the computed tier (%#)', (answers) => {
    const result = classifyAiAct(answers, TODAY);
    expect(obligationsForTier(result, result.tier, answers)).toEqual(result.obligations);
  });

  it('lists the stop obligation when overriding to prohibited, and high-risk duties when overriding up to high', () => {
    const result = classifyAiAct(JOB_POSTINGS, TODAY);
    expect(obligationsForTier(result, 'prohibited', JOB_POSTINGS).map((o) => o.id)).toEqual(['art5.stop']);
    const high = obligationsForTier(result, 'high', JOB_POSTINGS);
    expect(high.filter((o) => o.id.startsWith('art26.'))).toHaveLength(9);
    expect(high.every((o) => o.id === 'art4.literacy' || o.appliesFrom === '2027-12-02')).toBe(true);
  });

  it('every tier can be shown', () => {
    const result = classifyAiAct(CV_SUMMARIES, TODAY);
    for (const tier of AI_ACT_TIERS)
      expect(obligationsForTier(result, tier, CV_SUMMARIES).length).toBeGreaterThan(0);
  });
});

describe('openObligationDates', () => {
  it('lists the dates of obligations not marked as met', () => {
    const value = stored(CV_SUMMARIES);
    expect(openObligationDates(value, [], TODAY)).toEqual(['2025-02-02', '2027-12-02']);
    expect(openObligationDates(value, ['art4.literacy'], TODAY)).toEqual(['2027-12-02']);
    expect(openObligationDates(null, [], TODAY)).toEqual([]);
  });
});

describe('a classification made with the previous rule pack (2026.11) stays readable', () => {
  it('re-reads its answers with the current pack, says so, and keeps old ticks of a deployer check', () => {
    const stored = createStoredClassification(CLIENT_EMAILS, TODAY);
    if (!stored.ok) throw new Error('fixture');
    const old = { ...stored.value, rulePackVersion: '2026.11' };
    const view = viewClassification(old, TODAY);
    expect(view).toMatchObject({ classifiedWithOtherPack: true, effectiveTier: 'limited' });
    // 2026.11 listed "art50.1.deployer" as the deployer's own duty; the id now names its provider check.
    expect(view.obligations.find((o) => o.id === 'art50.1.deployer')).toMatchObject({
      duty: 'providerCheck',
    });
    expect(
      EU_AI_ACT_RULE_PACK.changeLog
        .filter((entry) => entry.version > old.rulePackVersion)
        .map((e) => e.version),
    ).toEqual(['2026.12']);
  });
});
