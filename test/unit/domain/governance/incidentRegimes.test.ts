import { describe, expect, it } from 'vitest';
import {
  createStoredClassification,
  incidentRegimes,
  localInputToTimestamp,
  migrateIncident,
  overrideClassification,
  type AiActAnswers,
  type AiSystem,
  type Incident,
} from '../../../../src/domain/governance';
import { CLIENT_EMAILS, CV_SUMMARIES, answersWith } from './aiActFixtures';
import { makeRecord, system } from './registerFixtures';

/** Local-time constructors: these tests also run in other time zones (localDatesTimeZones.test.ts). */
const local = (input: string) => localInputToTimestamp(input)!;
const at = (input: string) => new Date(local(input));

function classifiedSystem(id: string, name: string, answers: AiActAnswers, on = '2026-11-20'): AiSystem {
  const stored = createStoredClassification(answers, on);
  if (!stored.ok) throw new Error(stored.reasons.join('; '));
  return system({ id, name, classification: stored.value });
}

/** The staffing firm deploys the CV-summary assistant (Annex III 4(a), profiling: high-risk). */
const cvDeployed = classifiedSystem('cv', 'CV summary assistant', CV_SUMMARIES);
/** The same kind of system, built and sold by the firm itself. */
const cvProvided = classifiedSystem('screener', 'Candidate screener', { ...CV_SUMMARIES, role: 'provider' });
/** The client-email assistant: limited risk (Art. 50(1)). */
const emails = classifiedSystem('emails', 'Client email assistant', CLIENT_EMAILS);
/** A machine-vision safety component under Annex I, provided by the manufacturer. */
const vision = classifiedSystem(
  'vision',
  'Press safety vision',
  answersWith({ 'art6_1.annex1': true, role: 'provider' }),
);
const unclassified = system({ id: 'new', name: 'New tool' });
const SYSTEMS = [cvDeployed, cvProvided, emails, vision, unclassified];

const incident = (fields: Record<string, unknown>) =>
  makeRecord<Incident>('incidents', { title: 'Incident', ...fields });
const regimes = (fields: Record<string, unknown>, now: Date) => {
  const [gdpr, aiAct] = incidentRegimes(incident(fields), SYSTEMS, now);
  return { gdpr, aiAct };
};

