import { describe, expect, it } from 'vitest';
import {
  applyOverride,
  classifyAiAct,
  createStoredClassification,
  overrideClassification,
  overrideFloor,
} from '../../../../src/domain/governance';
import { CV_SUMMARIES, TODAY, answersWith } from './aiActFixtures';

const original = classifyAiAct(CV_SUMMARIES, TODAY);

describe('applyOverride', () => {
  it('applies a justified override and keeps the original result visible', () => {
    const justification = 'A recruiter reads every full CV; the summary only lists the dates of past jobs.';
    const result = applyOverride(original, { tier: 'limited', justification, decidedBy: 'CAIO' });
    expect(result).toEqual({
      ok: true,
      value: {
        effectiveTier: 'limited',
        original,
        override: { tier: 'limited', justification, decidedBy: 'CAIO' },
      },
    });
    if (result.ok) expect(result.value.original.tier).toBe('high');
  });

  it('refuses an empty justification with a clear message', () => {
    const result = applyOverride(original, { tier: 'minimal', justification: '' });
    expect(result).toEqual({ ok: false, reasons: [expect.stringContaining('at least 20 characters')] });
  });

  it('refuses a justification shorter than 20 characters, not counting surrounding spaces', () => {
    expect(applyOverride(original, { tier: 'minimal', justification: '   not high risk     ' }).ok).toBe(
      false,
    );
    expect(applyOverride(original, { tier: 'minimal', justification: '12345678901234567890' }).ok).toBe(true);
  });

  it('refuses an unknown tier', () => {
    const result = applyOverride(original, {
      tier: 'medium' as never,
      justification: 'Twenty or more characters here.',
    });
    expect(result).toEqual({ ok: false, reasons: [expect.stringContaining('Choose the tier')] });
  });

  it('refuses an override to the tier the classification already has', () => {
    const result = applyOverride(original, {
      tier: 'high',
      justification: 'Confirming the high-risk outcome.',
    });
    expect(result).toEqual({ ok: false, reasons: [expect.stringContaining('no override needed')] });
  });
});

describe('the override guard: a tier the rules exclude needs an acknowledgement naming the article', () => {
  const justification = 'Legal counsel found the add-on only sorts, never ranks or rejects.';

  it('an Annex III system that profiles people cannot go below high without acknowledging Art. 6(3), third subparagraph', () => {
    expect(overrideFloor(original, CV_SUMMARIES)).toMatchObject({
      tier: 'high',
      article: 'Art. 6(3), third subparagraph',
    });
    for (const tier of ['limited', 'minimal'] as const) {
      const refused = applyOverride(original, { tier, justification }, CV_SUMMARIES);
      expect(refused).toEqual({
        ok: false,
        reasons: [
          expect.stringMatching(
            /always high-risk.*tick the acknowledgement naming Art\. 6\(3\), third subparagraph/,
          ),
        ],
      });
      expect(
        applyOverride(original, { tier, justification, acknowledgedArticle: 'Art. 5(1)(f)' }, CV_SUMMARIES)
          .ok,
      ).toBe(false);
      const applied = applyOverride(
        original,
        { tier, justification, acknowledgedArticle: 'Art. 6(3), third subparagraph' },
        CV_SUMMARIES,
      );
      expect(applied.ok && applied.value.override).toMatchObject({
        tier,
        acknowledgedArticle: 'Art. 6(3), third subparagraph',
      });
    }
  });

  it('upwards, no acknowledgement is needed: an override to prohibited is always allowed', () => {
    const up = applyOverride(original, { tier: 'prohibited', justification }, CV_SUMMARIES);
    expect(up.ok && up.value.override.acknowledgedArticle).toBeUndefined();
  });

  it('a prohibited practice cannot go below prohibited without acknowledging the Art. 5 point found', () => {
    const answers = answersWith({ 'art5.f': true });
    const prohibited = classifyAiAct(answers, TODAY);
    expect(overrideFloor(prohibited, answers)).toMatchObject({ tier: 'prohibited', article: 'Art. 5(1)(f)' });
    expect(applyOverride(prohibited, { tier: 'high', justification }, answers)).toEqual({
      ok: false,
      reasons: [expect.stringContaining('Art. 5(1)(f) prohibits this practice outright')],
    });
    expect(
      applyOverride(prohibited, { tier: 'high', justification, acknowledgedArticle: 'Art. 5(1)(f)' }, answers)
        .ok,
    ).toBe(true);
  });

  it('without a rule that imposes a tier, a justification is enough', () => {
    const answers = answersWith({ 'annex3.4a': true, 'art6_3.profiling': false });
    const high = classifyAiAct(answers, TODAY);
    expect(overrideFloor(high, answers)).toBeNull();
    expect(applyOverride(high, { tier: 'minimal', justification }, answers).ok).toBe(true);
  });

  it('the stored override keeps the acknowledgement; refused without it', () => {
    const stored = createStoredClassification(CV_SUMMARIES, TODAY);
    if (!stored.ok) throw new Error('fixture');
    expect(
      overrideClassification(stored.value, { tier: 'minimal', justification }, '2026-11-26T10:00:00Z').ok,
    ).toBe(false);
    const done = overrideClassification(
      stored.value,
      { tier: 'minimal', justification, acknowledgedArticle: 'Art. 6(3), third subparagraph' },
      '2026-11-26T10:00:00Z',
    );
    expect(done.ok && done.value.override).toMatchObject({
      tier: 'minimal',
      acknowledgedArticle: 'Art. 6(3), third subparagraph',
    });
  });
});
