import { describe, expect, it } from 'vitest';
import {
  buildGateDecision,
  canTransition,
  checkStageMove,
  countActivePilots,
  emptyCharter,
  moveStage,
  STAGES,
  validateUseCase,
  type StageMoveContext,
  type UseCase,
} from '../../../../src/domain/portfolio';
import {
  completeCharter,
  cvSummaries,
  jobPostings,
  makeKpi,
  makeUseCase,
  NOW,
  staffingUseCases,
  TODAY,
} from './fixtures';

/** A fourth use case of the staffing firm, ready for pilot except for the pilot limit. */
const scheduling: UseCase = makeUseCase({
  id: 'uc-scheduling',
  title: 'Scheduling interviews',
  stage: 'assessment',
  stageHistory: [
    { stage: 'idea', date: '2025-12-01' },
    { stage: 'assessment', date: '2026-01-15' },
  ],
  charter: completeCharter({ startDate: '2026-04-01', plannedEndDate: '2026-06-30' }),
});
const schedulingKpi = makeKpi({
  id: 'kpi-sched',
  useCaseId: 'uc-scheduling',
  name: 'Time to schedule an interview',
});

const context = (overrides: Partial<StageMoveContext> = {}): StageMoveContext => ({
  kpis: [schedulingKpi],
  activePilotCount: 1,
  pilotLimit: 3,
  ...overrides,
});

describe('transitions', () => {
  it('follows the main flow and allows the exits', () => {
    expect(canTransition('idea', 'assessment')).toBe(true);
    expect(canTransition('assessment', 'pilot')).toBe(true);
    expect(canTransition('evaluation', 'pilot')).toBe(true); // iterate
    expect(canTransition('evaluation', 'structural')).toBe(true);
    expect(canTransition('idea', 'pilot')).toBe(false);
    expect(canTransition('pilot', 'structural')).toBe(false);
    expect(canTransition('retired', 'idea')).toBe(false);
    for (const stage of ['idea', 'assessment', 'pilot', 'evaluation'] as const) {
      expect(canTransition(stage, 'stopped')).toBe(true);
      expect(canTransition(stage, 'parked')).toBe(true);
    }
  });

  it('refuses a skipped stage and lists the possible moves', () => {
    const result = checkStageMove(makeUseCase(), 'pilot', context());
    expect(result).toMatchObject({ ok: false, code: 'transition-not-allowed' });
    expect(!result.ok && result.message).toBe(
      'A use case cannot move from Idea to Pilot. From Idea it can move to: Assessment, Parked, Stopped.',
    );
  });

  it('refuses a move to the current stage and out of retired', () => {
    expect(checkStageMove(scheduling, 'assessment', context())).toMatchObject({
      ok: false,
      code: 'same-stage',
    });
    const retired = makeUseCase({
      stage: 'retired',
      stageHistory: [{ stage: 'retired', date: '2025-12-01' }],
    });
    const result = checkStageMove(retired, 'idea', context());
    expect(!result.ok && result.message).toContain('Retired is final.');
  });
});

