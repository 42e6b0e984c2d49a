import { useState, type FormEvent } from 'react';
import { createKpi, FieldsInvalidError, updateKpi, type KpiFields } from '../../../db/portfolio/useCases';
import { db } from '../../../db/core/schema';
import {
  KPI_DIRECTION_LABELS,
  KPI_DIRECTIONS,
  KPI_UNIT_LABELS,
  KPI_UNITS,
  type Kpi,
  type KpiDirection,
  type KpiUnit,
} from '../../../domain/portfolio';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { parseRequiredNumber } from '../../../ui/parse';
import { Dialog } from '../../../ui/Dialog';

type FieldName = keyof KpiFields | 'form';
type Errors = Partial<Record<FieldName, string>>;
const PER_TASK: KpiUnit[] = ['minutes-per-task', 'hours-per-task', 'eur-per-task'];
const numberText = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** Creates or edits a KPI: unit, direction, baseline with date, target, scale-up threshold. */
export function KpiDialog({
  useCaseId,
  kpi,
  open,
  onOpenChange,
}: {
  useCaseId: string;
  kpi?: Kpi;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const [name, setName] = useState(kpi?.name ?? '');
  const [definition, setDefinition] = useState(kpi?.definition ?? '');
  const [unit, setUnit] = useState<KpiUnit>(kpi?.unit ?? 'minutes-per-task');
  const [unitLabel, setUnitLabel] = useState(kpi?.unitLabel ?? '');
  const [direction, setDirection] = useState<KpiDirection>(kpi?.direction ?? 'lower-is-better');
  const [baseline, setBaseline] = useState(numberText(kpi?.baselineValue));
  const [baselineDate, setBaselineDate] = useState(kpi?.baselineDate ?? '');
  const [target, setTarget] = useState(numberText(kpi?.targetValue));
  const [threshold, setThreshold] = useState(numberText(kpi?.scaleUpThreshold));
  const [tasks, setTasks] = useState(numberText(kpi?.tasksPerMonth));
  const [errors, setErrors] = useState<Errors>({});

  const clear = (field: FieldName) =>
    setErrors((current) => ({ ...current, [field]: undefined, form: undefined }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Errors = {};
    const num = (raw: string, field: keyof KpiFields, label: string) => {
      if (raw.trim() === '') return null;
      const parsed = parseRequiredNumber(raw, {
        label,
        kind: field === 'tasksPerMonth' ? 'integer' : 'number',
      });
      if (!parsed.ok) {
        local[field] = parsed.message;
        return null;
      }
      return parsed.value;
    };
    const fields: KpiFields = {
      name,
      definition: definition.trim(),
      unit,
      unitLabel: unit === 'other' ? unitLabel.trim() : '',
      direction,
      baselineValue: num(baseline, 'baselineValue', 'Baseline value'),
      baselineDate: baselineDate || null,
      targetValue: num(target, 'targetValue', 'Target value'),
      scaleUpThreshold: num(threshold, 'scaleUpThreshold', 'Scale-up threshold'),
      tasksPerMonth: PER_TASK.includes(unit) ? num(tasks, 'tasksPerMonth', 'Tasks per month') : null,
    };
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      if (kpi) await trackSave(updateKpi(db, kpi.id, fields));
      else await trackSave(createKpi(db, useCaseId, fields));
      onOpenChange(false);
    } catch (err) {
      if (err instanceof FieldsInvalidError) {
        const byField: Errors = {};
        for (const e of err.errors)
          byField[(e.field in fields ? e.field : 'form') as FieldName] ??= e.message;
        setErrors(byField);
      } else setErrors({ form: describeWriteError(err) });
    }
  };

  const error = (field: FieldName) =>
    errors[field] && (
      <p className="field__error" id={`kpi-${field}-error`} role="alert">
        {errors[field]}
      </p>
    );
  const cls = (field: FieldName) => `field ${errors[field] ? 'field--invalid' : ''}`;
  const aria = (field: FieldName) => ({
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `kpi-${field}-error` : undefined,
  });

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={kpi ? `Edit KPI: ${kpi.name}` : 'New KPI'}
      description="A KPI is measurable once it has a baseline (value and date) and a target that differs from it."
      wide
    >
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <div className={cls('name')}>
            <label htmlFor="kpi-name">KPI name</label>
            <input
              id="kpi-name"
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                clear('name');
              }}
              placeholder="e.g. Time to draft a job posting"
              {...aria('name')}
            />
            {error('name')}
          </div>
          <div className={cls('unit')}>
            <label htmlFor="kpi-unit">Unit</label>
            <select id="kpi-unit" value={unit} onChange={(e) => setUnit(e.target.value as KpiUnit)}>
              {KPI_UNITS.map((u) => (
                <option key={u} value={u}>
                  {u === 'percent' ? 'percent (%)' : KPI_UNIT_LABELS[u]}
                </option>
              ))}
            </select>
          </div>
          {unit === 'other' && (
            <div className={cls('unitLabel')}>
              <label htmlFor="kpi-unit-label">Unit (in words)</label>
              <input
                id="kpi-unit-label"
                value={unitLabel}
                onChange={(e) => {
                  setUnitLabel(e.target.value);
                  clear('unitLabel');
                }}
                placeholder="e.g. tickets per day"
                {...aria('unitLabel')}
              />
              {error('unitLabel')}
            </div>
          )}
          <div className="field">
            <label htmlFor="kpi-direction">Direction</label>
            <select
              id="kpi-direction"
              value={direction}
              onChange={(e) => setDirection(e.target.value as KpiDirection)}
            >
              {KPI_DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {KPI_DIRECTION_LABELS[d]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="form-grid">
          <div className={cls('baselineValue')}>
            <label htmlFor="kpi-baseline">Baseline value</label>
            <input
              id="kpi-baseline"
              inputMode="decimal"
              value={baseline}
              onChange={(e) => {
                setBaseline(e.target.value);
                clear('baselineValue');
              }}
              {...aria('baselineValue')}
            />
            {error('baselineValue')}
          </div>
          <div className={cls('baselineDate')}>
            <label htmlFor="kpi-baseline-date">Baseline date</label>
            <input
              id="kpi-baseline-date"
              type="date"
              value={baselineDate}
              onChange={(e) => {
                setBaselineDate(e.target.value);
                clear('baselineDate');
              }}
              {...aria('baselineDate')}
            />
            {error('baselineDate')}
          </div>
          <div className={cls('targetValue')}>
            <label htmlFor="kpi-target">Target value</label>
            <input
              id="kpi-target"
              inputMode="decimal"
              value={target}
              onChange={(e) => {
                setTarget(e.target.value);
                clear('targetValue');
              }}
              {...aria('targetValue')}
            />
            {error('targetValue')}
          </div>
          <div className={cls('scaleUpThreshold')}>
            <label htmlFor="kpi-threshold">Scale-up threshold</label>
            <input
              id="kpi-threshold"
              inputMode="decimal"
              value={threshold}
              onChange={(e) => {
                setThreshold(e.target.value);
                clear('scaleUpThreshold');
              }}
              aria-describedby={errors.scaleUpThreshold ? 'kpi-scaleUpThreshold-error' : 'kpi-threshold-hint'}
              aria-invalid={errors.scaleUpThreshold ? true : undefined}
            />
            <p className="field__hint" id="kpi-threshold-hint">
              The value at which the pilot is worth scaling up; may be less ambitious than the target.
            </p>
            {error('scaleUpThreshold')}
          </div>
          {PER_TASK.includes(unit) && (
            <div className={cls('tasksPerMonth')}>
              <label htmlFor="kpi-tasks">Tasks per month</label>
              <input
                id="kpi-tasks"
                inputMode="decimal"
                value={tasks}
                onChange={(e) => {
                  setTasks(e.target.value);
                  clear('tasksPerMonth');
                }}
                aria-describedby={errors.tasksPerMonth ? 'kpi-tasksPerMonth-error' : 'kpi-tasks-hint'}
                aria-invalid={errors.tasksPerMonth ? true : undefined}
              />
              <p className="field__hint" id="kpi-tasks-hint">
                Turns a per-task saving into value realised per month.
              </p>
              {error('tasksPerMonth')}
            </div>
          )}
        </div>
        <div className="field">
          <label htmlFor="kpi-definition">How it is measured</label>
          <textarea
            id="kpi-definition"
            rows={2}
            value={definition}
            onChange={(e) => setDefinition(e.target.value)}
            placeholder="Source, sample, who counts"
          />
        </div>
        {error('form')}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            {kpi ? 'Save KPI' : 'Add KPI'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
