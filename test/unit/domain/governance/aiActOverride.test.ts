import { describe, expect, it } from 'vitest';
import { applyOverride, classifyAiAct } from '../../../../src/domain/governance';
import { CV_SUMMARIES, TODAY } from './aiActFixtures';

const original = classifyAiAct(CV_SUMMARIES, TODAY);

describe('applyOverride', () => {
  it('applies a justified override and keeps the original result visible', () => {
    const justification = 'A recruiter reads every full CV; the summary only lists the dates of past jobs.';
    const result = applyOverride(original, { tier: 'limited', justification, decidedBy: 'CAIO' });
    expect(result).toEqual({
      ok: true,
      value: { effectiveTier: 'limited', original, override: { tier: 'limited', justification, decidedBy: 'CAIO' } },
    });
    if (result.ok) expect(result.value.original.tier).toBe('high');
  });

  it('refuses an empty justification with a clear message', () => {
    const result = applyOverride(original, { tier: 'minimal', justification: '' });
    expect(result).toEqual({ ok: false, reasons: [expect.stringContaining('at least 20 characters')] });
  });

  it('refuses a justification shorter than 20 characters, not counting surrounding spaces', () => {
    expect(applyOverride(original, { tier: 'minimal', justification: '   not high risk     ' }).ok).toBe(false);
    expect(applyOverride(original, { tier: 'minimal', justification: '12345678901234567890' }).ok).toBe(true);
  });

  it('refuses an unknown tier', () => {
    const result = applyOverride(original, { tier: 'medium' as never, justification: 'Twenty or more characters here.' });
    expect(result).toEqual({ ok: false, reasons: [expect.stringContaining('Choose the tier')] });
  });

  it('refuses an override to the tier the classification already has', () => {
    const result = applyOverride(original, { tier: 'high', justification: 'Confirming the high-risk outcome.' });
    expect(result).toEqual({ ok: false, reasons: [expect.stringContaining('no override needed')] });
  });
});