describe('checkStageMove into pilot', () => {
  it('accepts a ready use case under the limit', () => {
    expect(checkStageMove(scheduling, 'pilot', context())).toEqual({ ok: true, overrideApplied: false });
  });

  it('refuses an incomplete charter with the list of what is missing', () => {
    const draft = {
      ...scheduling,
      aiSystemIds: [],
      charter: { ...emptyCharter(), hypothesis: 'Faster scheduling', budgetPlanned: 0 },
    };
    const result = checkStageMove(draft, 'pilot', context());
    expect(result).toMatchObject({ ok: false, code: 'charter-incomplete' });
    expect(!result.ok && result.missing).toEqual([
      'Scope and users',
      'Start date',
      'Planned end date',
      'Data rules (what data may go in)',
      'Human-oversight rule',
      'Stop conditions',
      'Linked vendor/tool',
      'Linked AI system entry',
    ]);
    expect(!result.ok && result.message).toContain('Still missing: Scope and users, Start date');
  });

  it('treats an end date before the start as a charter problem', () => {
    const backwards = {
      ...scheduling,
      charter: completeCharter({ startDate: '2026-04-01', plannedEndDate: '2026-03-01' }),
    };
    const result = checkStageMove(backwards, 'pilot', context());
    expect(!result.ok && result.missing).toEqual(['Planned end date (must be after the start date)']);
  });

  it('refuses without a measurable KPI', () => {
    const result = checkStageMove(
      scheduling,
      'pilot',
      context({ kpis: [makeKpi({ useCaseId: 'uc-scheduling', targetValue: null })] }),
    );
    expect(result).toMatchObject({ ok: false, code: 'no-measurable-kpi' });
  });

  it('refuses a fourth pilot when three are running, and explains', () => {
    const active = countActivePilots([...staffingUseCases, scheduling]);
    expect(active).toBe(3);
    const result = checkStageMove(scheduling, 'pilot', context({ activePilotCount: active }));
    expect(result).toMatchObject({ ok: false, code: 'pilot-limit' });
    expect(!result.ok && result.message).toBe(
      'Pilot limit reached: 3 use cases are already in pilot or evaluation and the limit for this client is 3. ' +
        'Finish, stop or park one first, or record an override with a reason.',
    );
  });

  it('accepts the fourth pilot with an override that has a reason', () => {
    const result = checkStageMove(
      scheduling,
      'pilot',
      context({ activePilotCount: 3, override: { reason: 'Board asked for it before the busy season' } }),
    );
    expect(result).toEqual({ ok: true, overrideApplied: true });
  });

  it('refuses an override with an empty reason', () => {
    const result = checkStageMove(
      scheduling,
      'pilot',
      context({ activePilotCount: 3, override: { reason: '   ' } }),
    );
    expect(result).toMatchObject({ ok: false, code: 'override-reason-required' });
  });

  it('uses the client limit, not the default', () => {
    expect(checkStageMove(scheduling, 'pilot', context({ activePilotCount: 3, pilotLimit: 4 })).ok).toBe(
      true,
    );
    expect(checkStageMove(scheduling, 'pilot', context({ activePilotCount: 1, pilotLimit: 1 })).ok).toBe(
      false,
    );
  });

  it('does not count a pilot going back from evaluation (iterate) against the limit', () => {
    const inEvaluation = moveStage(cvSummaries, 'evaluation', '2026-03-13');
    const kpis = [makeKpi({ useCaseId: 'uc-cv' })];
    expect(checkStageMove(inEvaluation, 'pilot', { kpis, activePilotCount: 3, pilotLimit: 3 })).toEqual({
      ok: true,
      overrideApplied: false,
    });
  });

  it('reports every blocker, the most fundamental first', () => {
    const bare = { ...scheduling, businessOwner: '', charter: emptyCharter() };
    const result = checkStageMove(bare, 'pilot', { kpis: [], activePilotCount: 3, pilotLimit: 3 });
    expect(!result.ok && result.blockers.map((b) => b.code)).toEqual([
      'no-business-owner',
      'no-measurable-kpi',
      'charter-incomplete',
      'pilot-limit',
    ]);
    expect(!result.ok && result.code).toBe('no-business-owner');
  });
});

describe('hard filters on stage moves', () => {
  const prohibited = { ...scheduling, riskTier: 'prohibited' as const };

  it('lets a prohibited use case only be stopped', () => {
    for (const target of ['pilot', 'parked', 'idea'] as const) {
      const result = checkStageMove(prohibited, target, context());
      expect(result).toMatchObject({ ok: false, code: 'prohibited' });
    }
    expect(checkStageMove(prohibited, 'stopped', context()).ok).toBe(true);
  });

  it('keeps a use case without business owner at assessment or before', () => {
    const ownerless = { ...scheduling, businessOwner: '' };
    expect(checkStageMove(ownerless, 'pilot', context())).toMatchObject({
      ok: false,
      code: 'no-business-owner',
    });
    expect(checkStageMove(ownerless, 'parked', context()).ok).toBe(true);
    expect(checkStageMove(ownerless, 'idea', context()).ok).toBe(true);
    const evaluation = { ...cvSummaries, stage: 'evaluation' as const, businessOwner: '' };
    expect(checkStageMove(evaluation, 'structural', context())).toMatchObject({
      ok: false,
      code: 'no-business-owner',
    });
  });
});

