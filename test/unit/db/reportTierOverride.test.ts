import { describe, expect, it } from 'vitest';
import { governanceReportFromData } from '../../../src/db/reportGovernance';
import { createStoredClassification, overrideClassification } from '../../../src/domain/governance';
import { periodContaining, tierOverrideText } from '../../../src/domain/reports';
import { CV_SUMMARIES } from '../domain/governance/aiActFixtures';
import { data, system } from '../domain/governance/registerFixtures';

describe('the board report shows a tier override and its justification', () => {
  it('the system row carries what was overridden, why, by whom and the article acknowledged', () => {
    const stored = createStoredClassification(CV_SUMMARIES, '2026-11-26');
    if (!stored.ok) throw new Error('fixture');
    const overridden = overrideClassification(
      stored.value,
      { tier: 'limited', justification: 'Counsel: the summaries are never used to select.', decidedBy: 'Marieke de Vries', acknowledgedArticle: 'Art. 6(3), third subparagraph' },
      '2026-11-26T10:00:00Z',
    );
    if (!overridden.ok) throw new Error(overridden.reasons.join());
    const report = governanceReportFromData(
      data({ aiSystems: [system({ name: 'CV summaries', classification: overridden.value }), system({ name: 'Plain', classification: stored.value })] }),
      periodContaining('2026-11-26', 'month'),
      new Date(2026, 10, 30, 12, 0),
    );
    const [cv, plain] = report.systems;
    expect(cv).toMatchObject({ tier: 'limited', tierOverride: { of: 'high', decidedBy: 'Marieke de Vries', acknowledgedArticle: 'Art. 6(3), third subparagraph' } });
    expect(tierOverrideText(cv)).toBe('Override of High risk: “Counsel: the summaries are never used to select.” (decided by Marieke de Vries; against Art. 6(3), third subparagraph, acknowledged)');
    expect(plain.tierOverride).toBeUndefined();
    expect(tierOverrideText(plain)).toBe('');
  });
});
