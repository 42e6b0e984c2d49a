import { useState } from 'react';
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
import { trackSave } from '../../../state/saveStatus';
import { parseRequiredNumber } from '../../../ui/parse';
import { FormDialog, type FormProblem } from '../../../ui/FormDialog';
import { DateField, NumberField, TextAreaField, TextField } from '../../../ui/fields/TextField';
import { OptionSelect, optionsOf } from '../../../ui/fields/OptionSelect';
import { writeProblem } from '../../../ui/writeProblem';

const PER_TASK: KpiUnit[] = ['minutes-per-task', 'hours-per-task', 'eur-per-task'];
const numberText = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const THRESHOLD_HINT =
  'The value at which the pilot is worth scaling up; may be less ambitious than the target.';
const TASKS_HINT = 'Turns a per-task saving into value realised per month.';

/** The KPI as the form holds it: numbers as typed (read by the user's locale on save). */
type KpiForm = ReturnType<typeof formOf>;
const formOf = (kpi: Kpi | undefined) => ({
  name: kpi?.name ?? '',
  definition: kpi?.definition ?? '',
  unit: kpi?.unit ?? ('minutes-per-task' as KpiUnit),
  unitLabel: kpi?.unitLabel ?? '',
  direction: kpi?.direction ?? ('lower-is-better' as KpiDirection),
  baselineValue: numberText(kpi?.baselineValue),
  baselineDate: kpi?.baselineDate ?? '',
  targetValue: numberText(kpi?.targetValue),
  scaleUpThreshold: numberText(kpi?.scaleUpThreshold),
  tasksPerMonth: numberText(kpi?.tasksPerMonth),
});
const UNIT_OPTIONS = optionsOf(KPI_UNITS, { ...KPI_UNIT_LABELS, percent: 'percent (%)' });
const DIRECTION_OPTIONS = optionsOf(KPI_DIRECTIONS, KPI_DIRECTION_LABELS);

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
  const [form, setForm] = useState(() => formOf(kpi));
  const { unit } = form;
  const perTask = PER_TASK.includes(unit);
  /** The value and change handler of one field of the form. */
  const bind = <K extends keyof KpiForm>(name: K) => ({
    name,
    value: form[name],
    onChange: (value: KpiForm[K]) => setForm((current) => ({ ...current, [name]: value })),
  });

  const submit = async () => {
    const problems: FormProblem[] = [];
    const num = (raw: string, field: keyof KpiFields, label: string) => {
      if (raw.trim() === '') return null;
      const parsed = parseRequiredNumber(raw, {
        label,
        kind: field === 'tasksPerMonth' ? 'integer' : 'number',
      });
      if (parsed.ok) return parsed.value;
      problems.push({ field, message: parsed.message });
      return null;
    };
    const fields: KpiFields = {
      name: form.name,
      definition: form.definition.trim(),
      unit,
      unitLabel: unit === 'other' ? form.unitLabel.trim() : '',
      direction: form.direction,
      baselineValue: num(form.baselineValue, 'baselineValue', 'Baseline value'),
      baselineDate: form.baselineDate || null,
      targetValue: num(form.targetValue, 'targetValue', 'Target value'),
      scaleUpThreshold: num(form.scaleUpThreshold, 'scaleUpThreshold', 'Scale-up threshold'),
      tasksPerMonth: perTask ? num(form.tasksPerMonth, 'tasksPerMonth', 'Tasks per month') : null,
    };
    if (problems.length) return problems;
    try {
      if (kpi) await trackSave(updateKpi(db, kpi.id, fields));
      else await trackSave(createKpi(db, useCaseId, fields));
    } catch (err) {
      if (!(err instanceof FieldsInvalidError)) return writeProblem(err);
      return err.errors.map((e) => ({ message: e.message, field: e.field in fields ? e.field : undefined }));
    }
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={kpi ? `Edit KPI: ${kpi.name}` : 'New KPI'}
      description="A KPI is measurable once it has a baseline (value and date) and a target that differs from it."
      wide
      submitLabel={kpi ? 'Save KPI' : 'Add KPI'}
      onSubmit={submit}
    >
      <div className="form-grid">
        <TextField label="KPI name" placeholder="e.g. Time to draft a job posting" {...bind('name')} />
        <OptionSelect label="Unit" options={UNIT_OPTIONS} {...bind('unit')} />
        {unit === 'other' && (
          <TextField label="Unit (in words)" placeholder="e.g. tickets per day" {...bind('unitLabel')} />
        )}
        <OptionSelect label="Direction" options={DIRECTION_OPTIONS} {...bind('direction')} />
      </div>
      <div className="form-grid">
        <NumberField label="Baseline value" {...bind('baselineValue')} />
        <DateField label="Baseline date" {...bind('baselineDate')} />
        <NumberField label="Target value" {...bind('targetValue')} />
        <NumberField label="Scale-up threshold" hint={THRESHOLD_HINT} {...bind('scaleUpThreshold')} />
        {perTask && <NumberField label="Tasks per month" hint={TASKS_HINT} {...bind('tasksPerMonth')} />}
      </div>
      <TextAreaField
        label="How it is measured"
        rows={2}
        placeholder="Source, sample, who counts"
        {...bind('definition')}
      />
    </FormDialog>
  );
}
