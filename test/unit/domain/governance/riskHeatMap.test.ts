import { describe, expect, it } from 'vitest';
import { riskHeatMap, riskLevel, type Risk } from '../../../../src/domain/governance';
import { makeRecord } from './registerFixtures';

const risk = (fields: Record<string, unknown>) => makeRecord<Risk>('risks', { title: 'R', ...fields });

describe('risk heat map', () => {
  it('levels follow likelihood x severity', () => {
    expect([
      riskLevel(1, 1),
      riskLevel(2, 2),
      riskLevel(1, 5),
      riskLevel(3, 3),
      riskLevel(2, 5),
      riskLevel(3, 5),
      riskLevel(5, 5),
    ]).toEqual(['low', 'low', 'medium', 'medium', 'high', 'critical', 'critical']);
  });

  it('places risks by likelihood (columns) and severity (rows, 5 on top), before or after controls', () => {
    const a = risk({
      title: 'Dropped experience',
      likelihoodBefore: 4,
      severityBefore: 4,
      likelihoodAfter: 2,
      severityAfter: 3,
    });
    const b = risk({ title: 'Unscored', likelihoodBefore: null, severityBefore: null });
    const c = risk({ title: 'Closed', likelihoodBefore: 5, severityBefore: 5, status: 'closed' });
    const before = riskHeatMap([a, b, c], 'before');
    expect(before.rows[1][3].risks.map((r) => r.title)).toEqual(['Dropped experience']);
    expect(before.rows[1][3]).toMatchObject({ likelihood: 4, severity: 4, level: 'critical' });
    expect(before.unscored.map((r) => r.title)).toEqual(['Unscored']);
    expect(before.plotted).toBe(1);
    const after = riskHeatMap([a, b, c], 'after');
    expect(after.rows[2][1].risks.map((r) => r.title)).toEqual(['Dropped experience']);
    expect(after.rows.flat().reduce((n, cell) => n + cell.risks.length, 0)).toBe(1);
  });
});
