import { describe, expect, it } from 'vitest';
import {
  classifyAiAct,
  createStoredClassification,
  governanceGaps,
  openObligationDates,
} from '../../../../src/domain/governance';
import { CLIENT_EMAILS, CV_SUMMARIES, TODAY, answersWith } from './aiActFixtures';
import { data, system } from './registerFixtures';

const duties = (answers: Parameters<typeof classifyAiAct>[0]) =>
  classifyAiAct(answers, TODAY).obligations.map((o) => ({ id: o.id, duty: o.duty, binds: o.binds }));

describe('provider and deployer duties are kept apart', () => {
  it('Art. 50(1) binds the provider: a deployer gets a check, not a duty of its own', () => {
    expect(duties(CLIENT_EMAILS)).toEqual([
      { id: 'art4.literacy', duty: 'own', binds: ['provider', 'deployer'] },
      { id: 'art50.1.deployer', duty: 'providerCheck', binds: ['provider'] },
    ]);
    const check = classifyAiAct(CLIENT_EMAILS, TODAY).obligations[1];
    expect(check.title).toBe('Check that the provider tells people they are dealing with an AI');
  });

  it('a provider gets the design duty as its own', () => {
    expect(duties({ ...CLIENT_EMAILS, role: 'provider' }).map((d) => [d.id, d.duty])).toEqual([
      ['art4.literacy', 'own'],
      ['art50.1.provider', 'own'],
    ]);
  });

  it("Art. 50(3) and (4) are the deployer's own duties; Art. 50(2) marking is a check", () => {
    expect(
      duties(answersWith({ 'art50.2': true, 'art50.3': true, 'art50.4': true })).map((d) => [d.id, d.duty]),
    ).toEqual([
      ['art4.literacy', 'own'],
      ['art50.2.deployer', 'providerCheck'],
      ['art50.3.deployer', 'own'],
      ['art50.4.deployer', 'own'],
    ]);
  });

  it('a high-risk deployer has the Art. 26 duties and checks the provider\'s Art. 16 duties; "both" has all as its own', () => {
    const deployer = duties(CV_SUMMARIES);
    expect(deployer.filter((d) => d.duty === 'own').map((d) => d.id)).toContain('art26.oversight');
    expect(deployer.filter((d) => d.duty === 'providerCheck').map((d) => d.id)).toEqual(['art16.check']);
    const both = duties({ ...CV_SUMMARIES, role: 'both' });
    expect(both.every((d) => d.duty === 'own')).toBe(true);
    expect(both.map((d) => d.id)).toEqual(expect.arrayContaining(['art16.provider', 'art26.oversight']));
  });

  it('the Art. 6(4) record of an exempt system binds the provider; the deployer asks for it', () => {
    const exempt = answersWith({
      'annex3.4a': true,
      'art6_3.a': true,
      'art6_3.noSignificantRisk': true,
      'art6_3.profiling': false,
      'art6_3.reasoning': 'Only sorts incoming CVs into folders.',
    });
    expect(duties(exempt).find((d) => d.id === 'art6_3.record')).toEqual({
      id: 'art6_3.record',
      duty: 'providerCheck',
      binds: ['provider'],
    });
    expect(duties({ ...exempt, role: 'provider' }).find((d) => d.id === 'art6_3.record')?.duty).toBe('own');
  });

  it('only own unmet duties in force count as gaps and calendar dates', () => {
    const stored = createStoredClassification(answersWith({ 'art50.1': true, 'art50.4': true }), TODAY);
    if (!stored.ok) throw new Error('fixture');
    const bot = system({
      name: 'Newsletter bot',
      classification: stored.value,
      obligationsMet: ['art4.literacy'],
    });
    const gaps = governanceGaps(data({ aiSystems: [bot] }), TODAY).filter((g) => g.kind === 'dutiesOpen');
    expect(gaps).toHaveLength(1);
    expect(gaps[0].message).toContain('Disclose deepfakes');
    expect(gaps[0].message).not.toContain('provider');
    expect(openObligationDates(stored.value, ['art4.literacy'], TODAY)).toEqual(['2026-08-02']);

    const done = system({
      name: 'Newsletter bot',
      classification: stored.value,
      obligationsMet: ['art4.literacy', 'art50.4.deployer'],
    });
    expect(governanceGaps(data({ aiSystems: [done] }), TODAY).filter((g) => g.kind === 'dutiesOpen')).toEqual(
      [],
    );
    expect(openObligationDates(stored.value, ['art4.literacy', 'art50.4.deployer'], TODAY)).toEqual([]);
  });
});
