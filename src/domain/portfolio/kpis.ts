/**
 * KPI status (on track / at risk / off track) and frozen KPI evidence for gate decisions.
 */
import { z } from 'zod';
import { daysBetween } from './common';
import {
  KPI_DIRECTIONS,
  KPI_STATUSES,
  KPI_STATUS_LABELS,
  KPI_UNITS,
  MEASUREMENT_CONFIDENCES,
  type KpiStatus,
} from './constants';
import { directionSign, formatKpiValue, isMeasurableKpi, type Kpi, type Measurement } from './kpiRecords';
import { formatDay, todayIso } from '../shared/dates';
import { tell } from '../shared/language';

/** Tolerance below the expected progress that still counts as on track. */
export const ON_TRACK_TOLERANCE = 0.1;

/** The rule behind `kpiStatus`, for display in the UI. */
export const KPI_STATUS_RULE_EXPLANATION = [
  'Progress is how far the latest measurement has moved from the baseline towards the target ' +
    '(0% = still at the baseline, 100% = target reached), whichever direction is better for the KPI.',
  'Expected progress is the share of the pilot period (charter start to planned end) elapsed on the date of the ' +
    'latest measurement; without a pilot period the full target is expected (100%).',
  'On track: the target is reached, or progress is at least the expected progress minus 10 points.',
  'Off track: the KPI is worse than its baseline, or progress is less than half of the expected progress.',
  'At risk: anything in between.',
  'No data: no baseline or target yet, or no measurement between the baseline date and today.',
].join(' ');

/** Start and planned end of the pilot (from the charter), `YYYY-MM-DD`. */
export interface PilotPeriod {
  start: string | null;
  end: string | null;
}

