/**
 * KPI and measurement records. A KPI belongs to one use case; measurements belong to one KPI.
 * Both are separate records (not nested in the use case) so the measurement log can grow.
 */
import { z } from 'zod';
import { formatNumber, idSchema, isoDateSchema, numberSchema, recordBaseShape } from './common';
import {
  KPI_DIRECTIONS,
  KPI_UNITS,
  KPI_UNIT_LABELS,
  MEASUREMENT_CONFIDENCES,
  type KpiDirection,
  type KpiUnit,
} from './constants';
import { english, tell, type Translate } from '../shared/language';

/**
 * "40 minutes per task", "12%", "3 widgets"; scores and counts are shown as bare numbers ("7.5"). The unit is
 * written by `t` (English unless given; a unit the consultant typed stays as typed).
 */
export function formatKpiValue(
  value: number,
  unit: KpiUnit,
  unitLabel?: string,
  t: Translate = english,
): string {
  const label = unit === 'other' ? (unitLabel ?? '').trim() : t(KPI_UNIT_LABELS[unit]);
  if (unit === 'percent') return `${formatNumber(value)}%`;
  if (unit === 'score' || unit === 'count') return formatNumber(value);
  return label ? `${formatNumber(value)} ${label}` : formatNumber(value);
}

/** +1 when higher is better, -1 when lower is better. */
export function directionSign(direction: KpiDirection): 1 | -1 {
  return direction === 'higher-is-better' ? 1 : -1;
}

export const kpiSchema = z
  .object({
    ...recordBaseShape,
    useCaseId: idSchema('Use case'),
    name: z
      .string({ error: () => tell('KPI name is required') })
      .trim()
      .min(1, { error: () => tell('KPI name is required') }),
    /** How it is measured (source, sample, who counts). */
    definition: z.string().optional(),
    unit: z.enum(KPI_UNITS, { error: () => tell('Choose a unit for the KPI') }),
    /** Free unit text, used when unit is `other`. */
    unitLabel: z.string().optional(),
    direction: z.enum(KPI_DIRECTIONS, { error: () => tell('Say whether higher or lower is better') }),
    /** Value before the AI was introduced; `null` while the baseline is still to be measured. */
    baselineValue: numberSchema('Baseline value').nullable(),
    baselineDate: isoDateSchema('Baseline date').nullable(),
    targetValue: numberSchema('Target value').nullable(),
    /** Value at which the pilot is worth scaling up (may be less ambitious than the target). */
    scaleUpThreshold: numberSchema('Scale-up threshold').nullable(),
    /**
     * How many tasks a month the KPI applies to. Only used for per-task units
     * (minutes, hours or EUR per task) to turn a per-task saving into a monthly value.
     */
    tasksPerMonth: numberSchema('Tasks per month')
      .min(0, { error: () => tell('Tasks per month cannot be negative') })
      .nullable()
      .optional(),
  })
  .superRefine((kpi, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const show = (v: number) => formatKpiValue(v, kpi.unit, kpi.unitLabel, tell);
    if (kpi.unit === 'other' && !(kpi.unitLabel ?? '').trim()) {
      issue('unitLabel', tell('Write the unit when you choose "other"'));
    }
    if (kpi.baselineValue !== null && kpi.baselineDate === null) {
      issue('baselineDate', tell('Give the date the baseline was measured'));
    }
    if (kpi.baselineValue === null && kpi.baselineDate !== null) {
      issue('baselineValue', tell('Give the baseline value measured on the baseline date'));
    }
    if (kpi.baselineValue === null) return;
    const sign = directionSign(kpi.direction);
    const higher = kpi.direction === 'higher-is-better';
    const baseline = { baseline: show(kpi.baselineValue) };
    if (kpi.targetValue !== null) {
      if (kpi.targetValue === kpi.baselineValue) {
        issue(
          'targetValue',
          tell(
            'The target equals the baseline ({{baseline}}): set a target that is an improvement, otherwise there is nothing to measure',
            baseline,
          ),
        );
      } else if ((kpi.targetValue - kpi.baselineValue) * sign < 0) {
        issue(
          'targetValue',
          tell(
            higher
              ? 'Higher is better, so the target must be above the baseline ({{baseline}})'
              : 'Lower is better, so the target must be below the baseline ({{baseline}})',
            baseline,
          ),
        );
      }
    }
    if (kpi.scaleUpThreshold !== null && (kpi.scaleUpThreshold - kpi.baselineValue) * sign <= 0) {
      issue(
        'scaleUpThreshold',
        tell(
          higher
            ? 'The scale-up threshold must be an improvement on the baseline, so above {{baseline}}'
            : 'The scale-up threshold must be an improvement on the baseline, so below {{baseline}}',
          baseline,
        ),
      );
    }
  });

export type Kpi = z.infer<typeof kpiSchema>;

/**
 * A KPI is measurable when it has a baseline (value and date) and a target that differs from it.
 * Without at least one measurable KPI a use case cannot enter pilot.
 */
export function isMeasurableKpi(kpi: Kpi): boolean {
  return (
    kpi.baselineValue !== null &&
    kpi.baselineDate !== null &&
    kpi.targetValue !== null &&
    Number.isFinite(kpi.baselineValue) &&
    Number.isFinite(kpi.targetValue) &&
    kpi.targetValue !== kpi.baselineValue
  );
}

export const measurementSchema = z.object({
  ...recordBaseShape,
  kpiId: idSchema('KPI'),
  useCaseId: idSchema('Use case'),
  date: isoDateSchema('Measurement date'),
  value: numberSchema('Value'),
  note: z.string(),
  confidence: z.enum(MEASUREMENT_CONFIDENCES, {
    error: () => tell('Confidence must be low, medium or high'),
  }),
});

export type Measurement = z.infer<typeof measurementSchema>;
