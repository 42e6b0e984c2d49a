import { Plus, RotateCcw } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import {
  AGENDA_ACTIVITIES,
  AGENDA_ACTIVITY_LABELS,
  MAX_AGENDA_ITEMS,
  agendaSchedule,
  agendaTotalMinutes,
  defaultAgenda,
  validateWorkshopField,
  type AgendaActivity,
  type AgendaItem,
  type Workshop,
} from '../../../domain/workshops';
import { editWorkshopList } from '../../../db/workshops/workshops';
import { newId } from '../../../db/core/ids';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { AutoSaveField, AutoSaveSelect } from '../../../ui/AutoSaveField';
import { parseNumberInput } from '../../../ui/parse';
import { Badge } from '../../../ui/Badge';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { RowOrderButtons } from '../../../ui/table/RowOrderButtons';
import { ErrorText } from '../../../ui/FieldMessages';
import { interfaceT, useT } from '../../../state/interfaceLanguage';
import type { Translate } from '../../../domain/shared/language';

/** The minutes of a valid input (checked with `minutesProblem` first). */
function minutesOf(raw: string): number {
  const parsed = parseNumberInput(raw);
  return parsed.ok ? (parsed.value ?? 0) : 0;
}

function minutesProblem(raw: string): string | null {
  const parsed = parseNumberInput(raw, { label: interfaceT()('The minutes') });
  if (!parsed.ok) return parsed.message;
  const checked = validateWorkshopField('agenda', [
    { id: 'x', title: 'x', minutes: parsed.value, activity: 'talk' },
  ]);
  return checked.ok ? null : checked.message;
}

const titleProblem = (raw: string) => (raw.trim() ? null : interfaceT()('Each agenda item needs a title'));

function formatMinutes(total: number, t: Translate): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (!hours) return t('{{minutes}} min', { minutes });
  return minutes ? t('{{hours}} h {{minutes}} min', { hours, minutes }) : t('{{hours}} h', { hours });
}

