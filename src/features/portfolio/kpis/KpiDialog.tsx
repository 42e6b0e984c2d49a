import { useState } from 'react';
import { createKpi, FieldsInvalidError, updateKpi, type KpiFields } from '../../../db/portfolio/useCases';
import { db } from '../../../db/core/schema';
import {
  KPI_DIRECTION_LABELS,
  KPI_DIRECTIONS,
  KPI_UNITS,
  type Kpi,
  type KpiDirection,
  type KpiUnit,
} from '../../../domain/portfolio';
import { trackSave } from '../../../state/saveStatus';
import { parseRequiredNumber } from '../../../ui/parse';
import { FormDialog, type FormProblem } from '../../../ui/FormDialog';
import { DateField, NumberField, TextAreaField, TextField } from '../../../ui/fields/TextField';
import { OptionSelect } from '../../../ui/fields/OptionSelect';
import { translatedOptions, UNIT_CHOICE_LABELS } from '../labels';
import { writeProblem } from '../../../ui/writeProblem';
import { useT } from '../../../state/interfaceLanguage';

const PER_TASK: KpiUnit[] = ['minutes-per-task', 'hours-per-task', 'eur-per-task'];
const numberText = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

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
  const t = useT();
  const [form, setForm] = useState(() => formOf(kpi));
  const { unit } = form;
  const perTask = PER_TASK.includes(unit);
  /** The value and change handler of one field of the form. */
  const bind = <K extends keyof KpiForm>(name: K) => ({
    name,
    value: form[name],
    onChange: (value: KpiForm[K]) => setForm((current) => ({ ...current, [name]: value })),
  });

  const fields = {
    name: bind('name'),
    unit: bind('unit'),
    unitLabel: bind('unitLabel'),
    direction: bind('direction'),
    baselineValue: bind('baselineValue'),
    baselineDate: bind('baselineDate'),
    targetValue: bind('targetValue'),
    scaleUpThreshold: bind('scaleUpThreshold'),
    tasksPerMonth: bind('tasksPerMonth'),
    definition: bind('definition'),
  };

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
      baselineValue: num(form.baselineValue, 'baselineValue', t('Baseline value')),
      baselineDate: form.baselineDate || null,
      targetValue: num(form.targetValue, 'targetValue', t('Target value')),
      scaleUpThreshold: num(form.scaleUpThreshold, 'scaleUpThreshold', t('Scale-up threshold')),
      tasksPerMonth: perTask ? num(form.tasksPerMonth, 'tasksPerMonth', t('Tasks per month')) : null,
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
      title={kpi ? t('Edit KPI: {{name}}', { name: kpi.name }) : t('New KPI')}
      description={t(
        'A KPI is measurable once it has a baseline (value and date) and a target that differs from it.',
      )}
      wide
      submitLabel={kpi ? t('Save KPI') : t('Add KPI')}
      onSubmit={submit}
    >
      <div className="form-grid">
        <TextField
          label={t('KPI name')}
          placeholder={t('e.g. Time to draft a job posting')}
          {...fields.name}
        />
        <OptionSelect
          label={t('Unit')}
          options={translatedOptions(KPI_UNITS, UNIT_CHOICE_LABELS, t)}
          {...fields.unit}
        />
        {unit === 'other' && (
          <TextField
            label={t('Unit (in words)')}
            placeholder={t('e.g. tickets per day')}
            {...fields.unitLabel}
          />
        )}
        <OptionSelect
          label={t('Direction')}
          options={translatedOptions(KPI_DIRECTIONS, KPI_DIRECTION_LABELS, t)}
          {...fields.direction}
        />
      </div>
      <div className="form-grid">
        <NumberField label={t('Baseline value')} {...fields.baselineValue} />
        <DateField label={t('Baseline date')} {...fields.baselineDate} />
        <NumberField label={t('Target value')} {...fields.targetValue} />
        <NumberField
          label={t('Scale-up threshold')}
          hint={t('The value at which the pilot is worth scaling up; may be less ambitious than the target.')}
          {...fields.scaleUpThreshold}
        />
        {perTask && (
          <NumberField
            label={t('Tasks per month')}
            hint={t('Turns a per-task saving into value realised per month.')}
            {...fields.tasksPerMonth}
          />
        )}
      </div>
      <TextAreaField
        label={t('How it is measured')}
        rows={2}
        placeholder={t('Source, sample, who counts')}
        {...fields.definition}
      />
    </FormDialog>
  );
}