describe('AI Act Art. 73: applies to high-risk systems only, from their date', () => {
  it('a high-risk system before 2 Dec 2027: not applicable, says why and what is still advisable', () => {
    const { aiAct } = regimes(
      { aiSystemIds: ['cv'], detectedAt: local('2026-11-20T09:00'), aiActSerious: 'other' },
      at('2026-11-21T09:00'),
    );
    expect(aiAct).toMatchObject({ state: 'notApplicable', clock: null });
    expect(aiAct.why).toContain('applies to it only from 2 Dec 2027 (Annex III');
    expect(aiAct.advice).toMatch(/tell the provider/);
  });

  it('a provider of a high-risk system after the date: 15 days from awareness, then reported', () => {
    const running = regimes(
      { aiSystemIds: ['screener'], detectedAt: local('2028-01-20T09:00'), aiActSerious: 'other' },
      at('2028-01-21T09:00'),
    ).aiAct;
    expect(running).toMatchObject({
      state: 'clockRunning',
      clock: { kind: 'aiActOther', article: 'Art. 73(2)', overdue: false },
    });
    expect(new Date(running.clock!.deadline).getTime()).toBe(at('2028-02-04T09:00').getTime());
    expect(running.why).toContain('You provide Candidate screener');

    const reported = regimes(
      {
        aiSystemIds: ['screener'],
        detectedAt: local('2028-01-20T09:00'),
        aiActSerious: 'death',
        aiActReportedAt: local('2028-01-31T10:00'),
      },
      at('2028-02-02T09:00'),
    ).aiAct;
    expect(reported).toMatchObject({
      state: 'reported',
      reportedOnTime: false,
      clock: { kind: 'aiActDeath' },
    });
  });

  it('a deployer of a high-risk system informs the provider first (Art. 26(5)); that stops its clock', () => {
    const running = regimes(
      { aiSystemIds: ['cv'], detectedAt: local('2028-01-20T09:00'), aiActSerious: 'widespreadInfringement' },
      at('2028-01-20T10:00'),
    ).aiAct;
    expect(running.state).toBe('clockRunning');
    expect(running.why).toMatch(
      /Inform the provider immediately \(Art\. 26\(5\)\).*Art\. 73\(3\) deadline binds you if the provider cannot be reached/,
    );
    expect(running.steps.map((s) => [s.label, s.at])).toEqual([
      ['Provider informed (Art. 26(5))', null],
      ['Report to the market-surveillance authority', null],
    ]);

    const told = regimes(
      {
        aiSystemIds: ['cv'],
        detectedAt: local('2028-01-20T09:00'),
        aiActSerious: 'widespreadInfringement',
        providerInformedAt: local('2028-01-20T11:00'),
      },
      at('2028-01-21T10:00'),
    ).aiAct;
    expect(told).toMatchObject({ state: 'reported', reportedOnTime: true });
    expect(told.advice).toMatch(/market-surveillance authority \(Art\. 26\(5\)\)/);
  });

  it('a limited-risk system is outside Art. 73, even when the incident is serious', () => {
    const { aiAct } = regimes(
      { aiSystemIds: ['emails'], detectedAt: local('2028-01-20T09:00'), aiActSerious: 'other' },
      at('2028-01-21T09:00'),
    );
    expect(aiAct).toMatchObject({ state: 'notApplicable', clock: null });
    expect(aiAct.why).toBe(
      'Client email assistant is limited risk (transparency): Art. 73 covers high-risk AI systems only.',
    );
    expect(aiAct.advice).toMatch(/^You assessed it as a serious incident\. No Art\. 73 report is due/);
  });

  it('an Annex I system is under the regime only from 2 Aug 2028', () => {
    const before = regimes(
      { aiSystemIds: ['vision'], detectedAt: local('2028-03-01T09:00'), aiActSerious: 'other' },
      at('2028-03-02T09:00'),
    ).aiAct;
    expect(before.state).toBe('notApplicable');
    expect(before.why).toContain('from 2 Aug 2028 (Annex I');
    const after = regimes(
      { aiSystemIds: ['vision'], detectedAt: local('2028-08-02T00:30'), aiActSerious: 'other' },
      at('2028-08-03T09:00'),
    ).aiAct;
    expect(after.state).toBe('clockRunning');
  });

  it('an override decides the tier the regime uses: overridden to high, a limited system is in scope', () => {
    const overridden = overrideClassification(
      emails.classification!,
      { tier: 'high', justification: 'Replies decide on access to candidates for clients.' },
      '2028-01-01T09:00:00Z',
    );
    if (!overridden.ok) throw new Error('fixture');
    const [, aiAct] = incidentRegimes(
      incident({ aiSystemIds: ['emails'], detectedAt: local('2028-01-20T09:00'), aiActSerious: 'other' }),
      [{ ...emails, classification: overridden.value }],
      at('2028-01-21T09:00'),
    );
    expect(aiAct.state).toBe('clockRunning');
  });

  it('to assess: no system linked, system not classified, or seriousness not decided with reasoning', () => {
    const now = at('2028-01-21T09:00');
    const base = { detectedAt: local('2028-01-20T09:00') };
    expect(regimes({ ...base, aiSystemIds: [] }, now).aiAct).toMatchObject({
      state: 'toAssess',
      why: expect.stringContaining('No AI system is linked'),
    });
    expect(regimes({ ...base, aiSystemIds: ['new'] }, now).aiAct).toMatchObject({
      state: 'toAssess',
      why: expect.stringContaining('New tool is not classified'),
    });
    expect(
      regimes({ ...base, aiSystemIds: ['screener'], aiActSerious: 'notAssessed' }, now).aiAct,
    ).toMatchObject({ state: 'toAssess', clock: null });
    expect(regimes({ ...base, aiSystemIds: ['screener'], aiActSerious: 'no' }, now).aiAct.why).toContain(
      'Record why it is not a serious incident and who decided',
    );
  });

  it('assessed not serious, with reasoning and who decided: not notifiable', () => {
    const { aiAct } = regimes(
      {
        aiSystemIds: ['screener'],
        detectedAt: local('2028-01-20T09:00'),
        aiActSerious: 'no',
        aiActAssessment:
          'Wrong ranking caught by the recruiter before any decision; no harm to the candidate.',
        aiActAssessedBy: 'Marieke de Vries',
      },
      at('2028-01-21T09:00'),
    );
    expect(aiAct).toMatchObject({
      state: 'notNotifiable',
      clock: null,
      decision: { decidedBy: 'Marieke de Vries' },
    });
  });

  it('a prohibited system is outside Art. 73 and must stop', () => {
    const banned = classifiedSystem('banned', 'Mood camera', answersWith({ 'art5.f': true }));
    const [, aiAct] = incidentRegimes(
      incident({ aiSystemIds: ['banned'], detectedAt: local('2028-01-20T09:00'), aiActSerious: 'other' }),
      [banned],
      at('2028-01-21T09:00'),
    );
    expect(aiAct.state).toBe('notApplicable');
    expect(aiAct.why).toContain('prohibited practice (Art. 5)');
  });
});