export interface KpiStatusResult {
  status: KpiStatus;
  /** Most recent valid measurement, or null. */
  latest: Measurement | null;
  /** Share of the way from baseline to target, clamped to 0..1; null without data. */
  progress: number | null;
  /** Unclamped progress: below 0 means worse than baseline, above 1 means beyond target. */
  rawProgress: number | null;
  /** Progress expected by the date of the latest measurement (0..1); null without data. */
  expectedProgress: number | null;
  /** Whether the latest value meets the scale-up threshold; null when no threshold or no data. */
  scaleUpThresholdMet: boolean | null;
  /** One sentence explaining this status for this KPI. */
  explanation: string;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
const pct = (v: number) => `${Math.round(v * 100)}%`;

/**
 * Measurements of this KPI that count: dated on or after the baseline date and not after `today`,
 * oldest first (same date: the one recorded last comes last).
 */
export function validMeasurements(
  kpi: Kpi,
  measurements: readonly Measurement[],
  today: string,
): Measurement[] {
  // Dates are validated YYYY-MM-DD strings, so comparing the strings compares the days (and is far
  // cheaper than parsing thousands of dates on every render).
  return measurements
    .filter((m) => m.kpiId === kpi.id && Number.isFinite(m.value) && m.date <= today)
    .filter((m) => kpi.baselineDate === null || m.date >= kpi.baselineDate)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

/** Share (0..1) of the pilot period elapsed on `date`; 1 when no usable period is given. */
export function expectedProgressOn(date: string, period?: PilotPeriod | null): number {
  if (!period?.start || !period.end) return 1;
  const length = daysBetween(period.start, period.end);
  if (length <= 0) return 1;
  return clamp01(daysBetween(period.start, date) / length);
}

/** Status of a KPI from its measurements, by the rule in `KPI_STATUS_RULE_EXPLANATION`. */
export function kpiStatus(
  kpi: Kpi,
  measurements: readonly Measurement[],
  today: string = todayIso(),
  period?: PilotPeriod | null,
): KpiStatusResult {
  const none = (explanation: string, latest: Measurement | null = null): KpiStatusResult => ({
    status: 'no-data',
    latest,
    progress: null,
    rawProgress: null,
    expectedProgress: null,
    scaleUpThresholdMet: null,
    explanation,
  });
  if (!isMeasurableKpi(kpi) || kpi.baselineValue === null || kpi.targetValue === null) {
    return none(
      tell('"{{name}}" has no baseline and target yet, so it cannot be tracked.', { name: kpi.name }),
    );
  }
  const valid = validMeasurements(kpi, measurements, today);
  const latest = valid[valid.length - 1];
  if (!latest)
    return none(
      tell('No measurement of "{{name}}" since the baseline ({{date}}).', {
        name: kpi.name,
        date: formatDay(kpi.baselineDate),
      }),
    );

  const baseline = kpi.baselineValue;
  const target = kpi.targetValue;
  const rawProgress = (latest.value - baseline) / (target - baseline);
  const expected = expectedProgressOn(latest.date, period);
  const show = (v: number) => formatKpiValue(v, kpi.unit, kpi.unitLabel, tell);
  const thresholdMet =
    kpi.scaleUpThreshold === null
      ? null
      : (latest.value - kpi.scaleUpThreshold) * directionSign(kpi.direction) >= 0;

  let status: KpiStatus;
  let reason: string;
  if (rawProgress >= 1) {
    status = 'on-track';
    reason = tell('the target is reached');
  } else if (rawProgress < 0) {
    status = 'off-track';
    reason = tell('it is worse than the baseline');
  } else if (rawProgress >= expected - ON_TRACK_TOLERANCE) {
    status = 'on-track';
    reason = tell('progress is at least the expected {{expected}} minus 10 points', {
      expected: pct(expected),
    });
  } else if (rawProgress < expected / 2) {
    status = 'off-track';
    reason = tell('progress is less than half of the expected {{expected}}', { expected: pct(expected) });
  } else {
    status = 'at-risk';
    reason = tell('progress is behind the expected {{expected}}', { expected: pct(expected) });
  }
  const explanation = tell(
    'Latest {{latest}} on {{date}} is {{progress}} of the way from the baseline {{baseline}} to the target {{target}}: {{status}} because {{reason}}.',
    {
      latest: show(latest.value),
      date: formatDay(latest.date),
      progress: pct(rawProgress),
      baseline: show(baseline),
      target: show(target),
      status: tell(KPI_STATUS_LABELS[status]).toLowerCase(),
      reason,
    },
  );
  return {
    status,
    latest,
    progress: clamp01(rawProgress),
    rawProgress,
    expectedProgress: expected,
    scaleUpThresholdMet: thresholdMet,
    explanation,
  };
}

/** KPI results at a moment, copied (not referenced) so later edits do not change them. */
export const kpiEvidenceSchema = z.object({
  kpiId: z.string(),
  name: z.string(),
  unit: z.enum(KPI_UNITS),
  unitLabel: z.string().optional(),
  direction: z.enum(KPI_DIRECTIONS),
  baselineValue: z.number().nullable(),
  baselineDate: z.string().nullable(),
  targetValue: z.number().nullable(),
  scaleUpThreshold: z.number().nullable(),
  latestValue: z.number().nullable(),
  latestDate: z.string().nullable(),
  latestConfidence: z.enum(MEASUREMENT_CONFIDENCES).nullable(),
  measurementCount: z.number(),
  status: z.enum(KPI_STATUSES),
  progress: z.number().nullable(),
  scaleUpThresholdMet: z.boolean().nullable(),
  explanation: z.string(),
});
export type KpiEvidence = z.infer<typeof kpiEvidenceSchema>;

/**
 * Freezes the KPI results as they stand on `date` (measurements after `date` are ignored).
 * Pass the KPIs of one use case and, if known, its pilot period.
 */
export function freezeEvidence(
  kpis: readonly Kpi[],
  measurements: readonly Measurement[],
  date: string,
  period?: PilotPeriod | null,
): KpiEvidence[] {
  return kpis.map((kpi) => {
    const result = kpiStatus(kpi, measurements, date, period);
    const evidence: KpiEvidence = {
      kpiId: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      baselineValue: kpi.baselineValue,
      baselineDate: kpi.baselineDate,
      targetValue: kpi.targetValue,
      scaleUpThreshold: kpi.scaleUpThreshold,
      latestValue: result.latest?.value ?? null,
      latestDate: result.latest?.date ?? null,
      latestConfidence: result.latest?.confidence ?? null,
      measurementCount: validMeasurements(kpi, measurements, date).length,
      status: result.status,
      progress: result.progress === null ? null : Math.round(result.progress * 1000) / 1000,
      scaleUpThresholdMet: result.scaleUpThresholdMet,
      explanation: result.explanation,
    };
    if (kpi.unitLabel !== undefined) evidence.unitLabel = kpi.unitLabel;
    return evidence;
  });
}

/** Formats the rounded progress for display, e.g. "72%". */
export function formatProgress(progress: number | null): string {
  return progress === null ? '-' : pct(progress);
}
