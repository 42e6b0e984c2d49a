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
  const perTask = PER_TASK.includes(unit);

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
      name,
      definition: definition.trim(),
      unit,
      unitLabel: unit === 'other' ? unitLabel.trim() : '',
      direction,
      baselineValue: num(baseline, 'baselineValue', 'Baseline value'),
      baselineDate: baselineDate || null,
      targetValue: num(target, 'targetValue', 'Target value'),
      scaleUpThreshold: num(threshold, 'scaleUpThreshold', 'Scale-up threshold'),
      tasksPerMonth: perTask ? num(tasks, 'tasksPerMonth', 'Tasks per month') : null,
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
        <TextField
          name="name"
          label="KPI name"
          value={name}
          onChange={setName}
          placeholder="e.g. Time to draft a job posting"
        />
        <OptionSelect name="unit" label="Unit" value={unit} options={UNIT_OPTIONS} onChange={setUnit} />
        {unit === 'other' && (
          <TextField
            name="unitLabel"
            label="Unit (in words)"
            value={unitLabel}
            onChange={setUnitLabel}
            placeholder="e.g. tickets per day"
          />
        )}
        <OptionSelect
          name="direction"
          label="Direction"
          value={direction}
          options={DIRECTION_OPTIONS}
          onChange={setDirection}
        />
      </div>
      <div className="form-grid">
        <NumberField name="baselineValue" label="Baseline value" value={baseline} onChange={setBaseline} />
        <DateField
          name="baselineDate"
          label="Baseline date"
          value={baselineDate}
          onChange={setBaselineDate}
        />
        <NumberField name="targetValue" label="Target value" value={target} onChange={setTarget} />
        <NumberField
          name="scaleUpThreshold"
          label="Scale-up threshold"
          value={threshold}
          onChange={setThreshold}
          hint="The value at which the pilot is worth scaling up; may be less ambitious than the target."
        />
        {perTask && (
          <NumberField
            name="tasksPerMonth"
            label="Tasks per month"
            value={tasks}
            onChange={setTasks}
            hint="Turns a per-task saving into value realised per month."
          />
        )}
      </div>
      <TextAreaField
        name="definition"
        label="How it is measured"
        rows={2}
        value={definition}
        onChange={setDefinition}
        placeholder="Source, sample, who counts"
      />
    </FormDialog>
  );
}
