import { describe, expect, it } from 'vitest';
import {
  aiActAnswersSchema,
  AI_ACT_ROLES,
  AI_ACT_TIERS,
  EU_AI_ACT_RULE_PACK as pack,
  EUR_LEX,
  eurLexUrl,
  isOfficialSourceUrl,
  isQuestionAsked,
  type AiActAnswers,
  type AiActQuestionId,
} from '../../../../src/domain/governance';

const questionIds = pack.questions.map((q) => q.id);

describe('EU AI Act rule pack: metadata', () => {
  it('is versioned and names its sources', () => {
    expect(pack).toMatchObject({ id: 'eu-ai-act', version: '2026.12', effectiveDate: '2026-12-01' });
    expect(pack.changeLog.map((c) => c.version)).toEqual(['2026.12', '2026.11']);
    expect(pack.changeLog[0]).toMatchObject({ version: pack.version, date: pack.effectiveDate });
    expect(pack.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['reg-2024-1689', 'reg-2026-1744']));
    expect(pack.disclaimer).toMatch(/not legal advice/);
  });
});

describe('EU AI Act rule pack: questions', () => {
  it('come in the wizard order: Art. 5, Annex I, Annex III, Art. 6(3), Art. 50, role, FRIA, GPAI', () => {
    const sections = [...new Set(pack.questions.map((q) => q.section))];
    expect(sections).toEqual([
      'prohibited',
      'annex1',
      'annex3',
      'exception',
      'transparency',
      'role',
      'fria',
      'gpai',
    ]);
    expect(questionIds.slice(0, 10)).toEqual([
      'art5.a',
      'art5.b',
      'art5.c',
      'art5.d',
      'art5.e',
      'art5.f',
      'art5.g',
      'art5.h',
      'art5.intimateImagery',
      'art5.csam',
    ]);
    expect(questionIds.filter((id) => id.startsWith('annex3.'))).toEqual([
      'annex3.1',
      'annex3.2',
      'annex3.3',
      'annex3.4a',
      'annex3.4b',
      'annex3.5',
      'annex3.6',
      'annex3.7',
      'annex3.8',
    ]);
    expect(questionIds.filter((id) => id.startsWith('art50.'))).toEqual([
      'art50.1',
      'art50.2',
      'art50.3',
      'art50.4',
    ]);
  });

  it('each have a unique id, plain text, help and an article reference', () => {
    expect(new Set(questionIds).size).toBe(questionIds.length);
    for (const q of pack.questions) {
      expect(q.text.length, q.id).toBeGreaterThan(10);
      expect(q.help.length, q.id).toBeGreaterThan(10);
      expect(q.article, q.id).toMatch(/Art\./);
    }
  });

  it('every yes-no question that leads to a finding has one', () => {
    const needsFinding = questionIds.filter((id) => /^(art5|annex3|art6_1|art50)\./.test(id));
    for (const id of needsFinding) expect(pack.questions.find((q) => q.id === id)?.finding, id).toBeTruthy();
  });

  it('match the answers schema one to one', () => {
    expect(Object.keys(aiActAnswersSchema.shape).sort()).toEqual([...questionIds].sort());
  });

  it('only depend on earlier questions (so a half-done wizard can be evaluated in one pass)', () => {
    pack.questions.forEach((q, index) => {
      for (const condition of q.askIf ?? []) {
        const refs: readonly AiActQuestionId[] = 'anyYes' in condition ? condition.anyYes : ['role'];
        for (const ref of refs) expect(questionIds.indexOf(ref), `${q.id} -> ${ref}`).toBeLessThan(index);
      }
    });
  });

  it('the role question offers provider, deployer and both', () => {
    const role = pack.questions.find((q) => q.id === 'role');
    expect(role?.options?.map((o) => o.value).sort()).toEqual([...AI_ACT_ROLES].sort());
  });

  it('Art. 6(3) questions are only asked for an Annex III use', () => {
    const exceptionQuestion = pack.questions.find((q) => q.id === 'art6_3.a')!;
    expect(isQuestionAsked(exceptionQuestion, {})).toBe(false);
    expect(isQuestionAsked(exceptionQuestion, { 'annex3.7': true } satisfies AiActAnswers)).toBe(true);
  });
});

