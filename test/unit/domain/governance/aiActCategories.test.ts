import { describe, expect, it } from 'vitest';
import {
  ANNEX3_IDS,
  ART5_IDS,
  ART5_OMNIBUS_IDS,
  ART50_IDS,
  classifyAiAct,
  type Art50Id,
} from '../../../../src/domain/governance';
import { answersWith, TODAY } from './aiActFixtures';

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('each Art. 5 prohibition makes the use case prohibited', () => {
  it.each(ART5_IDS)('%s', (id) => {
    const result = classifyAiAct(answersWith({ [id]: true }), TODAY);
    expect(result.tier).toBe('prohibited');
    expect(result.reasons).toEqual([
      expect.objectContaining({ ruleId: id, article: expect.stringContaining('Art. 5(1)') }),
    ]);
    expect(result.obligations).toEqual([
      expect.objectContaining({ id: 'art5.stop', appliesFrom: '2025-02-02', inForce: true }),
    ]);
  });

  it.each(ART5_OMNIBUS_IDS)('%s (Omnibus, stop obligation from 2 Dec 2026)', (id) => {
    const result = classifyAiAct(answersWith({ [id]: true }), TODAY);
    expect(result.tier).toBe('prohibited');
    expect(result.reasons[0].ruleId).toBe(id);
    expect(result.reasons[0].text).toContain('2 Dec 2026');
    expect(result.obligations).toEqual([
      expect.objectContaining({ id: 'art5.stopOmnibus', appliesFrom: '2026-12-02', inForce: false }),
    ]);
  });

  it('an original and an Omnibus prohibition together list both stop obligations', () => {
    const result = classifyAiAct(answersWith({ 'art5.a': true, 'art5.csam': true }), TODAY);
    expect(ids(result.obligations)).toEqual(['art5.stop', 'art5.stopOmnibus']);
  });
});

describe('each Annex III area makes the use case high-risk', () => {
  it.each(ANNEX3_IDS)('%s', (id) => {
    const result = classifyAiAct(answersWith({ [id]: true }), TODAY);
    expect(result.tier).toBe('high');
    expect(result.highRiskRoutes).toEqual(['annexIII']);
    expect(result.reasons.map((r) => r.ruleId)).toEqual([id, 'art6_2.annex3']);
    expect(result.reasons[0].article).toMatch(/^Art\. 6\(2\), Annex III point \d/);
    expect(ids(result.obligations)).toContain('art26.instructions');
    expect(result.obligations.find((o) => o.id === 'art26.instructions')?.appliesFrom).toBe('2027-12-02');
  });

  it('an Annex I safety component is high-risk, with obligations from 2 Aug 2028', () => {
    const result = classifyAiAct(answersWith({ 'art6_1.annex1': true }), TODAY);
    expect(result.tier).toBe('high');
    expect(result.highRiskRoutes).toEqual(['annexI']);
    expect(result.obligations.find((o) => o.id === 'art26.oversight')?.appliesFrom).toBe('2028-08-02');
  });

  it('Annex I and Annex III together: the earlier Annex III date applies', () => {
    const result = classifyAiAct(answersWith({ 'art6_1.annex1': true, 'annex3.2': true }), TODAY);
    expect(result.highRiskRoutes).toEqual(['annexIII', 'annexI']);
    expect(result.obligations.find((o) => o.id === 'art26.oversight')?.appliesFrom).toBe('2027-12-02');
  });
});

describe('each Art. 50 trigger makes the use case limited, with the right duty per role', () => {
  const deployerDuty: Record<Art50Id, string> = {
    'art50.1': 'art50.1.deployer',
    'art50.2': 'art50.2.deployer',
    'art50.3': 'art50.3.deployer',
    'art50.4': 'art50.4.deployer',
  };
  const providerDuty: Record<Art50Id, string[]> = {
    'art50.1': ['art50.1.provider'],
    'art50.2': ['art50.2.provider'],
    'art50.3': [],
    'art50.4': [],
  };

  it.each(ART50_IDS)('%s', (id) => {
    const asDeployer = classifyAiAct(answersWith({ [id]: true }), TODAY);
    expect(asDeployer.tier).toBe('limited');
    expect(asDeployer.transparencyDuties).toEqual([id]);
    expect(asDeployer.reasons).toEqual([
      expect.objectContaining({ ruleId: id, article: `Art. 50(${id.slice(-1)})` }),
    ]);
    expect(ids(asDeployer.obligations)).toEqual(['art4.literacy', deployerDuty[id]]);

    const asProvider = classifyAiAct(answersWith({ [id]: true, role: 'provider' }), TODAY);
    expect(ids(asProvider.obligations)).toEqual(['art4.literacy', ...providerDuty[id]]);
  });

  it('several triggers list every duty', () => {
    const result = classifyAiAct(answersWith({ 'art50.1': true, 'art50.2': true, 'art50.4': true }), TODAY);
    expect(result.transparencyDuties).toEqual(['art50.1', 'art50.2', 'art50.4']);
  });
});
