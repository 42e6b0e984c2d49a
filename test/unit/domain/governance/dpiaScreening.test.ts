import { describe, expect, it } from 'vitest';
import {
  DPIA_CRITERIA,
  DPIA_CRITERION_IDS,
  dpiaSelectionSchema,
  screenDpia,
} from '../../../../src/domain/governance';

describe('DPIA criteria', () => {
  it('are the nine EDPB/WP248 criteria, each explained', () => {
    expect(DPIA_CRITERIA).toHaveLength(9);
    expect(DPIA_CRITERIA.map((c) => c.id)).toEqual([...DPIA_CRITERION_IDS]);
    for (const c of DPIA_CRITERIA) expect(c.label && c.explanation.length > 20).toBeTruthy();
  });
});

describe('screenDpia', () => {
  it('0 criteria: no DPIA indicated', () => {
    expect(screenDpia([])).toMatchObject({ count: 0, likelyRequired: false });
  });

  it('1 criterion: not likely required', () => {
    const result = screenDpia(['innovativeTechnology']);
    expect(result).toMatchObject({ count: 1, likelyRequired: false });
    expect(result.criteria.filter((c) => c.selected).map((c) => c.id)).toEqual(['innovativeTechnology']);
  });

  it('2 criteria: likely required', () => {
    expect(screenDpia(['vulnerableSubjects', 'innovativeTechnology'])).toMatchObject({
      count: 2,
      likelyRequired: true,
    });
  });

  it('all 9 criteria', () => {
    const result = screenDpia(DPIA_CRITERION_IDS);
    expect(result).toMatchObject({ count: 9, likelyRequired: true });
    expect(result.criteria.every((c) => c.selected)).toBe(true);
  });

  it('counts a criterion once and ignores unknown ids (reported back)', () => {
    const result = screenDpia(['largeScale', 'largeScale', 'nonsense']);
    expect(result).toMatchObject({ count: 1, likelyRequired: false, unknownIds: ['nonsense'] });
  });

  it('the selection schema refuses unknown criteria', () => {
    expect(dpiaSelectionSchema.safeParse(['largeScale']).success).toBe(true);
    expect(dpiaSelectionSchema.safeParse(['nonsense']).error?.issues[0].message).toBe(
      'Unknown DPIA criterion',
    );
  });
});
