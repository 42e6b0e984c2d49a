/**
 * Validation of KPIs and measurements, with messages the user can act on.
 */
import { daysBetween, validateWith, type FieldError, type ValidationResult } from './common';
import { kpiSchema, measurementSchema, type Kpi, type Measurement } from './kpiRecords';
import { formatDay } from '../shared/dates';
import { tell } from '../shared/language';

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
    errors.push({
      field: 'kpiId',
      message: tell('This measurement belongs to another KPI than "{{name}}"', { name: kpi.name }),
    });
  if (m.useCaseId !== kpi.useCaseId) {
    errors.push({
      field: 'useCaseId',
      message: tell('This measurement belongs to another use case than the KPI "{{name}}"', {
        name: kpi.name,
      }),
    });
  }
  if (m.clientId !== kpi.clientId) {
    errors.push({
      field: 'clientId',
      message: tell('This measurement belongs to another client than the KPI "{{name}}"', { name: kpi.name }),
    });
  }
  if (kpi.baselineDate !== null && daysBetween(kpi.baselineDate, m.date) < 0) {
    errors.push({
      field: 'date',
      message: tell(
        'The measurement date ({{date}}) is before the baseline date ({{baseline}}) of "{{name}}"',
        {
          date: formatDay(m.date),
          baseline: formatDay(kpi.baselineDate),
          name: kpi.name,
        },
      ),
    });
  }
  if (daysBetween(today, m.date) > 0) {
    errors.push({
      field: 'date',
      message: tell('The measurement date ({{date}}) is in the future (today is {{today}})', {
        date: formatDay(m.date),
        today: formatDay(today),
      }),
    });
  }
  const range = measurementRange(kpi);
  if (m.value < range.min || m.value > range.max) {
    errors.push({
      field: 'value',
      message: tell('A share of "{{name}}" is between {{min}}% and {{max}}% (you entered {{value}}%)', {
        name: kpi.name,
        min: range.min,
        max: range.max,
        value: m.value,
      }),
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: m };
}
