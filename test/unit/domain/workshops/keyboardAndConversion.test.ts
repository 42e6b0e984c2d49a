import { describe, expect, it } from 'vitest';
import { validateUseCase } from '../../../../src/domain/portfolio';
import {
  facilitationKey,
  feasibilityFromEffort,
  isUntouchedConversion,
  useCaseFromIdea,
  type PendingScore,
} from '../../../../src/domain/workshops';
import { NOW, idea, workshop } from './fixtures';

/** Plays a sequence of keys and returns the actions. */
function play(keys: string[], start: PendingScore = null) {
  let pending = start;
  return keys.map((key) => {
    const result = facilitationKey({ key, shiftKey: key.length === 1 && key !== key.toLowerCase() }, pending);
    pending = result.pending;
    return { ...result.action, pending };
  });
}

describe('facilitation keys', () => {
  it('two digits score impact then effort and move on to the next idea', () => {
    expect(play(['4', '2'])).toEqual([
      { type: 'score', key: 'impact', value: 4, advance: false, pending: 'effort-after-impact' },
      { type: 'score', key: 'effort', value: 2, advance: true, pending: null },
    ]);
  });

  it('I or E then a digit scores just that axis', () => {
    expect(play(['i', '5', 'E', '1'])).toEqual([
      { type: 'await-score', key: 'impact', pending: 'impact' },
      { type: 'score', key: 'impact', value: 5, advance: false, pending: null },
      { type: 'await-score', key: 'effort', pending: 'effort' },
      { type: 'score', key: 'effort', value: 1, advance: false, pending: null },
    ]);
  });

  it('refuses 0 and 6-9 and keeps waiting; Esc cancels a pending score, then leaves', () => {
    expect(play(['i', '7', 'Escape', 'Escape']).map((a) => [a.type, a.pending])).toEqual([
      ['await-score', 'impact'],
      ['invalid-score', 'impact'],
      ['cancel', null],
      ['leave', null],
    ]);
  });

  it('maps the room controls', () => {
    expect(
      play([
        'n',
        'ArrowDown',
        'ArrowUp',
        'u',
        'p',
        'd',
        'o',
        'v',
        'V',
        ' ',
        '+',
        'r',
        'ArrowRight',
        'ArrowLeft',
        'a',
        'f',
        't',
        'Enter',
        'Delete',
        'Home',
        'End',
        'h',
      ]).map((a) => a.type),
    ).toEqual([
      'focus-capture',
      'select',
      'select',
      'outcome',
      'outcome',
      'outcome',
      'outcome',
      'vote',
      'vote',
      'timer-toggle',
      'timer-extend',
      'timer-reset',
      'agenda',
      'agenda',
      'open-audience',
      'toggle-fullscreen',
      'focus-theme',
      'edit-selected',
      'delete-selected',
      'select-edge',
      'select-edge',
      'toggle-legend',
    ]);
    expect(facilitationKey({ key: 'V', shiftKey: true }, null).action).toEqual({ type: 'vote', delta: -1 });
    expect(facilitationKey({ key: 'u' }, null).action).toEqual({ type: 'outcome', outcome: 'use-case' });
  });

  it('leaves keys with Ctrl, Cmd or Alt to the browser and keeps a pending score on unknown keys', () => {
    expect(facilitationKey({ key: 'p', ctrlKey: true }, 'impact')).toEqual({
      action: { type: 'none' },
      pending: 'impact',
    });
    expect(facilitationKey({ key: 'Shift' }, 'impact')).toEqual({
      action: { type: 'none' },
      pending: 'impact',
    });
    expect(facilitationKey({ key: 'u' }, 'effort-after-impact').pending).toBeNull();
  });
});

describe('converting an idea', () => {
  const source = idea(7, {
    title: 'Draft client emails',
    description: 'Standard replies take hours.',
    process: 'Client service',
    proposer: 'Fatima',
    impact: 4,
    effort: 2,
  });

  it('creates a valid use case in stage idea, linked to the idea, with impact and feasibility from the scores', () => {
    const uc = useCaseFromIdea({
      idea: source,
      workshop: workshop({ title: 'AI ideation' }),
      useCaseId: 'uc-1',
      now: NOW,
      today: '2026-03-12',
    });
    expect(validateUseCase(uc).ok).toBe(true);
    expect(uc).toMatchObject({
      id: 'uc-1',
      clientId: 'client-1',
      title: 'Draft client emails',
      process: 'Client service',
      stage: 'idea',
      workshopIdeaId: 'idea-7',
      scores: { impact: 4, feasibility: 4, reach: null, dataReadiness: null, confidence: null },
      stageHistory: [{ stage: 'idea', date: '2026-03-10', note: 'Converted from workshop idea #7' }],
    });
    expect(uc.problemStatement).toBe(
      'Standard replies take hours.\n\nFrom the workshop “AI ideation” (10 Mar 2026), proposed by Fatima.',
    );
  });

  it('never dates the use case after today and copes with unscored ideas', () => {
    const uc = useCaseFromIdea({
      idea: idea(1),
      workshop: workshop({ date: '2026-09-01' }),
      useCaseId: 'uc-2',
      now: NOW,
      today: '2026-03-12',
    });
    expect(uc.stageHistory[0].date).toBe('2026-03-12');
    expect(uc.scores.impact).toBeNull();
    expect(uc.scores.feasibility).toBeNull();
    expect(feasibilityFromEffort(5)).toBe(1);
  });

  it('a conversion counts as untouched only while the use case is unedited and still an idea', () => {
    const uc = useCaseFromIdea({
      idea: source,
      workshop: workshop(),
      useCaseId: 'uc-1',
      now: NOW,
      today: '2026-03-12',
    });
    expect(isUntouchedConversion(uc, 'idea-7')).toBe(true);
    expect(isUntouchedConversion({ ...uc, updatedAt: '2026-03-11T10:00:00.000Z' }, 'idea-7')).toBe(false);
    expect(isUntouchedConversion({ ...uc, stage: 'assessment' }, 'idea-7')).toBe(false);
    expect(isUntouchedConversion(uc, 'idea-8')).toBe(false);
  });
});