describe('GDPR Art. 33/34: personal-data breaches', () => {
  const leak = { aiSystemIds: ['emails'], detectedAt: local('2026-11-24T16:20'), personalDataBreach: true };

  it('not a personal-data breach: not applicable', () => {
    const { gdpr } = regimes(
      { aiSystemIds: ['emails'], detectedAt: local('2026-11-24T16:20') },
      at('2026-11-25T09:00'),
    );
    expect(gdpr).toMatchObject({
      state: 'notApplicable',
      clock: null,
      why: expect.stringContaining('Not marked as a personal-data breach'),
    });
  });

  it('a breach not yet assessed: to assess, while the 72 hours run from awareness', () => {
    const { gdpr } = regimes(leak, at('2026-11-25T09:00'));
    expect(gdpr).toMatchObject({ state: 'toAssess', clock: { kind: 'gdprBreach', overdue: false } });
    expect(new Date(gdpr.clock!.deadline).getTime()).toBe(at('2026-11-27T16:20').getTime());
    expect(gdpr.communication?.state).toBe('toDecide');
  });

  it('assessed unlikely to result in a risk: the clock stops only with the reasoning and who decided (Art. 33(5))', () => {
    const half = regimes({ ...leak, gdprRisk: 'unlikely' }, at('2026-11-25T09:00')).gdpr;
    expect(half).toMatchObject({ state: 'toAssess', clock: { kind: 'gdprBreach' } });
    const done = regimes(
      {
        ...leak,
        gdprRisk: 'unlikely',
        gdprAssessment:
          'One CV sent to a client bound by a confidentiality agreement, who confirmed deletion in writing within the hour.',
        gdprAssessedBy: 'Privacy officer',
      },
      at('2026-11-28T09:00'),
    ).gdpr;
    expect(done).toMatchObject({
      state: 'notNotifiable',
      clock: null,
      decision: { decidedBy: 'Privacy officer' },
    });
    expect(done.why).toMatch(/documented under Art\. 33\(5\), not notified/);
    expect(done.communication).toMatchObject({ state: 'notApplicable', label: 'Not needed' });
  });

  it('a risk to people: the clock runs, goes red when overdue, and a late notification needs its reasons', () => {
    const overdue = regimes({ ...leak, gdprRisk: 'risk' }, at('2026-11-28T09:00')).gdpr;
    expect(overdue).toMatchObject({ state: 'clockRunning', clock: { overdue: true } });
    const late = regimes(
      { ...leak, gdprRisk: 'risk', gdprReportedAt: local('2026-11-28T10:00') },
      at('2026-11-28T11:00'),
    ).gdpr;
    expect(late).toMatchObject({ state: 'reported', reportedOnTime: false });
    expect(late.advice).toMatch(/reasons for the delay \(Art\. 33\(1\)\)/);
  });

  it('a high risk: Art. 34 communication to the people concerned is needed, then done', () => {
    const needed = regimes(
      { ...leak, gdprRisk: 'highRisk', gdprReportedAt: local('2026-11-25T10:00') },
      at('2026-11-25T11:00'),
    ).gdpr;
    expect(needed).toMatchObject({
      state: 'reported',
      reportedOnTime: true,
      communication: { state: 'needed', doneAt: null },
    });
    const done = regimes(
      {
        ...leak,
        gdprRisk: 'highRisk',
        gdprReportedAt: local('2026-11-25T10:00'),
        dataSubjectsInformedAt: local('2026-11-25T15:00'),
      },
      at('2026-11-26T09:00'),
    ).gdpr;
    expect(done.communication).toMatchObject({ state: 'done', doneAt: local('2026-11-25T15:00') });
  });

  it('a high risk with an Art. 34(3) exception: not needed, with why; (c) means a public communication instead', () => {
    const encrypted = regimes(
      {
        ...leak,
        gdprRisk: 'highRisk',
        art34Exception: 'encrypted',
        art34Reasoning: 'The lost laptop has full-disk encryption; the key was not lost.',
      },
      at('2026-11-25T09:00'),
    ).gdpr;
    expect(encrypted.communication).toMatchObject({ state: 'notNeeded' });
    expect(encrypted.communication?.why).toMatch(/Art\. 34\(3\)\(a\).*full-disk encryption/);
    const publicNotice = regimes(
      { ...leak, gdprRisk: 'highRisk', art34Exception: 'disproportionate' },
      at('2026-11-25T09:00'),
    ).gdpr;
    expect(publicNotice.communication).toMatchObject({ state: 'needed' });
    expect(publicNotice.communication?.why).toMatch(/public communication/);
  });

  it("a date without a time counts from the start of that day in the user's time zone", () => {
    const { gdpr } = regimes({ ...leak, detectedAt: '2026-11-24' }, at('2026-11-25T09:00'));
    expect(new Date(gdpr.clock!.deadline).getTime()).toBe(new Date(2026, 10, 27, 0, 0).getTime());
  });
});

