import { describe, expect, it } from 'vitest';
import { classifyAiAct, EU_AI_ACT_RULE_PACK, screenDpia } from '../../../../src/domain/governance';
import { answersWith, CLIENT_EMAILS, CV_SUMMARIES, JOB_POSTINGS, TODAY } from './aiActFixtures';

const ids = (items: { id: string }[]) => items.map((item) => item.id);
const ruleIds = (result: { reasons: { ruleId: string }[] }) => result.reasons.map((r) => r.ruleId);

describe('classifyAiAct: the staffing firm (worked example)', () => {
  it('job postings drafted with GenAI are minimal risk with AI literacy only', () => {
    const result = classifyAiAct(JOB_POSTINGS, TODAY);
    expect(result.tier).toBe('minimal');
    expect(ruleIds(result)).toEqual(['minimal']);
    expect(result.obligations).toEqual([
      expect.objectContaining({ id: 'art4.literacy', appliesFrom: '2025-02-02', inForce: true }),
    ]);
    expect(result.transparencyDuties).toEqual([]);
    expect(result.gpai).toMatchObject({ buildsOnGpai: true, model: 'Claude', provider: 'Anthropic' });
    expect(result.answersComplete).toBe(true);
  });

  it('job postings published as AI-generated text are limited risk (Art. 50(2))', () => {
    const result = classifyAiAct({ ...JOB_POSTINGS, 'art50.2': true }, TODAY);
    expect(result.tier).toBe('limited');
    expect(result.transparencyDuties).toEqual(['art50.2']);
    expect(ids(result.obligations)).toEqual(['art4.literacy', 'art50.2.deployer']);
  });

  it('CV summaries are high-risk under Annex III 4(a): profiling defeats the preparatory-task exception', () => {
    const result = classifyAiAct(CV_SUMMARIES, TODAY);
    expect(result.tier).toBe('high');
    expect(result.highRiskRoutes).toEqual(['annexIII']);
    expect(ruleIds(result)).toEqual(['annex3.4a', 'art6_3.profiling']);
    expect(result.exceptionClaimed).toMatchObject({
      conditions: ['art6_3.d'],
      profiling: true,
      holds: false,
    });
    expect(result.exceptionClaimed?.reasoning).toContain('prepare');
    const art26 = result.obligations.filter((o) => o.id.startsWith('art26.'));
    expect(art26).toHaveLength(9);
    expect(art26.every((o) => o.appliesFrom === '2027-12-02' && !o.inForce)).toBe(true);
    expect(result.obligations.find((o) => o.id === 'art4.literacy')?.inForce).toBe(true);
    expect(result.fria).toMatchObject({ required: false });
    expect(ids(result.obligations)).not.toContain('art27.fria');
  });

  it('CV summaries: a DPIA is likely now (scoring + vulnerable subjects + innovative technology)', () => {
    const screening = screenDpia(['evaluationScoring', 'vulnerableSubjects', 'innovativeTechnology']);
    expect(screening).toMatchObject({ count: 3, likelyRequired: true });
  });

  it('client e-mails answered by AI are limited risk under Art. 50(1)', () => {
    const result = classifyAiAct(CLIENT_EMAILS, TODAY);
    expect(result.tier).toBe('limited');
    expect(result.transparencyDuties).toEqual(['art50.1']);
    expect(ruleIds(result)).toEqual(['art50.1']);
    expect(result.obligations.find((o) => o.id === 'art50.1.deployer')).toMatchObject({
      appliesFrom: '2026-08-02',
      inForce: true,
    });
  });

  it('records the rule pack that classified the use case', () => {
    const result = classifyAiAct(CLIENT_EMAILS, TODAY);
    expect(result).toMatchObject({
      rulePackId: 'eu-ai-act',
      rulePackVersion: EU_AI_ACT_RULE_PACK.version,
      asOf: TODAY,
    });
  });
});

