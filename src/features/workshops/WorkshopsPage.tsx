import { format, parseISO } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  WORKSHOP_STATUSES,
  WORKSHOP_STATUS_LABELS,
  ideaStats,
  participantTotal,
  workshopStatus,
  workshopsCsvRows,
  type IdeaStats,
  type Workshop,
  type WorkshopStatus,
} from '../../domain/workshops';
import { ideasForClient, workshopsForClient } from '../../db/workshops/workshops';
import { db } from '../../db/core/schema';
import { CsvExportButton } from '../../ui/CsvExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { useClient } from '../clients/ClientLayout';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { compareValues, SortableHeader, type SortState } from './SortableHeader';
import './workshops.css';

type Column = 'title' | 'date' | 'status' | 'participants' | 'ideas' | 'useCases';
type Filter = WorkshopStatus | 'all';
interface Row {
  workshop: Workshop;
  stats: IdeaStats;
  status: WorkshopStatus;
}

function cell(row: Row, column: Column): string | number {
  switch (column) {
    case 'title':
      return row.workshop.title;
    case 'date':
      return row.workshop.date;
    case 'status':
      return WORKSHOP_STATUSES.indexOf(row.status);
    case 'participants':
      return participantTotal(row.workshop);
    case 'ideas':
      return row.stats.ideas;
    case 'useCases':
      return row.stats.outcomes['use-case'];
  }
}

/** The client's workshops: planned, in progress and held, with their ideas and decisions. */
export function WorkshopsPage() {
  const client = useClient();
  const data = useLiveQuery(async () => {
    const [workshops, ideas] = await Promise.all([workshopsForClient(db, client.id), ideasForClient(db, client.id)]);
    return workshops.map((workshop) => ({ workshop, stats: ideaStats(ideas.filter((i) => i.workshopId === workshop.id)), status: workshopStatus(workshop) }));
  }, [client.id]);
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortState<Column>>({ key: 'date', direction: 'desc' });
  const [creating, setCreating] = useState(false);

  const rows = useMemo(() => {
    const query = search.trim().toLowerCase();
    return (data ?? [])
      .filter((r) => (filter === 'all' || r.status === filter) && (!query || `${r.workshop.title} ${r.workshop.location}`.toLowerCase().includes(query)))
      .sort((a, b) => compareValues(cell(a, sort.key), cell(b, sort.key), sort.direction) || b.workshop.date.localeCompare(a.workshop.date));
  }, [data, filter, search, sort]);

  if (!data) return null;



  const counts = Object.fromEntries(WORKSHOP_STATUSES.map((s) => [s, data.filter((r) => r.status === s).length])) as Record<WorkshopStatus, number>;
  const header = (label: string, column: Column, numeric?: boolean) => <SortableHeader label={label} column={column} sort={sort} onSort={setSort} numeric={numeric} />;

  return (
    <div className="page">
      <PageHeader
        title="Workshops"
        subtitle={`${client.name} · ideation and prioritisation sessions with the client's team`}
        actions={
          <>
            <CsvExportButton fileName={`${client.shortName || client.name} - workshops`} rows={() => workshopsCsvRows(rows)} disabled={rows.length === 0} />
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              <Plus size={16} aria-hidden /> Plan a workshop
            </button>
          </>
        }
      />
      {data.length === 0 ? (
        <div className="empty-state">
          <h2>No workshops yet</h2>
          <p>Plan an ideation workshop with {client.name}'s team: capture ideas on a projector, score them together and turn the best into use cases.</p>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden /> Plan a workshop
          </button>
        </div>
      ) : (
        <section className="card" aria-label="Workshop list">
          <div className="ws-list-toolbar">
            <div className="segmented" role="radiogroup" aria-label="Show workshops">
              {(['all', ...WORKSHOP_STATUSES] as Filter[]).map((f) => (
                <button key={f} type="button" role="radio" aria-checked={filter === f} className="segmented__option" onClick={() => setFilter(f)}>
                  {f === 'all' ? 'All' : WORKSHOP_STATUS_LABELS[f]}
                  <span className="segmented__count">{f === 'all' ? data.length : counts[f]}</span>
                </button>
              ))}
            </div>
            <div className="field ws-list-toolbar__search">
              <label htmlFor="workshop-search" className="visually-hidden">
                Search workshops
              </label>
              <input id="workshop-search" type="search" placeholder="Search title or location" value={search} onChange={(e) => setSearch(e.target.value)} />
            </div>
          </div>
          {rows.length === 0 ? (
            <p className="muted">No workshops match this filter.</p>
          ) : (
            <table className="table workshop-table" aria-label="Workshops">
              <thead>
                <tr>
                  {header('Title', 'title')}
                  {header('Date', 'date')}
                  {header('Status', 'status')}
                  {header('Participants', 'participants', true)}
                  {header('Ideas', 'ideas', true)}
                  {header('Use cases', 'useCases', true)}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ workshop, stats, status }) => (
                  <tr key={workshop.id}>
                    <td>
                      <Link to={workshop.id}>{workshop.title}</Link>
                      {workshop.location && <div className="muted ws-small">{workshop.location}</div>}
                    </td>
                    <td>{format(parseISO(workshop.date), 'd MMM yyyy')}</td>
                    <td>
                      <span className={`workshop-status workshop-status--${status}`}>{WORKSHOP_STATUS_LABELS[status]}</span>
                    </td>
                    <td className="num">{participantTotal(workshop) || '—'}</td>
                    <td className="num">
                      {stats.ideas}
                      {stats.ideas > 0 && <span className="muted ws-small"> ({stats.scored} scored)</span>}
                    </td>
                    <td className="num">{stats.outcomes['use-case']}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      <NewWorkshopDialog clientId={client.id} clientName={client.name} open={creating} onOpenChange={setCreating} />
    </div>
  );
}
