import { describe, expect, it } from 'vitest';
import {
  charterProblems,
  emptyCharter,
  isCharterComplete,
  newUseCase,
  pilotCharterSchema,
  validateUseCase,
} from '../../../../src/domain/portfolio';
import { completeCharter, CLIENT, makeUseCase, NOW, staffingUseCases } from './fixtures';

describe('useCaseSchema', () => {
  it('accepts the demo use cases and a new idea', () => {
    for (const u of staffingUseCases) expect(validateUseCase(u)).toMatchObject({ ok: true });
    const idea = newUseCase({
      id: 'uc-1',
      clientId: CLIENT,
      title: 'Chatbot for candidates',
      now: NOW,
      date: '2026-03-20',
      workshopIdeaId: 'wi-7',
    });
    expect(validateUseCase(idea)).toMatchObject({ ok: true });
    expect(idea).toMatchObject({
      stage: 'idea',
      riskTier: 'unclassified',
      workshopIdeaId: 'wi-7',
      stageHistory: [{ stage: 'idea', date: '2026-03-20' }],
    });
  });

  it('refuses scores outside 1-5 or not whole, with the score named', () => {
    const cases: [string, number, string][] = [
      ['impact', 0, 'Impact must be a whole number from 1 to 5'],
      ['reach', 6, 'Reach must be a whole number from 1 to 5'],
      ['feasibility', 2.5, 'Feasibility must be a whole number from 1 to 5'],
      ['dataReadiness', -1, 'Data readiness must be a whole number from 1 to 5'],
    ];
    for (const [key, value, message] of cases) {
      const useCase = makeUseCase();
      const result = validateUseCase({ ...useCase, scores: { ...useCase.scores, [key]: value } });
      expect(!result.ok && result.errors).toEqual([{ field: `scores.${key}`, message }]);
    }
    const text = validateUseCase({
      ...makeUseCase(),
      scores: { ...makeUseCase().scores, confidence: 'high' },
    });
    expect(!text.ok && text.errors[0].message).toBe('Confidence must be a whole number from 1 to 5');
  });

  it('requires a title and a known risk tier', () => {
    const result = validateUseCase({ ...makeUseCase(), title: '  ', riskTier: 'medium' });
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual([
      'Title is required',
      'Risk tier must be prohibited, high, limited, minimal or unclassified',
    ]);
  });

  it('refuses a stage that does not match the history', () => {
    const result = validateUseCase({ ...makeUseCase(), stage: 'pilot' });
    expect(!result.ok && result.errors[0].message).toBe(
      'The current stage (Pilot) does not match the last stage history entry (Idea)',
    );
  });

  it('refuses an override without a reason', () => {
    const result = validateUseCase({ ...makeUseCase(), pilotLimitOverride: { reason: ' ', at: NOW } });
    expect(!result.ok && result.errors[0]).toEqual({
      field: 'pilotLimitOverride.reason',
      message: 'An override of the pilot limit needs a reason',
    });
  });
});

describe('pilot charter', () => {
  it('refuses an end date before (or on) the start date', () => {
    for (const [end, shown] of [
      ['2026-01-01', '1 Jan 2026'],
      ['2026-01-12', '12 Jan 2026'],
    ]) {
      const result = pilotCharterSchema.safeParse(
        completeCharter({ startDate: '2026-01-12', plannedEndDate: end }),
      );
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toBe(
        `The planned end date (${shown}) must be after the start date (12 Jan 2026)`,
      );
    }
  });

  it('refuses a negative or non-numeric budget', () => {
    const negative = pilotCharterSchema.safeParse(completeCharter({ budgetPlanned: -5 }));
    expect(negative.error?.issues[0].message).toBe('Planned budget cannot be negative');
    const text = pilotCharterSchema.safeParse({ ...completeCharter(), budgetActual: 'a lot' });
    expect(text.error?.issues[0].message).toBe('Actual budget must be a number (EUR)');
  });

  it('lists everything missing from an empty charter, in charter order', () => {
    expect(charterProblems(emptyCharter(), 0)).toEqual([
      'Hypothesis',
      'Scope and users',
      'Start date',
      'Planned end date',
      'Data rules (what data may go in)',
      'Human-oversight rule',
      'Stop conditions',
      'Planned budget',
      'Linked vendor/tool',
      'Linked AI system entry',
    ]);
  });

  it('is complete without an actual budget, and with a planned budget of 0', () => {
    expect(isCharterComplete(completeCharter({ budgetActual: null, budgetPlanned: 0 }), 1)).toBe(true);
    expect(charterProblems(completeCharter({ stopConditions: '   ' }), 1)).toEqual(['Stop conditions']);
  });

  it('accepts the vendor/tool by name; the AI system entry only as a linked entry of the inventory, never as text', () => {
    const named = completeCharter({
      vendorEvaluationId: null,
      aiSystemId: null,
      vendorToolName: 'Microsoft 365 Copilot',
      aiSystemName: 'Copilot (inventory #4)',
    });
    expect(isCharterComplete(named, 1)).toBe(true);
    expect(charterProblems(named, 0)).toEqual(['Linked AI system entry']);
    expect(pilotCharterSchema.safeParse(named).success).toBe(true);
    const blankNames = completeCharter({
      vendorEvaluationId: null,
      aiSystemId: null,
      vendorToolName: '  ',
      aiSystemName: '',
    });
    expect(charterProblems(blankNames, 0)).toEqual(['Linked vendor/tool', 'Linked AI system entry']);
    // Charters stored before the name fields existed still validate.
    const { vendorToolName: _v, aiSystemName: _a, ...legacy } = completeCharter();
    expect(pilotCharterSchema.safeParse(legacy).success).toBe(true);
  });
});
