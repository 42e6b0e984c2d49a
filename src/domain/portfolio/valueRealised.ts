/**
 * Value realised: time and money saved per month, from KPIs that measure time or money.
 */
import { formatNumber } from './common';
import type { KpiUnit, Stage } from './constants';
import { directionSign, type Kpi, type Measurement } from './kpiRecords';
import { validMeasurements } from './kpis';
import type { UseCase } from './useCase';
import { tell } from '../shared/language';

/** Use cases whose KPIs count: they are being used (in pilot, evaluation or structural use). */
export const VALUE_STAGES: readonly Stage[] = ['pilot', 'evaluation', 'structural'];

/** Average weeks per month (52 / 12). */
export const WEEKS_PER_MONTH = 52 / 12;

export const VALUE_REALISED_EXPLANATION =
  'Value realised adds up, per month, the improvement between the baseline and the latest measurement of every KPI ' +
  'that measures time or money, for use cases in pilot, evaluation or structural use. ' +
  'Time: hours per month as is, hours per week x 52/12, minutes or hours per task x the monthly task volume. ' +
  'Money (EUR): per month as is, per year / 12, per task x the monthly task volume. ' +
  "The improvement counts in the KPI's better direction (time spent going down, or time saved going up), " +
  'so a KPI that got worse counts negatively. Per-task KPIs without a monthly volume, percentages, counts and ' +
  'scores are not counted. Only measurements between the baseline date and today are used.';

type ValueKind = 'time' | 'money';

/** For each counted unit: what it measures and the factor that turns one unit into hours or EUR per month. */
function monthlyFactor(
  unit: KpiUnit,
  tasksPerMonth: number | null | undefined,
): { kind: ValueKind; factor: number | null } | null {
  const volume = tasksPerMonth ?? null;
  switch (unit) {
    case 'hours-per-month':
      return { kind: 'time', factor: 1 };
    case 'hours-per-week':
      return { kind: 'time', factor: WEEKS_PER_MONTH };
    case 'minutes-per-task':
      return { kind: 'time', factor: volume === null ? null : volume / 60 };
    case 'hours-per-task':
      return { kind: 'time', factor: volume };
    case 'eur-per-month':
      return { kind: 'money', factor: 1 };
    case 'eur-per-year':
      return { kind: 'money', factor: 1 / 12 };
    case 'eur-per-task':
      return { kind: 'money', factor: volume };
    default:
      return null;
  }
}

export interface ValueContribution {
  useCaseId: string;
  useCaseTitle: string;
  kpiId: string;
  kpiName: string;
  kind: ValueKind;
  baselineValue: number;
  latestValue: number;
  latestDate: string;
  /** Hours per month (time) or EUR per month (money); negative when the KPI got worse. */
  perMonth: number;
  /** The computation written out, for a tooltip. */
  calculation: string;
}

export interface ValueExclusion {
  useCaseId: string;
  kpiId: string;
  kpiName: string;
  reason: string;
}

export interface ValueRealised {
  /** Hours saved per month, rounded to one decimal. */
  hoursPerMonth: number;
  /** EUR saved per month, rounded to whole euros. */
  eurPerMonth: number;
  contributions: ValueContribution[];
  /** Time or money KPIs that could not be counted, and why. */
  excluded: ValueExclusion[];
}

/** Value realised by the use cases of one client, as of `today`, by `VALUE_REALISED_EXPLANATION`. */
export function valueRealised(
  useCases: readonly UseCase[],
  kpis: readonly Kpi[],
  measurements: readonly Measurement[],
  today: string,
): ValueRealised {
  return valueRealisedFrom(useCases, kpis, (kpi) => validMeasurements(kpi, measurements, today).at(-1));
}

/** The latest measurement that counts for a KPI (`validMeasurements(kpi, ...).at(-1)`), or undefined. */
export type LatestValidMeasurement = (kpi: Kpi) => Measurement | undefined;

/**
 * The KPIs whose latest valid measurement value realised needs: time or money KPIs of use cases in a
 * value stage, with a baseline and (per task) a monthly volume. The others are never looked up.
 */
export function kpisCountedForValue(useCases: readonly UseCase[], kpis: readonly Kpi[]): Kpi[] {
  const counted = new Set(useCases.filter((u) => VALUE_STAGES.includes(u.stage)).map((u) => u.id));
  return kpis.filter(
    (kpi) =>
      counted.has(kpi.useCaseId) &&
      kpi.baselineValue !== null &&
      (monthlyFactor(kpi.unit, kpi.tasksPerMonth)?.factor ?? null) !== null,
  );
}

/** `valueRealised` with the latest valid measurement of each counted KPI given by `latestOf`. */
export function valueRealisedFrom(
  useCases: readonly UseCase[],
  kpis: readonly Kpi[],
  latestOf: LatestValidMeasurement,
): ValueRealised {
  const contributions: ValueContribution[] = [];
  const excluded: ValueExclusion[] = [];
  for (const useCase of useCases) {
    if (!VALUE_STAGES.includes(useCase.stage)) continue;
    for (const kpi of kpis.filter((k) => k.useCaseId === useCase.id)) {
      const conversion = monthlyFactor(kpi.unit, kpi.tasksPerMonth);
      if (!conversion) continue;
      const skip = (reason: string) =>
        excluded.push({ useCaseId: useCase.id, kpiId: kpi.id, kpiName: kpi.name, reason });
      if (conversion.factor === null) {
        skip(tell('A per-task KPI needs the number of tasks per month to be counted.'));
        continue;
      }
      if (kpi.baselineValue === null) {
        skip(tell('No baseline yet.'));
        continue;
      }
      const latest = latestOf(kpi);
      if (!latest) {
        skip(tell('No measurement since the baseline.'));
        continue;
      }
      const improvement = (latest.value - kpi.baselineValue) * directionSign(kpi.direction);
      const perMonth = improvement * conversion.factor;
      contributions.push({
        useCaseId: useCase.id,
        useCaseTitle: useCase.title,
        kpiId: kpi.id,
        kpiName: kpi.name,
        kind: conversion.kind,
        baselineValue: kpi.baselineValue,
        latestValue: latest.value,
        latestDate: latest.date,
        perMonth,
        calculation: tell(
          conversion.kind === 'time'
            ? '{{improvement}} x {{factor}} = {{perMonth}} hours per month'
            : '{{improvement}} x {{factor}} = {{perMonth}} EUR per month',
          {
            improvement: formatNumber(improvement),
            factor: formatNumber(conversion.factor),
            perMonth: formatNumber(perMonth),
          },
        ),
      });
    }
  }
  const total = (kind: ValueKind) =>
    contributions.filter((c) => c.kind === kind).reduce((sum, c) => sum + c.perMonth, 0);
  return {
    hoursPerMonth: Math.round(total('time') * 10) / 10,
    eurPerMonth: Math.round(total('money')),
    contributions,
    excluded,
  };
}
