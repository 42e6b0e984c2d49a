import { tell } from '../shared/language';
import { WEIGHT_TOTAL } from './constants';

/** Weights are compared to 100 with this tolerance, so 33.3 + 33.3 + 33.4 counts as 100. */
const WEIGHT_TOLERANCE = 1e-6;

export type WeightCheck = { ok: true; total: number } | { ok: false; total: number; reasons: string[] };

/** Formats a number for messages: at most two decimals, no trailing zeros ("99.5", "100", "33.33"). */
export function formatNumber(value: number): string {
  return String(roundTo(value, 2));
}

/**
 * Rounds half away from zero to `decimals` places. The shifted value is first cut to 12 significant
 * digits to drop binary float noise, so 1.005 rounds to 1.01 and 71.24999999999999 (71.25) to 71.3.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const shifted = Number((Math.abs(value) * factor).toPrecision(12));
  const rounded = Math.round(shifted) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Sum of the weights, rounded to 6 decimals to hide float noise. */
export function weightTotal(criteria: ReadonlyArray<{ weight: number }>): number {
  return roundTo(
    criteria.reduce((sum, c) => sum + c.weight, 0),
    6,
  );
}

/**
 * Checks that there is at least one criterion, no weight is negative and the weights total 100.
 * The message always states the current total, so the user knows how far off they are.
 */
export function checkWeights(criteria: ReadonlyArray<{ name?: string; weight: number }>): WeightCheck {
  const total = weightTotal(criteria);
  const reasons: string[] = [];
  if (criteria.length === 0) reasons.push(tell('Add at least one criterion.'));
  for (const c of criteria) {
    if (!Number.isFinite(c.weight) || c.weight < 0) {
      reasons.push(
        c.name
          ? tell('The weight of "{{name}}" must be a number of 0 or more.', { name: c.name })
          : tell('The weight of a criterion must be a number of 0 or more.'),
      );
    }
  }
  if (criteria.length > 0 && Math.abs(total - WEIGHT_TOTAL) > WEIGHT_TOLERANCE) {
    reasons.push(
      tell('Criteria weights must total {{required}}. They now total {{total}}.', {
        required: WEIGHT_TOTAL,
        total: formatNumber(total),
      }),
    );
  }
  return reasons.length === 0 ? { ok: true, total } : { ok: false, total, reasons };
}

/**
 * Scales the weights proportionally so they total exactly 100, as whole numbers (largest remainder:
 * the rounding difference goes to the weights whose fractions were largest). All zero -> equal split.
 */
export function scaleWeightsTo100<T extends { weight: number }>(criteria: readonly T[]): T[] {
  if (criteria.length === 0) return [];
  const total = criteria.reduce(
    (sum, c) => sum + (Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 0),
    0,
  );
  const exact = criteria.map((c) => {
    const weight = Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 0;
    return total > 0 ? (weight * WEIGHT_TOTAL) / total : WEIGHT_TOTAL / criteria.length;
  });
  const floors = exact.map((value) => Math.floor(Number(value.toPrecision(12))));
  let remainder = WEIGHT_TOTAL - floors.reduce((sum, value) => sum + value, 0);
  const order = exact
    .map((value, index) => ({ index, fraction: value - Math.floor(Number(value.toPrecision(12))) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (remainder <= 0) break;
    floors[index] += 1;
    remainder -= 1;
  }
  return criteria.map((c, i) => ({ ...c, weight: floors[i] }));
}
