import { describe, expect, it } from 'vitest';
import {
  checkWeights,
  DEFAULT_CRITERIA,
  formatNumber,
  roundTo,
  weightTotal,
} from '../../../../src/domain/vendors';

describe('checkWeights', () => {
  it('accepts the default criteria (25+20+15+15+10+10+5 = 100)', () => {
    expect(checkWeights(DEFAULT_CRITERIA)).toEqual({ ok: true, total: 100 });
  });

  it('refuses weights totalling 99.5 and states the current total', () => {
    const criteria = DEFAULT_CRITERIA.map((c) => (c.id === 'quality' ? { ...c, weight: 24.5 } : c));
    const check = checkWeights(criteria);
    expect(check.ok).toBe(false);
    expect(check.total).toBe(99.5);
    if (!check.ok) expect(check.reasons).toEqual(['Criteria weights must total 100. They now total 99.5.']);
  });

  it('refuses weights above 100 as well', () => {
    const check = checkWeights([
      { name: 'A', weight: 60 },
      { name: 'B', weight: 45 },
    ]);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reasons[0]).toContain('They now total 105.');
  });

  it('treats 33.3 + 33.3 + 33.4 as 100 despite float noise', () => {
    expect(checkWeights([{ weight: 33.3 }, { weight: 33.3 }, { weight: 33.4 }]).ok).toBe(true);
    expect(weightTotal([{ weight: 0.1 }, { weight: 0.2 }])).toBe(0.3);
  });

  it('refuses an empty criteria list and negative weights', () => {
    const empty = checkWeights([]);
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.reasons).toEqual(['Add at least one criterion.']);
    const negative = checkWeights([
      { name: 'Cost', weight: -10 },
      { name: 'Quality', weight: 110 },
    ]);
    expect(negative.ok).toBe(false);
    if (!negative.ok)
      expect(negative.reasons).toContain('The weight of "Cost" must be a number of 0 or more.');
  });
});

describe('roundTo and formatNumber', () => {
  it('rounds half away from zero without binary float surprises', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.625, 2)).toBe(2.63);
    expect(roundTo(71.24999999999999, 1)).toBe(71.3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(0.0000001, 2)).toBe(0);
  });

  it('formats numbers with at most two decimals', () => {
    expect(formatNumber(99.5)).toBe('99.5');
    expect(formatNumber(100)).toBe('100');
    expect(formatNumber(100 / 3)).toBe('33.33');
  });
});
