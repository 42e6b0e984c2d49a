/**
 * Validation of KPIs and measurements, with messages the user can act on.
 */
import { daysBetween, validateWith, type FieldError, type ValidationResult } from './common';
import { kpiSchema, measurementSchema, type Kpi, type Measurement } from './kpiRecords';

export type NumberParseResult = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads a number typed by the user. Accepts `12`, `-3`, `12.5` and `12,5` (decimal comma),
 * with surrounding spaces. Refuses text, empty input and thousands separators
 * (`1,000` is ambiguous between one thousand and one), with a message saying why.
 */
export function parseNumericInput(text: string, fieldLabel = 'Value'): NumberParseResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `${fieldLabel} is required` };
  if (/^[+-]?\d+,\d{3}$/.test(trimmed)) {
    return {
      ok: false,
      message: `${fieldLabel} "${trimmed}" is ambiguous: write 1000 for a thousand or 1.5 for one and a half (no thousands separators)`,
    };
  }
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(trimmed)) {
    return { ok: false, message: `${fieldLabel} must be a number, for example 12 or 12.5 (you wrote "${trimmed}")` };
  }
  return { ok: true, value: Number(trimmed.replace(',', '.')) };
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
  if (m.kpiId !== kpi.id) errors.push({ field: 'kpiId', message: `This measurement belongs to another KPI than "${kpi.name}"` });
  if (m.useCaseId !== kpi.useCaseId) {
    errors.push({ field: 'useCaseId', message: `This measurement belongs to another use case than the KPI "${kpi.name}"` });
  }
  if (m.clientId !== kpi.clientId) {
    errors.push({ field: 'clientId', message: `This measurement belongs to another client than the KPI "${kpi.name}"` });
  }
  if (kpi.baselineDate !== null && daysBetween(kpi.baselineDate, m.date) < 0) {
    errors.push({
      field: 'date',
      message: `The measurement date (${m.date}) is before the baseline date (${kpi.baselineDate}) of "${kpi.name}"`,
    });
  }
  if (daysBetween(today, m.date) > 0) {
    errors.push({ field: 'date', message: `The measurement date (${m.date}) is in the future (today is ${today})` });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: m };
}