describe('classifyAiAct: the Art. 6(3) exception', () => {
  const claim = {
    'annex3.4a': true,
    'art6_3.a': true,
    'art6_3.noSignificantRisk': true,
    'art6_3.reasoning': 'Only sorts incoming applications into folders by vacancy.',
  } as const;

  it('holds with a condition, no significant risk and no profiling: not high-risk, and must be documented', () => {
    const result = classifyAiAct(answersWith({ ...claim, 'art6_3.profiling': false }), TODAY);
    expect(result.tier).toBe('minimal');
    expect(result.highRiskRoutes).toEqual([]);
    expect(result.exceptionClaimed).toMatchObject({
      holds: true,
      conditions: ['art6_3.a'],
      noSignificantRisk: true,
      profiling: false,
    });
    expect(ruleIds(result)).toEqual(['annex3.4a', 'art6_3.exception', 'minimal']);
    expect(result.reasons[1].text).toContain('narrow procedural task');
    expect(ids(result.obligations)).toEqual(['art4.literacy', 'art6_3.record']);
    expect(result.fria).toBeUndefined();
  });

  it('does not hold when the system profiles people', () => {
    const result = classifyAiAct(answersWith({ ...claim, 'art6_3.profiling': true }), TODAY);
    expect(result.tier).toBe('high');
    expect(result.exceptionClaimed?.holds).toBe(false);
    expect(ruleIds(result)).toContain('art6_3.profiling');
    expect(ids(result.obligations)).not.toContain('art6_3.record');
  });

  it('does not hold while profiling is unanswered (provisional high)', () => {
    const answers = answersWith(claim);
    delete answers['art6_3.profiling'];
    const result = classifyAiAct(answers, TODAY);
    expect(result.tier).toBe('high');
    expect(result.answersComplete).toBe(false);
    expect(result.missingAnswers).toContain('art6_3.profiling');
  });

  it('needs one of the conditions (a)-(d)', () => {
    const result = classifyAiAct(
      answersWith({ ...claim, 'art6_3.a': false, 'art6_3.profiling': false }),
      TODAY,
    );
    expect(result.tier).toBe('high');
    expect(ruleIds(result)).toContain('art6_3.conditions');
  });

  it('needs "no significant risk" confirmed', () => {
    const result = classifyAiAct(
      answersWith({ ...claim, 'art6_3.noSignificantRisk': false, 'art6_3.profiling': false }),
      TODAY,
    );
    expect(result.tier).toBe('high');
    expect(ruleIds(result)).toEqual(['annex3.4a', 'art6_3.noSignificantRisk']);
  });

  it('is ignored when no Annex III area applies (left-over answers)', () => {
    const result = classifyAiAct(answersWith({ ...claim, 'annex3.4a': false }), TODAY);
    expect(result.exceptionClaimed).toBeUndefined();
    expect(result.tier).toBe('minimal');
    expect(result.missingAnswers).toEqual([]);
  });

  it('cannot remove high risk from an Annex I safety component', () => {
    const result = classifyAiAct(
      answersWith({ ...claim, 'art6_3.profiling': false, 'art6_1.annex1': true }),
      TODAY,
    );
    expect(result.tier).toBe('high');
    expect(result.highRiskRoutes).toEqual(['annexI']);
  });
});

describe('classifyAiAct: several findings at once', () => {
  it('a high-risk system also carries its Art. 50 duties', () => {
    const result = classifyAiAct(answersWith({ 'annex3.4a': true, 'art50.1': true }), TODAY);
    expect(result.tier).toBe('high');
    expect(result.transparencyDuties).toEqual(['art50.1']);
    expect(ids(result.obligations)).toEqual(expect.arrayContaining(['art26.oversight', 'art50.1.deployer']));
    expect(ruleIds(result)).toEqual(['annex3.4a', 'art6_2.annex3', 'art50.1']);
  });

  it('prohibited wins over high and limited; only the stop obligation is listed', () => {
    const result = classifyAiAct(answersWith({ 'art5.f': true, 'annex3.1': true, 'art50.3': true }), TODAY);
    expect(result.tier).toBe('prohibited');
    expect(ruleIds(result)).toEqual(['art5.f', 'annex3.1', 'art6_2.annex3', 'art50.3']);
    expect(ids(result.obligations)).toEqual(['art5.stop']);
    expect(result.transparencyDuties).toEqual(['art50.3']);
  });
});