describe('moveStage', () => {
  it('appends the move to the history and keeps the record valid', () => {
    const moved = moveStage(scheduling, 'pilot', '2026-04-01', ' Kick-off with 4 recruiters ');
    expect(moved.stage).toBe('pilot');
    expect(moved.stageHistory.at(-1)).toEqual({
      stage: 'pilot',
      date: '2026-04-01',
      note: 'Kick-off with 4 recruiters',
    });
    expect(moved.stageHistory).toHaveLength(3);
    expect(scheduling.stage).toBe('assessment'); // the original is untouched
    expect(validateUseCase(moved).ok).toBe(true);
  });

  it('records a pilot-limit override on the use case and in the history', () => {
    const override = { reason: 'Board asked for it before the busy season', at: '2026-04-01T09:00:00.000Z' };
    const moved = moveStage(scheduling, 'pilot', '2026-04-01', undefined, override);
    expect(moved.pilotLimitOverride).toEqual(override);
    expect(moved.stageHistory.at(-1)).toEqual({
      stage: 'pilot',
      date: '2026-04-01',
      pilotLimitOverrideReason: 'Board asked for it before the busy season',
    });
  });

  it('produces a record the schema rejects when the date goes back in time', () => {
    const moved = moveStage(scheduling, 'pilot', '2026-01-01');
    const result = validateUseCase(moved);
    expect(!result.ok && result.errors[0]).toEqual({
      field: 'stageHistory.2.date',
      message: 'Stage history goes back in time: Pilot on 2026-01-01 comes after 2026-01-15',
    });
  });

  it('has all eight stages', () => {
    expect(STAGES).toEqual([
      'idea',
      'assessment',
      'pilot',
      'evaluation',
      'structural',
      'retired',
      'stopped',
      'parked',
    ]);
  });
});

describe('gate decisions on stage moves', () => {
  const decide = (useCase: UseCase, decision: 'scale' | 'iterate' | 'stop' | 'park', date: string) => {
    const result = buildGateDecision(
      {
        id: `gd-${decision}`,
        now: NOW,
        useCase,
        date,
        decision,
        rationale: 'KPIs on track',
        decidedBy: 'Ilse Jansen (CEO)',
      },
      [],
      [],
      TODAY,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  };
  const base = { kpis: [], activePilotCount: 3, pilotLimit: 3 };

  it('needs a matching decision to leave pilot when decisions are passed', () => {
    const none = checkStageMove(jobPostings, 'evaluation', { ...base, gateDecisions: [] });
    expect(none).toMatchObject({ ok: false, code: 'gate-decision-required' });
    expect(!none.ok && none.message).toBe(
      'Leaving Pilot for Evaluation needs a gate decision: record a "Scale" decision first, with its rationale and who decided.',
    );
    const scale = decide(jobPostings, 'scale', '2026-03-16');
    expect(checkStageMove(jobPostings, 'evaluation', { ...base, gateDecisions: [scale] }).ok).toBe(true);
    // A "scale" decision does not allow stopping.
    expect(checkStageMove(jobPostings, 'stopped', { ...base, gateDecisions: [scale] })).toMatchObject({
      code: 'gate-decision-required',
    });
  });

  it('does not reuse a decision taken in an earlier stage', () => {
    const scale = decide(jobPostings, 'scale', '2026-03-16');
    const inEvaluation = moveStage(jobPostings, 'evaluation', '2026-03-16');
    expect(checkStageMove(inEvaluation, 'structural', { ...base, gateDecisions: [scale] }).ok).toBe(false);
    const scaleAgain = decide(inEvaluation, 'scale', '2026-03-19');
    expect(
      checkStageMove(inEvaluation, 'structural', { ...base, gateDecisions: [scale, scaleAgain] }).ok,
    ).toBe(true);
  });

  it('is not checked when no decisions are passed', () => {
    expect(checkStageMove(jobPostings, 'evaluation', base).ok).toBe(true);
  });
});
