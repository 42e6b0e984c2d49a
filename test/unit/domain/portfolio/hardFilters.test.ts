import { describe, expect, it } from 'vitest';
import {
  describeFilters,
  hardFilters,
  isMeasurableKpi,
  strongestEffect,
} from '../../../../src/domain/portfolio';
import { cvSummaries, makeKpi, makeUseCase, staffingKpis } from './fixtures';

describe('hardFilters', () => {
  it('lets the CV-summary pilot through: high risk is scored, not filtered', () => {
    expect(hardFilters(cvSummaries, staffingKpis)).toEqual([]);
  });

  it('stops a prohibited practice', () => {
    const useCase = makeUseCase({
      id: 'uc-emotion',
      title: 'Emotion recognition in interviews',
      riskTier: 'prohibited',
    });
    const filters = hardFilters(useCase, [makeKpi({ useCaseId: 'uc-emotion' })]);
    expect(filters).toHaveLength(1);
    expect(filters[0]).toMatchObject({ id: 'prohibited', effect: 'stop', label: 'Prohibited practice' });
    expect(filters[0].message).toContain('Art. 5');
  });

  it('parks a use case without business owner (blank or whitespace)', () => {
    for (const owner of ['', '   ']) {
      const useCase = makeUseCase({ businessOwner: owner });
      const filters = hardFilters(useCase, [makeKpi({ useCaseId: useCase.id })]);
      expect(filters.map((f) => [f.id, f.effect])).toEqual([['no-business-owner', 'park']]);
    }
  });

  it('blocks the pilot when no KPI is measurable, and says whether a KPI exists at all', () => {
    const useCase = makeUseCase({ id: 'uc-1' });
    const none = hardFilters(useCase, []);
    expect(none.map((f) => [f.id, f.effect])).toEqual([['no-measurable-kpi', 'no-pilot']]);
    expect(none[0].message).toMatch(/^No KPI yet/);

    const draft = makeKpi({ useCaseId: 'uc-1', baselineValue: null, baselineDate: null });
    const unmeasurable = hardFilters(useCase, [draft]);
    expect(unmeasurable[0].message).toMatch(/^No measurable KPI/);
  });

  it('only looks at the KPIs of this use case', () => {
    const useCase = makeUseCase({ id: 'uc-1' });
    expect(hardFilters(useCase, [makeKpi({ useCaseId: 'uc-other' })]).map((f) => f.id)).toEqual([
      'no-measurable-kpi',
    ]);
  });

  it('lists every filter that applies, most severe first', () => {
    const useCase = makeUseCase({ riskTier: 'prohibited', businessOwner: '' });
    const filters = hardFilters(useCase, []);
    expect(filters.map((f) => f.effect)).toEqual(['stop', 'park', 'no-pilot']);
    expect(strongestEffect(filters)).toBe('stop');
    expect(strongestEffect([])).toBeNull();
    expect(describeFilters(filters)).toBe(
      'Stop: Prohibited practice; Park: No business owner; Cannot enter pilot: No measurable KPI',
    );
  });
});

describe('isMeasurableKpi', () => {
  it('needs a baseline value, a baseline date and a different target', () => {
    expect(isMeasurableKpi(makeKpi())).toBe(true);
    expect(isMeasurableKpi(makeKpi({ baselineValue: null }))).toBe(false);
    expect(isMeasurableKpi(makeKpi({ baselineDate: null }))).toBe(false);
    expect(isMeasurableKpi(makeKpi({ targetValue: null }))).toBe(false);
    expect(isMeasurableKpi(makeKpi({ targetValue: 45 }))).toBe(false);
  });
});