/** The agenda: items with minutes and what happens in each, in order, with clock times. */
export function AgendaEditor({ workshop }: { workshop: Workshop }) {
  const id = workshop.id;
  const t = useT();
  const activityOptions = AGENDA_ACTIVITIES.map((value) => ({
    value,
    label: t(AGENDA_ACTIVITY_LABELS[value]),
  }));
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('15');
  const [activity, setActivity] = useState<AgendaActivity>('talk');
  const [error, setError] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const schedule = agendaSchedule(workshop.agenda, workshop.startTime);
  const total = agendaTotalMinutes(workshop.agenda);
  const end = schedule.at(-1)?.ends;

  const edit = (change: (agenda: AgendaItem[]) => AgendaItem[]) =>
    trackSave(editWorkshopList(db, id, 'agenda', change)).catch((err) => setError(describeWriteError(err)));
  const editItem = (itemId: string, patch: Partial<AgendaItem>) =>
    editWorkshopList(db, id, 'agenda', (agenda) =>
      agenda.map((a) => (a.id === itemId ? { ...a, ...patch } : a)),
    );
  const move = (index: number, delta: number) =>
    edit((agenda) => {
      const next = [...agenda];
      const [item] = next.splice(index, 1);
      next.splice(index + delta, 0, item);
      return next;
    });

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const problem = titleProblem(title) ?? minutesProblem(minutes);
    if (problem) return setError(problem);
    const added: AgendaItem = { id: newId(), title: title.trim(), minutes: minutesOf(minutes), activity };
    setTitle('');
    setError(null);
    try {
      await trackSave(editWorkshopList(db, id, 'agenda', (agenda) => [...agenda, added]));
    } catch (err) {
      setTitle((now) => now || added.title);
      setError(describeWriteError(err));
    }
  };

  const columns: TableColumn<(typeof schedule)[number]>[] = [
    { key: 'number', header: '#', numeric: true, render: (_, i) => i + 1 },
    {
      key: 'item',
      header: t('Item'),
      render: ({ item }, i) => (
        <AutoSaveField
          label={t('Agenda item {{number}} title', { number: i + 1 })}
          value={item.title}
          validate={titleProblem}
          save={(raw) => editItem(item.id, { title: raw.trim() })}
        />
      ),
    },
    {
      key: 'minutes',
      header: t('Minutes'),
      className: 'ws-agenda-minutes',
      render: ({ item }, i) => (
        <AutoSaveField
          label={t('Agenda item {{number}} minutes', { number: i + 1 })}
          type="number"
          min="1"
          max="480"
          inputMode="numeric"
          value={String(item.minutes)}
          validate={minutesProblem}
          save={(raw) => editItem(item.id, { minutes: minutesOf(raw) })}
        />
      ),
    },
    {
      key: 'activity',
      header: t('What happens'),
      render: ({ item }, i) => (
        <AutoSaveSelect
          label={t('Agenda item {{number}} activity', { number: i + 1 })}
          value={item.activity}
          options={activityOptions}
          save={(value) => editItem(item.id, { activity: value })}
        />
      ),
    },
    {
      key: 'time',
      header: t('Time'),
      className: 'muted ws-nowrap',
      render: ({ starts, ends }) => (starts ? `${starts}–${ends}` : '—'),
    },
    {
      key: 'order',
      header: t('Order and remove'),
      headerHidden: true,
      className: 'ws-nowrap',
      render: ({ item }, i) => (
        <RowOrderButtons
          name={item.title}
          index={i}
          count={workshop.agenda.length}
          onMove={(index, delta) => void move(index, delta)}
          canRemove={workshop.agenda.length > 1}
          onRemove={() => void edit((agenda) => agenda.filter((a) => a.id !== item.id))}
        />
      ),
    },
  ];

  return (
    <section className="card" aria-labelledby="plan-agenda">
      <div className="ws-card__header">
        <h2 id="plan-agenda">
          {t('Agenda')} <Badge>{formatMinutes(total, t)}</Badge>
        </h2>
        {confirmReset ? (
          <div className="button-row ws-confirm-row" role="group" aria-label={t('Confirm agenda reset')}>
            <span>{t('Replace this agenda with the default six items?')}</span>
            <button
              type="button"
              className="button button--danger"
              onClick={() => (setConfirmReset(false), void edit(() => defaultAgenda(newId)))}
            >
              {t('Replace agenda')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmReset(false)}>
              {t('Keep it')}
            </button>
          </div>
        ) : (
          <button type="button" className="button button--quiet" onClick={() => setConfirmReset(true)}>
            <RotateCcw size={16} aria-hidden /> {t('Reset to the default agenda')}
          </button>
        )}
      </div>
      <RecordTable
        label={t('Agenda')}
        compact
        className="ws-table--inputs"
        columns={columns}
        rows={schedule}
        rowKey={(row) => row.item.id}
      />
      <p className="muted ws-agenda-total">
        {t('Total {{duration}}', { duration: formatMinutes(total, t) })} ·{' '}
        {end && workshop.startTime
          ? t('from {{start}} to {{end}}', { start: workshop.startTime, end })
          : t('set a start time for clock times')}
      </p>
      {workshop.agenda.length < MAX_AGENDA_ITEMS && (
        <form
          className="inline-form__fields ws-add-row"
          onSubmit={add}
          aria-label={t('Add an agenda item')}
          noValidate
        >
          <div className="field field--grow">
            <label htmlFor="agenda-new-title">{t('New agenda item')}</label>
            <input
              id="agenda-new-title"
              value={title}
              onChange={(e) => (setTitle(e.target.value), setError(null))}
              placeholder={t('e.g. Coffee break')}
            />
          </div>
          <div className="field field--short">
            <label htmlFor="agenda-new-minutes">{t('Minutes')}</label>
            <input
              id="agenda-new-minutes"
              type="number"
              min="1"
              max="480"
              inputMode="numeric"
              value={minutes}
              onChange={(e) => (setMinutes(e.target.value), setError(null))}
            />
          </div>
          <div className="field">
            <label htmlFor="agenda-new-activity">{t('What happens')}</label>
            <select
              id="agenda-new-activity"
              value={activity}
              onChange={(e) => setActivity(e.target.value as AgendaActivity)}
            >
              {activityOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button inline-form__submit">
            <Plus size={16} aria-hidden /> {t('Add item')}
          </button>
        </form>
      )}
      <ErrorText>{error}</ErrorText>
    </section>
  );
}
