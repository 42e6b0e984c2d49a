import { describe, expect, it } from 'vitest';
import { EU_AI_ACT_RULE_PACK, maximumFine, maximumFines } from '../../../../src/domain/governance';

const prohibited = EU_AI_ACT_RULE_PACK.penalties[0];

describe('maximumFine (Art. 99)', () => {
  it('a large company: the higher of EUR 35m and 7 % of turnover', () => {
    expect(maximumFine(prohibited, 1_000_000_000, false).maxEur).toBe(70_000_000);
    expect(maximumFine(prohibited, 100_000_000, false).maxEur).toBe(35_000_000);
  });

  it('an SME: the lower of the two (Art. 99(6))', () => {
    expect(maximumFine(prohibited, 5_000_000, true).maxEur).toBe(350_000);
    expect(maximumFine(prohibited, 1_000_000_000, true).maxEur).toBe(35_000_000);
  });

  it('lists every level for one organisation', () => {
    expect(maximumFines(5_000_000, true).map((f) => f.maxEur)).toEqual([350_000, 150_000, 50_000]);
  });
});