describe('reports made in stages (AI Act Art. 73(5), GDPR Art. 33(4))', () => {
  it('an initial incomplete report stops the clock; the complete report is still asked for', () => {
    const base = {
      aiSystemIds: ['screener'],
      detectedAt: local('2028-01-20T09:00'),
      aiActSerious: 'other',
      aiActReportStage: 'initial',
      aiActReportedAt: local('2028-01-23T09:00'),
    };
    const initial = regimes(base, at('2028-02-10T09:00')).aiAct;
    expect(initial).toMatchObject({ state: 'reported', reportedOnTime: true, clock: { overdue: false } });
    expect(initial.advice).toBe('Initial report made: send the complete report (Art. 73(5)).');
    expect(initial.steps.map((s) => s.label)).toEqual([
      'Initial report to the authority (Art. 73(5))',
      'Complete report to the authority',
    ]);
    const complete = regimes(
      { ...base, aiActCompletedAt: local('2028-02-08T09:00') },
      at('2028-02-10T09:00'),
    ).aiAct;
    expect(complete.advice).toBeNull();
    expect(complete.steps[1].at).toBe(local('2028-02-08T09:00'));
  });

  it('a GDPR notification in phases: on time with its first part, completed without undue further delay', () => {
    const phased = regimes(
      {
        detectedAt: local('2026-11-24T16:20'),
        personalDataBreach: true,
        gdprRisk: 'risk',
        gdprReportStage: 'initial',
        gdprReportedAt: local('2026-11-26T09:00'),
      },
      at('2026-11-30T09:00'),
    ).gdpr;
    expect(phased).toMatchObject({ state: 'reported', reportedOnTime: true });
    expect(phased.advice).toMatch(
      /in phases: complete the notification without undue further delay \(Art\. 33\(4\)\)/,
    );
  });
});

describe('incidents recorded before the regimes had their own fields', () => {
  const old = {
    title: 'Old leak',
    detectedAt: local('2026-10-01T09:00'),
    aiSystemIds: [],
    personalDataBreach: true,
    gdprReportedAt: local('2026-10-02T09:00'),
    aiActSerious: 'no' as const,
  };

  it('get the missing fields on read; an old notification counts as assessed "a risk"', () => {
    const migrated = migrateIncident(old);
    expect(migrated).toMatchObject({
      gdprRisk: 'risk',
      gdprReportStage: 'complete',
      art34Exception: 'none',
      dataSubjectsInformedAt: null,
      aiActSerious: 'no',
      aiActAssessment: '',
    });
    const [gdpr] = incidentRegimes(old, [], at('2026-11-01T09:00'));
    expect(gdpr).toMatchObject({ state: 'reported', reportedOnTime: true });
  });

  it('keep every stored value, and an old unreported breach is still to assess', () => {
    expect(migrateIncident({ ...old, gdprRisk: 'highRisk' }).gdprRisk).toBe('highRisk');
    const [gdpr] = incidentRegimes({ ...old, gdprReportedAt: null }, [], at('2026-10-02T09:00'));
    expect(gdpr.state).toBe('toAssess');
  });
});