describe('classifyAiAct: role, Art. 25, FRIA and GPAI', () => {
  const highRisk = { 'annex3.3': true } as const;

  it('a provider gets the provider obligations, not the deployer checklist', () => {
    const result = classifyAiAct(answersWith({ ...highRisk, role: 'provider' }), TODAY);
    expect(ids(result.obligations)).toEqual(['art4.literacy', 'art16.provider']);
    expect(result.fria).toBeUndefined();
  });

  it('"both" gets provider and deployer obligations', () => {
    const result = classifyAiAct(answersWith({ ...highRisk, role: 'both' }), TODAY);
    expect(ids(result.obligations)).toEqual(expect.arrayContaining(['art16.provider', 'art26.logs']));
  });

  it("an unknown role lists every role's obligations and is provisional", () => {
    const answers = answersWith(highRisk);
    delete answers.role;
    const result = classifyAiAct(answers, TODAY);
    expect(result.role).toBeUndefined();
    expect(ids(result.obligations)).toEqual(expect.arrayContaining(['art16.provider', 'art26.logs']));
    expect(result.missingAnswers).toContain('role');
  });

  it('a deployer that puts its name on a high-risk system becomes its provider (Art. 25)', () => {
    const result = classifyAiAct(answersWith({ ...highRisk, 'role.art25': true }), TODAY);
    expect(result).toMatchObject({ declaredRole: 'deployer', role: 'both', becomesProviderUnderArt25: true });
    expect(ids(result.obligations)).toEqual(expect.arrayContaining(['art16.provider', 'art26.logs']));
    expect(ruleIds(result)).toContain('role.art25');
  });

  it('Art. 25 does not apply to a system that is not high-risk', () => {
    const result = classifyAiAct(answersWith({ 'art50.1': true, 'role.art25': true }), TODAY);
    expect(result).toMatchObject({ role: 'deployer', becomesProviderUnderArt25: false });
  });

  it('a FRIA binds a public-service provider using a high-risk system', () => {
    const result = classifyAiAct(answersWith({ ...highRisk, 'art27.publicService': true }), TODAY);
    expect(result.fria).toMatchObject({ required: true });
    expect(result.obligations.find((o) => o.id === 'art27.fria')).toMatchObject({
      appliesFrom: '2027-12-02',
      inForce: false,
    });
  });

  it('a FRIA binds credit-scoring and insurance deployers', () => {
    const result = classifyAiAct(answersWith({ 'annex3.5': true, 'art27.creditOrInsurance': true }), TODAY);
    expect(result.fria?.required).toBe(true);
    expect(result.fria?.why).toContain('credit');
  });

  it('critical infrastructure is exempt from the FRIA', () => {
    const result = classifyAiAct(answersWith({ 'annex3.2': true, 'art27.publicService': true }), TODAY);
    expect(result.fria?.required).toBe(false);
    expect(ids(result.obligations)).not.toContain('art27.fria');
  });

  it('the FRIA is undecided until both questions are answered', () => {
    const answers = answersWith(highRisk);
    delete answers['art27.creditOrInsurance'];
    expect(classifyAiAct(answers, TODAY).fria?.required).toBeUndefined();
  });

  it('ignores GPAI details when the use case does not build on a GPAI model', () => {
    const result = classifyAiAct(answersWith({ 'gpai.buildsOn': false, 'gpai.model': 'left over' }), TODAY);
    expect(result.gpai).toMatchObject({ buildsOnGpai: false, model: '', provider: '' });
    expect(result.gpai.note).toContain('model provider');
  });

  it('refuses an asOf that is not YYYY-MM-DD', () => {
    expect(() => classifyAiAct(CLIENT_EMAILS, '26/11/2026')).toThrow(RangeError);
    expect(() => classifyAiAct(CLIENT_EMAILS, '2026-02-30')).toThrow(RangeError);
  });
});