describe('EU AI Act rule pack: obligations', () => {
  it('each have a unique id, an article, a known date and valid tiers and roles', () => {
    const obligationIds = pack.obligations.map((o) => o.id);
    expect(new Set(obligationIds).size).toBe(obligationIds.length);
    const dateIds = pack.applicationDates.map((d) => d.id);
    for (const o of pack.obligations) {
      expect(o.article, o.id).toMatch(/Art\./);
      if (o.appliesFrom !== 'highRiskRoute') expect(dateIds, o.id).toContain(o.appliesFrom);
      for (const tier of o.tiers) expect(AI_ACT_TIERS, o.id).toContain(tier);
      expect(o.roles.length, o.id).toBeGreaterThan(0);
      if (typeof o.trigger === 'object')
        for (const ref of o.trigger.anyYes) expect(questionIds, o.id).toContain(ref);
    }
  });

  it('contain the nine Art. 26 deployer checklist items', () => {
    const art26 = pack.obligations.filter((o) => o.id.startsWith('art26.'));
    expect(art26).toHaveLength(9);
    expect(art26.every((o) => o.roles.join() === 'deployer' && o.appliesFrom === 'highRiskRoute')).toBe(true);
    expect(art26.find((o) => o.id === 'art26.logs')?.title).toContain('6 months');
  });
});

describe('EU AI Act rule pack: penalties and incident clocks', () => {
  it('has the penalty levels of Art. 99', () => {
    expect(pack.penalties.map((p) => [p.id, p.maxAmountEur, p.maxTurnoverPercent])).toEqual([
      ['prohibitedPractices', 35_000_000, 7],
      ['otherObligations', 15_000_000, 3],
      ['incorrectInformation', 7_500_000, 1],
    ]);
    expect(pack.smePenaltyRule.article).toBe('Art. 99(6)');
  });

  it('has the serious-incident clocks (15/10/2 days) and the GDPR 72 hours', () => {
    expect(pack.incidentClocks.map((c) => `${c.kind}:${c.amount} ${c.unit}`)).toEqual([
      'aiActDeath:10 days',
      'aiActWidespread:2 days',
      'aiActOther:15 days',
      'gdprBreach:72 hours',
    ]);
  });
});

describe('EU AI Act rule pack: sources', () => {
  const rules = [...pack.questions, ...pack.obligations, ...pack.incidentClocks, ...pack.applicationDates];

  it('every rule carries its article and a link to the official text on EUR-Lex', () => {
    for (const rule of rules) {
      const label = 'id' in rule ? rule.id : rule.kind;
      expect('article' in rule ? rule.article : rule.source, label).toMatch(/Art\.|Reg\. \(EU\)/);
      expect(isOfficialSourceUrl(rule.url), `${label}: ${rule.url}`).toBe(true);
      expect(rule.url, label).toMatch(/^https:\/\/eur-lex\.europa\.eu\//);
    }
    expect(pack.sources.every((s) => s.url.startsWith('https://'))).toBe(true);
  });

  it('links go to the article, Annex III, the Omnibus or the GDPR as the reference says', () => {
    expect(eurLexUrl('Art. 73(2)')).toBe(`${EUR_LEX.aiAct}#art_73`);
    expect(eurLexUrl('Art. 6(2), Annex III point 4(a)')).toBe(`${EUR_LEX.aiAct}#anx_III`);
    expect(eurLexUrl('Art. 5, as amended by Reg. (EU) 2026/1744 (from 2 Dec 2026)')).toBe(EUR_LEX.omnibus);
    expect(eurLexUrl('GDPR Art. 33(1)')).toBe(EUR_LEX.gdpr);
    expect(isOfficialSourceUrl('http://eur-lex.europa.eu/x')).toBe(false);
    expect(isOfficialSourceUrl('https://eur-lex.europa.eu.evil.example/x')).toBe(false);
  });

  it('the dates follow Reg. (EU) 2024/1689 as amended by Reg. (EU) 2026/1744, with the transitions in notes', () => {
    const dates = Object.fromEntries(pack.applicationDates.map((d) => [d.id, d.date]));
    expect(dates).toMatchObject({
      literacyAndProhibitions: '2025-02-02',
      gpaiAndPenalties: '2025-08-02',
      transparency: '2026-08-02',
      omnibusProhibitions: '2026-12-02',
      highRiskAnnexIII: '2027-12-02',
      highRiskAnnexI: '2028-08-02',
    });
    expect(pack.applicationDates.find((d) => d.id === 'transparency')?.note).toMatch(
      /before 2 Aug 2026 have until 2 Dec 2026 for the machine-readable marking of Art\. 50\(2\)/,
    );
    const exemptRecord = pack.obligations.find((o) => o.id === 'art6_3.record')!;
    expect(exemptRecord).toMatchObject({ roles: ['provider'], article: 'Art. 6(4); Art. 49(2)' });
    expect(exemptRecord.note).toMatch(/Art\. 49\(2\) registration.*not confirmed/);
  });

  it('the Art. 5(1)(f) hint says a workplace camera inferring stress or anger is emotion recognition', () => {
    const hint = pack.questions.find((q) => q.id === 'art5.f')!.help;
    expect(hint).toMatch(
      /workplace camera .* infers stress or anger IS emotion recognition at work, so answer yes/,
    );
    expect(hint).not.toMatch(/fatigue for safety is an exception/);
  });
});
