import { useState, type FormEvent } from 'react';
import { addMeasurement, FieldsInvalidError } from '../../../db/portfolio/useCases';
import { db } from '../../../db/core/schema';
import {
  MEASUREMENT_CONFIDENCE_LABELS,
  MEASUREMENT_CONFIDENCES,
  measurementRange,
  type Kpi,
  type MeasurementConfidence,
} from '../../../domain/portfolio';
import { parseRequiredNumber } from '../../../ui/parse';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { todayIso } from '../../../domain/shared/dates';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';

type Errors = Partial<Record<'date' | 'value' | 'form', string>>;

/** Logs one measurement of a KPI: date, value, confidence, note. Bad input is explained and not stored. */
export function MeasurementForm({ kpi }: { kpi: Kpi }) {
  const t = useT();
  const [date, setDate] = useState(todayIso());
  const [value, setValue] = useState('');
  const [confidence, setConfidence] = useState<MeasurementConfidence>('high');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const id = (field: string) => `m-${kpi.id}-${field}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const range = measurementRange(kpi);
    const parsed = parseRequiredNumber(
      value,
      kpi.unit === 'percent' ? { label: t('Value'), kind: 'percent', ...range } : { label: t('Value') },
    );
    if (!parsed.ok) {
      setErrors({ value: parsed.message });
      return;
    }
    try {
      await trackSave(addMeasurement(db, kpi.id, { date, value: parsed.value, note, confidence }));
      setValue('');
      setNote('');
      setErrors({});
    } catch (err) {
      if (err instanceof FieldsInvalidError) {
        const next: Errors = {};
        for (const e of err.errors)
          next[e.field === 'date' || e.field === 'value' ? e.field : 'form'] ??= e.message;
        setErrors(next);
      } else setErrors({ form: describeWriteError(err) });
    }
  };

  const errorOf = (field: keyof Errors) => <ErrorText id={id(`${field}-error`)}>{errors[field]}</ErrorText>;
  const error = { date: errorOf('date'), value: errorOf('value'), form: errorOf('form') };

  return (
    <form
      className="measurement-form"
      onSubmit={submit}
      noValidate
      aria-label={t('Log a measurement of {{name}}', { name: kpi.name })}
    >
      <div className={`field ${errors.date ? 'field--invalid' : ''}`}>
        <label htmlFor={id('date')}>{t('Measured on')}</label>
        <input
          id={id('date')}
          type="date"
          value={date}
          max={todayIso()}
          onChange={(e) => setDate(e.target.value)}
          aria-invalid={errors.date ? true : undefined}
          aria-describedby={errors.date ? id('date-error') : undefined}
        />
        {error.date}
      </div>
      <div className={`field field--value ${errors.value ? 'field--invalid' : ''}`}>
        <label htmlFor={id('value')}>{t('Value')}</label>
        <input
          id={id('value')}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={errors.value ? true : undefined}
          aria-describedby={errors.value ? id('value-error') : undefined}
        />
        {error.value}
      </div>
      <div className="field">
        <label htmlFor={id('confidence')}>{t('Confidence')}</label>
        <select
          id={id('confidence')}
          value={confidence}
          onChange={(e) => setConfidence(e.target.value as MeasurementConfidence)}
        >
          {MEASUREMENT_CONFIDENCES.map((c) => (
            <option key={c} value={c}>
              {t(MEASUREMENT_CONFIDENCE_LABELS[c])}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--grow">
        <label htmlFor={id('note')}>{t('Note')}</label>
        <input id={id('note')} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="button inline-form__submit">
        {t('Log measurement')}
      </button>
      {error.form}
    </form>
  );
}
