import { useLiveQuery } from 'dexie-react-hooks';
import { CalendarArrowDown } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { planData } from '../../db/planning/planData';
import { db } from '../../db/core/schema';
import { planToIcs } from '../../domain/planning/ics';
import {
  capacityLine,
  groupByWeek,
  planItems,
  WHOSE_LABELS,
  type PlanFilter,
  type PlannedItem,
  type Whose,
} from '../../domain/planning/plan';
import { platform } from '../../platform';
import { ClientAvatar } from '../../ui/ClientAvatar';
import { PageHeader } from '../../ui/PageHeader';
import { RecordTable, type TableColumn } from '../../ui/table/RecordTable';
import { dayIn } from '../../domain/shared/language';
import { useInterfaceWording } from '../../state/interfaceLanguage';
import './planning.css';
import { fileName } from '../../domain/shared/fileName';
import { OptionSelect } from '../../ui/fields/OptionSelect';
import { Segmented } from '../../ui/Segmented';

const WEEKS = 6;
const WHOSE_VALUES = [undefined, 'mine', 'client', 'unassigned'] as const;

/** The week's plan across clients: due and overdue items by week, whose they are, hours against capacity, .ics export. */
export function PlanningScreen() {
  const words = useInterfaceWording();
  const { lang, t } = words;
  const [day] = useState(() => new Date());
  // The kinds and texts of the items are written in the interface's language: read again when it changes.
  const data = useLiveQuery(() => planData(db, day, WEEKS), [day, lang]);
  const [filter, setFilter] = useState<PlanFilter>({});
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  if (!data) return null;
  const items = planItems(data.items, data.today, data.consultantName, filter);
  const weeks = groupByWeek(items, data.today, WEEKS, data.hoursPerWeek, data.capacity || null, words);
  const whoseOptions = WHOSE_VALUES.map((value) => ({
    value: value as Whose | undefined,
    label: value ? t(WHOSE_LABELS[value]) : t('Everyone'),
  }));
  const kinds = [...new Map(data.items.map((i) => [i.kind, i.kindLabel])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  const clients = new Map(data.clients.map((c) => [c.id, c]));
  const columns: TableColumn<PlannedItem>[] = [
    { key: 'due', header: t('Due'), className: 'nowrap', render: (item) => dayIn(lang, item.date) },
    {
      key: 'client',
      header: t('Client'),
      render: (item) => (
        <span className="client-cell">
          <ClientAvatar client={clients.get(item.clientId)!} size={22} />
          <span>{clients.get(item.clientId)!.name}</span>
        </span>
      ),
    },
    { key: 'what', header: t('What'), render: (item) => <Link to={item.path}>{item.title}</Link> },
    { key: 'kind', header: t('Kind'), render: (item) => item.kindLabel },
    { key: 'owner', header: t('Owner'), render: (item) => item.owner || <span className="muted">—</span> },
    {
      key: 'whose',
      header: t('Whose'),
      render: (item) => (
        <span className={`plan-whose plan-whose--${item.whose}`}>{t(WHOSE_LABELS[item.whose])}</span>
      ),
    },
  ];

  const shown = weeks.flatMap((w) => w.items);
  const exportIcs = async () => {
    const file = planToIcs(shown, {
      clientNames: new Map(data.clients.map((c) => [c.id, c.name])),
      calendarName: t('CAIO Desk deadlines'),
      now: new Date(),
    });
    if (!file.ok) return setMessage({ text: file.message, error: true });
    const result = await platform.saveFile({
      suggestedName: fileName(`${t('CAIO Desk deadlines')} ${data.today}`, 'ics'),
      data: file.text,
      filters: [{ name: t('Calendar'), extensions: ['ics'] }],
    });
    if (result.saved)
      setMessage({
        text: t('Exported {{count}} deadlines to {{location}}.', {
          count: shown.length,
          location: result.location,
        }),
        error: false,
      });
    else if (result.reason !== 'cancelled')
      setMessage({
        text: t('Export failed: {{reason}}', {
          reason: result.message ?? t('the file could not be written.'),
        }),
        error: true,
      });
  };

  return (
    <div className="page page--wide">
      <PageHeader
        title={t('Planning')}
        subtitle={
          data.consultantName
            ? t('Everything due across your clients, week by week; "mine" is what {{name}} owns', {
                name: data.consultantName,
              })
            : t('Everything due across your clients, week by week')
        }
        actions={
          <button type="button" className="button" onClick={() => void exportIcs()}>
            <CalendarArrowDown size={16} aria-hidden /> {t('Export deadlines (.ics)')}
          </button>
        }
      />
      {message && (
        <p className={message.error ? 'field__error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {!data.consultantName && (
        <p className="muted">
          {t(
            'Set your name in your profile to tell your own items from the client’s; set your weekly capacity there too.',
          )}{' '}
          <Link to="/consultant">{t('Your profile')}</Link>
        </p>
      )}
      <div className="toolbar plan-filters" role="group" aria-label={t('Filters')}>
        <OptionSelect
          name="client"
          label={t('Client')}
          className="plan-filter"
          value={filter.clientId ?? ''}
          empty={t('All clients')}
          options={data.clients.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(v) => setFilter({ ...filter, clientId: v || undefined })}
        />
        <OptionSelect
          name="kind"
          label={t('Kind')}
          className="plan-filter"
          value={filter.kind ?? ''}
          empty={t('All kinds')}
          options={kinds.map(([value, label]) => ({ value, label }))}
          onChange={(v) => setFilter({ ...filter, kind: v || undefined })}
        />
        <Segmented
          label={t('Whose')}
          options={whoseOptions}
          value={filter.whose}
          onChange={(whose) => setFilter({ ...filter, whose })}
        />
      </div>
      {weeks.map((week) => (
        <section
          key={week.week}
          className={`card plan-week ${week.week === 'overdue' ? 'plan-week--overdue' : ''}`}
          aria-label={week.label}
        >
          <div className="plan-week__head">
            <h2>{week.label}</h2>
            <span className="muted">
              {t('{{count}} items', { count: week.items.length })}
              {week.hoursPlanned !== null && ` · ${capacityLine(week.hoursPlanned, week.capacity, words)}`}
            </span>
          </div>
          <RecordTable
            label={t('Due in {{week}}', { week: week.label })}
            compact
            columns={columns}
            rows={week.items}
            rowKey={(item) => item.key}
            empty={t('Nothing due.')}
          />
        </section>
      ))}
    </div>
  );
}
