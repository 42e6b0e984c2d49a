import { describe, expect, it } from 'vitest';
import { governanceReportFromData } from '../../../../src/db/reports/governance';
import { createStoredClassification, overrideClassification } from '../../../../src/domain/governance';
import { periodContaining, tierOverrideText } from '../../../../src/domain/reports';
import { answersWith, CV_SUMMARIES } from '../../domain/governance/aiActFixtures';
import { data, system } from '../../domain/governance/registerFixtures';

describe('the board report shows a tier override and its justification', () => {
  it('the system row carries what was overridden, why, by whom and the article acknowledged', () => {
    const stored = createStoredClassification(CV_SUMMARIES, '2026-11-26');
    if (!stored.ok) throw new Error('fixture');
    const overridden = overrideClassification(
      stored.value,
      {
        tier: 'limited',
        justification: 'Counsel: the summaries are never used to select.',
        decidedBy: 'Marieke de Vries',
        acknowledgedArticle: 'Art. 6(3), third subparagraph',
      },
      '2026-11-26T10:00:00Z',
    );
    if (!overridden.ok) throw new Error(overridden.reasons.join());
    const report = governanceReportFromData(
      data({
        aiSystems: [
          system({ name: 'CV summaries', classification: overridden.value }),
          system({ name: 'Plain', classification: stored.value }),
        ],
      }),
      periodContaining('2026-11-26', 'month'),
      new Date(2026, 10, 30, 12, 0),
    );
    const [cv, plain] = report.systems;
    expect(cv).toMatchObject({
      tier: 'limited',
      tierOverride: {
        of: 'high',
        decidedBy: 'Marieke de Vries',
        acknowledgedArticle: 'Art. 6(3), third subparagraph',
      },
    });
    expect(tierOverrideText(cv)).toBe(
      'Override of High risk: “Counsel: the summaries are never used to select.” (decided by Marieke de Vries; against Art. 6(3), third subparagraph, acknowledged)',
    );
    expect(plain.tierOverride).toBeUndefined();
    expect(tierOverrideText(plain)).toBe('');
  });
});

describe('the compliance slide lists the stop obligation of a prohibited system still in use', () => {
  it('classified prohibited by its answers, or overridden to prohibited: "Stop the use case" (Art. 5(1)), in force', () => {
    const period = periodContaining('2026-11-26', 'month');
    const asOf = new Date(2026, 10, 30, 12, 0);
    const byAnswers = createStoredClassification(answersWith({ 'art5.f': true }), '2026-11-26');
    const plain = createStoredClassification(CV_SUMMARIES, '2026-11-26');
    if (!byAnswers.ok || !plain.ok) throw new Error('fixture');
    const overridden = overrideClassification(
      plain.value,
      {
        tier: 'prohibited',
        justification: 'Counsel: it infers emotions at work.',
        decidedBy: 'Marieke de Vries',
        acknowledgedArticle: 'Art. 5(1)(f)',
      },
      '2026-11-26T10:00:00Z',
    );
    if (!overridden.ok) throw new Error(overridden.reasons.join());
    for (const classification of [byAnswers.value, overridden.value]) {
      const report = governanceReportFromData(
        data({ aiSystems: [system({ name: 'Mood meter', status: 'inPilot', classification })] }),
        period,
        asOf,
      );
      expect(report.systems[0].tier).toBe('prohibited');
      expect(report.obligations.find((o) => o.article.startsWith('Art. 5'))).toMatchObject({
        title: 'Stop the use case: it is a prohibited practice',
        inForce: true,
        systems: 1,
      });
    }
  });
});
