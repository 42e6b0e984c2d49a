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
import { formatDay } from '../../domain/shared/dates';
import './planning.css';
import { fileName } from '../../domain/shared/fileName';
import { OptionSelect } from '../../ui/fields/OptionSelect';
import { Segmented } from '../../ui/Segmented';

const WEEKS = 6;
const WHOSE_OPTIONS = ([undefined, 'mine', 'client', 'unassigned'] as const).map((value) => ({
  value: value as Whose | undefined,
  label: value ? WHOSE_LABELS[value] : 'Everyone',
}));

/** The week's plan across clients: due and overdue items by week, whose they are, hours against capacity, .ics export. */
export function PlanningScreen() {
  const [day] = useState(() => new Date());
  const data = useLiveQuery(() => planData(db, day, WEEKS), [day]);
  const [filter, setFilter] = useState<PlanFilter>({});
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  if (!data) return null;
  const items = planItems(data.items, data.today, data.consultantName, filter);
  const weeks = groupByWeek(items, data.today, WEEKS, data.hoursPerWeek, data.capacity || null);
  const kinds = [...new Map(data.items.map((i) => [i.kind, i.kindLabel])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  const clients = new Map(data.clients.map((c) => [c.id, c]));
  const columns: TableColumn<PlannedItem>[] = [
    { key: 'due', header: 'Due', className: 'nowrap', render: (item) => formatDay(item.date) },
    {
      key: 'client',
      header: 'Client',
      render: (item) => (
        <span className="client-cell">
          <ClientAvatar client={clients.get(item.clientId)!} size={22} />
          <span>{clients.get(item.clientId)!.name}</span>
        </span>
      ),
    },
    { key: 'what', header: 'What', render: (item) => <Link to={item.path}>{item.title}</Link> },
    { key: 'kind', header: 'Kind', render: (item) => item.kindLabel },
    { key: 'owner', header: 'Owner', render: (item) => item.owner || <span className="muted">—</span> },
    {
      key: 'whose',
      header: 'Whose',
      render: (item) => (
        <span className={`plan-whose plan-whose--${item.whose}`}>{WHOSE_LABELS[item.whose]}</span>
      ),
    },
  ];

  const shown = weeks.flatMap((w) => w.items);
  const exportIcs = async () => {
    const file = planToIcs(shown, {
      clientNames: new Map(data.clients.map((c) => [c.id, c.name])),
      calendarName: 'CAIO Desk deadlines',
      now: new Date(),
    });
    if (!file.ok) return setMessage({ text: file.message, error: true });
    const result = await platform.saveFile({
      suggestedName: fileName(`CAIO Desk deadlines ${data.today}`, 'ics'),
      data: file.text,
      filters: [{ name: 'Calendar', extensions: ['ics'] }],
    });
    if (result.saved)
      setMessage({ text: `Exported ${shown.length} deadlines to ${result.location}.`, error: false });
    else if (result.reason !== 'cancelled')
      setMessage({
        text: `Export failed: ${result.message ?? 'the file could not be written.'}`,
        error: true,
      });
  };

  return (
    <div className="page page--wide">
      <PageHeader
        title="Planning"
        subtitle={`Everything due across your clients, week by week${data.consultantName ? `; "mine" is what ${data.consultantName} owns` : ''}`}
        actions={
          <button type="button" className="button" onClick={() => void exportIcs()}>
            <CalendarArrowDown size={16} aria-hidden /> Export deadlines (.ics)
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
          Set your name in <Link to="/consultant">your profile</Link> to tell your own items from the
          client's; set your weekly capacity there too.
        </p>
      )}
      <div className="toolbar plan-filters" role="group" aria-label="Filters">
        <OptionSelect
          name="client"
          label="Client"
          className="plan-filter"
          value={filter.clientId ?? ''}
          empty="All clients"
          options={data.clients.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(v) => setFilter({ ...filter, clientId: v || undefined })}
        />
        <OptionSelect
          name="kind"
          label="Kind"
          className="plan-filter"
          value={filter.kind ?? ''}
          empty="All kinds"
          options={kinds.map(([value, label]) => ({ value, label }))}
          onChange={(v) => setFilter({ ...filter, kind: v || undefined })}
        />
        <Segmented
          label="Whose"
          options={WHOSE_OPTIONS}
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
              {week.items.length === 1 ? '1 item' : `${week.items.length} items`}
              {week.hoursPlanned !== null && ` · ${capacityLine(week.hoursPlanned, week.capacity)}`}
            </span>
          </div>
          <RecordTable
            label={`Due in ${week.label}`}
            compact
            columns={columns}
            rows={week.items}
            rowKey={(item) => item.key}
            empty="Nothing due."
          />
        </section>
      ))}
    </div>
  );
}
