import { withControlItems } from '../../controls/ControlGapGroup';
import { format, parseISO } from 'date-fns';
import { useMemo, useState } from 'react';
import {
  CALENDAR_KIND_LABELS,
  CALENDAR_KINDS,
  governanceCalendar,
  type CalendarItem,
  type CalendarKind,
} from '../../../domain/governance';
import { CsvExportButton } from '../../../ui/CsvExportButton';
import { PageHeader } from '../../../ui/PageHeader';
import { useGovernance, useNow } from '../useGovernance';
import { DueList } from './DueList';
import { todayIso } from '../../../domain/shared/dates';

/** Everything due in the client's governance: reviews, obligations, incident deadlines, actions, refreshes. */
export function GovernanceCalendarScreen() {
  const { client, data, controls } = useGovernance();
  const now = useNow();
  const [kind, setKind] = useState<CalendarKind | ''>('');
  const all = useMemo(
    () => withControlItems(governanceCalendar(data, now), controls, todayIso(now)),
    [data, controls, now],
  );
  const items = kind ? all.filter((i) => i.kind === kind) : all;
  const overdue = items.filter((i) => i.status === 'overdue');
  const soon = items.filter((i) => i.status === 'dueSoon');
  const later = items.filter((i) => i.status === 'later');
  const months = new Map<string, CalendarItem[]>();
  for (const item of later) {
    const month = format(parseISO(item.date), 'MMMM yyyy');
    months.set(month, [...(months.get(month) ?? []), item]);
  }

  return (
    <div className="page">
      <PageHeader
        title="Governance calendar"
        subtitle={`${client.name} · review dates, EU AI Act obligation dates, incident reporting deadlines, actions and training refreshes`}
        actions={
          <CsvExportButton
            fileName={`${client.shortName || client.name} - Governance calendar - ${todayIso(now)}`}
            rows={() => [
              ['Date', 'Status', 'Kind', 'What', 'Detail'],
              ...items.map((i) => [i.date, i.label, CALENDAR_KIND_LABELS[i.kind], i.title, i.detail]),
            ]}
            disabled={items.length === 0}
          />
        }
      />
      <label className="gov-filter">
        <span className="visually-hidden">Show</span>
        <select
          value={kind}
          onChange={(e) => setKind(e.target.value as CalendarKind | '')}
          aria-label="Show kind of item"
        >
          <option value="">Everything ({all.length})</option>
          {CALENDAR_KINDS.map((k) => (
            <option key={k} value={k}>
              {CALENDAR_KIND_LABELS[k]} ({all.filter((i) => i.kind === k).length})
            </option>
          ))}
        </select>
      </label>
      {items.length === 0 && (
        <div className="empty-state">
          Nothing dated yet. Review dates, due dates and obligations of the registers appear here.
        </div>
      )}
      {overdue.length > 0 && <CalendarGroup title="Overdue" items={overdue} clientId={client.id} />}
      {soon.length > 0 && <CalendarGroup title="Next 14 days" items={soon} clientId={client.id} />}
      {[...months].map(([month, list]) => (
        <CalendarGroup key={month} title={month} items={list} clientId={client.id} />
      ))}
    </div>
  );
}

function CalendarGroup({
  title,
  items,
  clientId,
}: {
  title: string;
  items: CalendarItem[];
  clientId: string;
}) {
  const id = `cal-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="segmented__count">{items.length}</span>
      </h2>
      <DueList items={items} clientId={clientId} label={title} />
    </section>
  );
}
