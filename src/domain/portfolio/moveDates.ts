/**
 * Dates the user gives for a stage move or a KPI baseline: real, not in the future, not going back in time.
 */
import { daysBetween, isoDateSchema, validateWith, type FieldError, type ValidationResult } from './common';
import { STAGE_LABELS } from './constants';
import { kpiSchema, type Kpi } from './kpiRecords';
import type { UseCase } from './useCase';
import { formatDay } from '../shared/dates';
import { tell } from '../shared/language';

/**
 * Why `date` cannot be the day of the next stage move of `useCase`, or null when it can:
 * it must be a real date, not after `today`, and not before the day the use case entered its current stage.
 */
export function stageMoveDateProblem(
  useCase: Pick<UseCase, 'stage' | 'stageHistory'>,
  date: string,
  today: string,
): string | null {
  if (!isoDateSchema('Move date').safeParse(date).success)
    return tell('The date of the move must be a valid date (YYYY-MM-DD)');
  if (daysBetween(today, date) > 0)
    return tell('The date of the move ({{date}}) is in the future (today is {{today}})', {
      date: formatDay(date),
      today: formatDay(today),
    });
  const last = useCase.stageHistory[useCase.stageHistory.length - 1];
  if (last && daysBetween(last.date, date) < 0) {
    return tell('The date of the move ({{date}}) is before the use case entered {{stage}} ({{entered}})', {
      date: formatDay(date),
      stage: tell(STAGE_LABELS[last.stage]),
      entered: formatDay(last.date),
    });
  }
  return null;
}

/** Validates a KPI as `validateKpi` does, and also refuses a baseline dated after `today`. */
export function validateKpiOn(input: unknown, today: string): ValidationResult<Kpi> {
  const parsed = validateWith(kpiSchema, input);
  if (!parsed.ok) return parsed;
  const errors: FieldError[] = [];
  const { baselineDate } = parsed.value;
  if (baselineDate !== null && daysBetween(today, baselineDate) > 0) {
    errors.push({
      field: 'baselineDate',
      message: `The baseline date (${formatDay(baselineDate)}) is in the future (today is ${formatDay(today)})`,
    });
  }
  return errors.length ? { ok: false, errors } : parsed;
}
