/**
 * Validation of KPIs and measurements, with messages the user can act on.
 */
import { daysBetween, validateWith, type FieldError, type ValidationResult } from './common';
import { kpiSchema, measurementSchema, type Kpi, type Measurement } from './kpiRecords';
import { formatDay } from '../shared/dates';

/** The values a measurement may take: a percentage is 0-100 unless the KPI's own baseline or target lies outside. */
export function measurementRange(kpi: Pick<Kpi, 'unit' | 'baselineValue' | 'targetValue'>): {
  min: number;
  max: number;
} {
  if (kpi.unit !== 'percent') return { min: -Infinity, max: Infinity };
  const own = [kpi.baselineValue, kpi.targetValue].filter((v): v is number => v !== null);
  return { min: Math.min(0, ...own), max: Math.max(100, ...own) };
}

/** Validates a KPI record (shape, target differs from baseline and points the right way, threshold). */
export function validateKpi(input: unknown): ValidationResult<Kpi> {
  return validateWith(kpiSchema, input);
}

/**
 * Validates a measurement against its KPI:
 * - the shape (numeric value, real date, confidence);
 * - it belongs to this KPI (same KPI, use case and client);
 * - it is not dated before the KPI's baseline date, nor after `today` (`YYYY-MM-DD`).
 */
export function validateMeasurement(input: unknown, kpi: Kpi, today: string): ValidationResult<Measurement> {
  const parsed = validateWith(measurementSchema, input);
  if (!parsed.ok) return parsed;
  const m = parsed.value;
  const errors: FieldError[] = [];
  if (m.kpiId !== kpi.id)
    errors.push({ field: 'kpiId', message: `This measurement belongs to another KPI than "${kpi.name}"` });
  if (m.useCaseId !== kpi.useCaseId) {
    errors.push({
      field: 'useCaseId',
      message: `This measurement belongs to another use case than the KPI "${kpi.name}"`,
    });
  }
  if (m.clientId !== kpi.clientId) {
    errors.push({
      field: 'clientId',
      message: `This measurement belongs to another client than the KPI "${kpi.name}"`,
    });
  }
  if (kpi.baselineDate !== null && daysBetween(kpi.baselineDate, m.date) < 0) {
    errors.push({
      field: 'date',
      message: `The measurement date (${formatDay(m.date)}) is before the baseline date (${formatDay(kpi.baselineDate)}) of "${kpi.name}"`,
    });
  }
  if (daysBetween(today, m.date) > 0) {
    errors.push({
      field: 'date',
      message: `The measurement date (${formatDay(m.date)}) is in the future (today is ${formatDay(today)})`,
    });
  }
  const range = measurementRange(kpi);
  if (m.value < range.min || m.value > range.max) {
    errors.push({
      field: 'value',
      message: `A share of "${kpi.name}" is between ${range.min}% and ${range.max}% (you entered ${m.value}%)`,
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: m };
}
