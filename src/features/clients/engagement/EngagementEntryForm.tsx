import { useState, type FormEvent } from 'react';
import { addEngagementEntry, ValidationError } from '../../../db/clients/clients';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { parseNumberInput } from '../../../ui/parse';
import { todayIso } from '../../../domain/shared/dates';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';

type Errors = Partial<Record<'date' | 'hours' | 'activity' | 'note' | 'form', string>>;

/** Log time: date, hours, activity, note. Invalid input is explained next to its field and not stored. */
export function EngagementEntryForm({ clientId }: { clientId: string }) {
  const [date, setDate] = useState(() => todayIso());
  const [hours, setHours] = useState('');
  const [activity, setActivity] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const t = useT();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsedHours = parseNumberInput(hours, { label: t('Hours') });
    if (!parsedHours.ok) {
      setErrors({ hours: parsedHours.message });
      return;
    }
    try {
      await trackSave(
        addEngagementEntry(db, clientId, { date, hours: parsedHours.value ?? 0, activity, note }),
      );
      setHours('');
      setActivity('');
      setNote('');
      setErrors({});
    } catch (err) {
      if (err instanceof ValidationError)
        setErrors({
          [err.field && err.field in { date: 1, hours: 1, activity: 1, note: 1 } ? err.field : 'form']:
            err.message,
        });
      else setErrors({ form: describeWriteError(err) });
    }
  };

  const errorProps = (field: keyof Errors) => ({
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `eng-${field}-error` : undefined,
  });
  const errorText = (field: keyof Errors) => <ErrorText id={`eng-${field}-error`}>{errors[field]}</ErrorText>;
  const invalid = {
    date: errorProps('date'),
    hours: errorProps('hours'),
    activity: errorProps('activity'),
    note: errorProps('note'),
  };
  const message = {
    date: errorText('date'),
    hours: errorText('hours'),
    activity: errorText('activity'),
    note: errorText('note'),
    form: errorText('form'),
  };

  return (
    <form className="card inline-form" onSubmit={submit} noValidate aria-label={t('Log time')}>
      <h2>{t('Log time')}</h2>
      <div className="inline-form__fields">
        <div className={`field ${errors.date ? 'field--invalid' : ''}`}>
          <label htmlFor="eng-date">{t('Date')}</label>
          <input
            id="eng-date"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            {...invalid.date}
          />
          {message.date}
        </div>
        <div className={`field field--short ${errors.hours ? 'field--invalid' : ''}`}>
          <label htmlFor="eng-hours">{t('Hours')}</label>
          <input
            id="eng-hours"
            inputMode="decimal"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            placeholder={t('1.5')}
            {...invalid.hours}
          />
          {message.hours}
        </div>
        <div className={`field field--grow ${errors.activity ? 'field--invalid' : ''}`}>
          <label htmlFor="eng-activity">{t('Activity')}</label>
          <input
            id="eng-activity"
            value={activity}
            onChange={(e) => setActivity(e.target.value)}
            placeholder={t('e.g. Pilot review with operations')}
            {...invalid.activity}
          />
          {message.activity}
        </div>
        <div className="field field--grow">
          <label htmlFor="eng-note">{t('Note')}</label>
          <input id="eng-note" value={note} onChange={(e) => setNote(e.target.value)} {...invalid.note} />
          {message.note}
        </div>
        <button type="submit" className="button button--primary inline-form__submit">
          {t('Add entry')}
        </button>
      </div>
      {message.form}
    </form>
  );
}
