/**
 * Hard filters: rules that apply before (and regardless of) the priority score.
 * - Prohibited practice (EU AI Act Art. 5)  -> stop.
 * - No business owner                       -> park.
 * - No measurable KPI                       -> cannot enter pilot.
 */
import { hasText } from './common';
import { HARD_FILTER_EFFECT_LABELS, type HardFilterEffect, type HardFilterId } from './constants';
import { isMeasurableKpi, type Kpi } from './kpiRecords';
import { english, tell, type Translate } from '../shared/language';
import type { UseCase } from './useCase';

export interface HardFilterResult {
  id: HardFilterId;
  label: string;
  effect: HardFilterEffect;
  message: string;
}

export const HARD_FILTER_EXPLANATION =
  'Hard filters come before the score. A use case classified as a prohibited practice (EU AI Act Art. 5) ' +
  'is stopped, whatever its score. A use case without a business owner (the accountable person on the ' +
  'client side) is parked until someone takes ownership, and cannot go past assessment. A use case without ' +
  'a measurable KPI (baseline value and date, and a target different from the baseline) cannot enter pilot.';

/**
 * The hard filters that apply to this use case, most severe first (stop, park, no-pilot).
 * `kpis` may contain the KPIs of other use cases: only this use case's KPIs are looked at.
 */
export function hardFilters(
  useCase: Pick<UseCase, 'id' | 'riskTier' | 'businessOwner'>,
  kpis: readonly Kpi[],
): HardFilterResult[] {
  const results: HardFilterResult[] = [];
  if (useCase.riskTier === 'prohibited') {
    results.push({
      id: 'prohibited',
      label: 'Prohibited practice',
      effect: 'stop',
      message: tell(
        'Classified as a prohibited practice under the EU AI Act (Art. 5): stop this use case. It cannot move to any stage other than stopped.',
      ),
    });
  }
  if (!hasText(useCase.businessOwner)) {
    results.push({
      id: 'no-business-owner',
      label: 'No business owner',
      effect: 'park',
      message: tell(
        'No business owner: park this use case until someone on the client side is accountable for it. It cannot go past assessment.',
      ),
    });
  }
  const ownKpis = kpis.filter((k) => k.useCaseId === useCase.id);
  if (!ownKpis.some(isMeasurableKpi)) {
    results.push({
      id: 'no-measurable-kpi',
      label: 'No measurable KPI',
      effect: 'no-pilot',
      message:
        ownKpis.length === 0
          ? tell(
              'No KPI yet: add at least one KPI with a baseline and a target before this use case can enter pilot.',
            )
          : tell(
              'No measurable KPI: give at least one KPI a baseline (value and date) and a target before this use case can enter pilot.',
            ),
    });
  }
  return results;
}

/** The most severe effect among the filters, or null when none applies. */
export function strongestEffect(filters: readonly HardFilterResult[]): HardFilterEffect | null {
  const order: HardFilterEffect[] = ['stop', 'park', 'no-pilot'];
  return order.find((effect) => filters.some((f) => f.effect === effect)) ?? null;
}

/** "Stop: Prohibited practice; Cannot enter pilot: No measurable KPI". */
export function describeFilters(filters: readonly HardFilterResult[], t: Translate = english): string {
  return filters.map((f) => `${t(HARD_FILTER_EFFECT_LABELS[f.effect])}: ${t(f.label)}`).join('; ');
}
