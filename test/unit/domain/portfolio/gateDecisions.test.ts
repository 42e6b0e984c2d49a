import { describe, expect, it } from 'vitest';
import {
  buildGateDecision,
  decisionsFor,
  gateDecisionSchema,
  moveStage,
  stageAfterGateDecision,
  type GateDecisionInput,
} from '../../../../src/domain/portfolio';
import { CLIENT, jobPostings, makeUseCase, NOW, staffingKpis, staffingMeasurements, TODAY } from './fixtures';

const scaleJobPostings: GateDecisionInput = {
  id: 'gd-1',
  now: NOW,
  useCase: jobPostings,
  date: '2026-03-16',
  decision: 'scale',
  rationale: 'Drafting time down from 45 to 20 minutes; recruiters rate quality equal or better.',
  decidedBy: 'Ilse Jansen (CEO)',
};

describe('buildGateDecision', () => {
  it('records the scale-up of job postings with the KPI values frozen', () => {
    const result = buildGateDecision(scaleJobPostings, staffingKpis, staffingMeasurements, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const decision = result.value;
    expect(decision).toMatchObject({
      clientId: CLIENT,
      useCaseId: 'uc-postings',
      fromStage: 'pilot',
      decision: 'scale',
    });
    // Only the KPIs of this use case, as they stood on the decision date.
    expect(decision.evidence.map((e) => [e.name, e.latestValue, e.status, e.scaleUpThresholdMet])).toEqual([
      ['Time to draft a job posting', 20, 'on-track', true],
    ]);
    expect(gateDecisionSchema.safeParse(decision).success).toBe(true);
    expect(stageAfterGateDecision(decision.decision, decision.fromStage)).toBe('evaluation');
  });

  it('needs a rationale and who decided', () => {
    const result = buildGateDecision(
      { ...scaleJobPostings, rationale: ' ', decidedBy: '' },
      staffingKpis,
      staffingMeasurements,
      TODAY,
    );
    expect(!result.ok && result.errors).toEqual([
      { field: 'rationale', message: 'Write down the rationale' },
      { field: 'decidedBy', message: 'Say who decided' },
    ]);
  });

  it('refuses a decision in the future or before the pilot started', () => {
    const future = buildGateDecision(
      { ...scaleJobPostings, date: '2026-04-01' },
      staffingKpis,
      staffingMeasurements,
      TODAY,
    );
    expect(!future.ok && future.errors[0].message).toBe(
      'The decision date (1 Apr 2026) is in the future (today is 20 Mar 2026)',
    );
    const early = buildGateDecision(
      { ...scaleJobPostings, date: '2026-01-01' },
      staffingKpis,
      staffingMeasurements,
      TODAY,
    );
    expect(!early.ok && early.errors[0].message).toBe(
      'The decision date (1 Jan 2026) is before the use case entered Pilot (12 Jan 2026)',
    );
  });

  it('refuses a gate decision outside pilot and evaluation', () => {
    const idea = makeUseCase({ title: 'Chatbot for candidates' });
    const result = buildGateDecision({ ...scaleJobPostings, useCase: idea, date: TODAY }, [], [], TODAY);
    expect(!result.ok && result.errors[0].message).toBe(
      'Gate decisions are taken in pilot or evaluation; "Chatbot for candidates" is in Idea',
    );
  });

  it('maps decisions to stages from pilot and from evaluation', () => {
    expect(stageAfterGateDecision('scale', 'evaluation')).toBe('structural');
    expect(stageAfterGateDecision('iterate', 'evaluation')).toBe('pilot');
    expect(stageAfterGateDecision('iterate', 'pilot')).toBe('pilot');
    expect(stageAfterGateDecision('stop', 'pilot')).toBe('stopped');
    expect(stageAfterGateDecision('park', 'evaluation')).toBe('parked');
  });

  it('lists decisions of a use case, most recent first', () => {
    const first = buildGateDecision(
      { ...scaleJobPostings, id: 'a', decision: 'iterate', date: '2026-02-20' },
      [],
      [],
      TODAY,
    );
    const inEvaluation = moveStage(jobPostings, 'evaluation', '2026-03-16');
    const second = buildGateDecision(
      { ...scaleJobPostings, id: 'b', useCase: inEvaluation, date: '2026-03-18' },
      [],
      [],
      TODAY,
    );
    if (!first.ok || !second.ok) throw new Error('expected valid decisions');
    expect(decisionsFor('uc-postings', [first.value, second.value]).map((d) => d.id)).toEqual(['b', 'a']);
    expect(decisionsFor('uc-other', [first.value])).toEqual([]);
  });
});
