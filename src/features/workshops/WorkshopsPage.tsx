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
import { Segmented, filterSegments } from '../../ui/Segmented';
import { useClient } from '../clients/ClientLayout';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { sortRows } from '../../domain/shared/sortRows';
import { RecordTable, type TableColumn } from '../../ui/table/RecordTable';
import { useUrlParams, useUrlSort } from '../../ui/table/useUrlState';
import { clientWording } from '../../i18n/i18n';
import { useClientWording } from '../../i18n/useLanguageLoaded';
import { dayIn, type Language, type Translate } from '../../domain/shared/language';
import { useInterfaceWording } from '../../state/interfaceLanguage';
import { translatedLabels } from './translatedLabels';
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

const FILTERS: Filter[] = ['all', ...WORKSHOP_STATUSES];

const COLUMN_KEYS: Column[] = ['title', 'date', 'status', 'participants', 'ideas', 'useCases'];

const columns = (t: Translate, lang: Language): TableColumn<Row, Column>[] => [
  {
    key: 'title',
    header: t('Title'),
    render: ({ workshop }) => (
      <>
        <Link to={workshop.id}>{workshop.title}</Link>
        {workshop.location && <div className="muted ws-small">{workshop.location}</div>}
      </>
    ),
  },
  { key: 'date', header: t('Date'), render: ({ workshop }) => dayIn(lang, workshop.date) },
  {
    key: 'status',
    header: t('Status'),
    render: ({ status }) => (
      <span className={`workshop-status workshop-status--${status}`}>
        {t(WORKSHOP_STATUS_LABELS[status])}
      </span>
    ),
  },
  {
    key: 'participants',
    header: t('Participants'),
    numeric: true,
    render: ({ workshop }) => participantTotal(workshop) || '—',
  },
  {
    key: 'ideas',
    header: t('Ideas'),
    numeric: true,
    render: ({ stats }) => (
      <>
        {stats.ideas}
        {stats.ideas > 0 && (
          <span className="muted ws-small"> {t('({{count}} scored)', { count: stats.scored })}</span>
        )}
      </>
    ),
  },
  {
    key: 'useCases',
    header: t('Use cases'),
    numeric: true,
    render: ({ stats }) => stats.outcomes['use-case'],
  },
];

/** The client's workshops: planned, in progress and held, with their ideas and decisions. */
export function WorkshopsPage() {
  const client = useClient();
  const { lang, t } = useInterfaceWording();
  // The CSV's file name and headers are in the client's report language: load it before they are needed.
  const report = useClientWording(client);
  const data = useLiveQuery(async () => {
    const [workshops, ideas] = await Promise.all([
      workshopsForClient(db, client.id),
      ideasForClient(db, client.id),
    ]);
    return workshops.map((workshop) => ({
      workshop,
      stats: ideaStats(ideas.filter((i) => i.workshopId === workshop.id)),
      status: workshopStatus(workshop),
    }));
  }, [client.id]);
  const { params, set } = useUrlParams();
  const filter = FILTERS.find((f) => f === params.get('status')) ?? 'all';
  const setFilter = (f: Filter) => set({ status: f === 'all' ? '' : f });
  const search = params.get('q') ?? '';
  const setSearch = (q: string) => set({ q });
  const sort = useUrlSort<Column>({ key: 'date', direction: 'desc' }, { keys: COLUMN_KEYS });
  const [creating, setCreating] = useState(false);

  const rows = useMemo(() => {
    const query = search.trim().toLowerCase();
    const shown = (data ?? []).filter(
      (r) =>
        (filter === 'all' || r.status === filter) &&
        (!query || `${r.workshop.title} ${r.workshop.location}`.toLowerCase().includes(query)),
    );
    return sortRows(shown, sort, cell, (a, b) => b.workshop.date.localeCompare(a.workshop.date));
  }, [data, filter, search, sort]);

  if (!data) return null;

  return (
    <div className="page">
      <PageHeader
        title={t('Workshops')}
        subtitle={t('{{client}} · ideation and prioritisation sessions with the client’s team', {
          client: client.name,
        })}
        actions={
          <>
            <CsvExportButton
              fileName={`${client.shortName || client.name} - ${report.t('workshops')}`}
              rows={async () => workshopsCsvRows(rows, await clientWording(client))}
              disabled={rows.length === 0}
            />
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              <Plus size={16} aria-hidden /> {t('Plan a workshop')}
            </button>
          </>
        }
      />
      {data.length === 0 ? (
        <div className="empty-state">
          <h2>{t('No workshops yet')}</h2>
          <p>
            {t(
              'Plan an ideation workshop with {{client}}’s team: capture ideas on a projector, score them together and turn the best into use cases.',
              { client: client.name },
            )}
          </p>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden /> {t('Plan a workshop')}
          </button>
        </div>
      ) : (
        <section className="card" aria-label={t('Workshop list')}>
          <div className="ws-list-toolbar">
            <Segmented
              label={t('Show workshops')}
              options={filterSegments(
                WORKSHOP_STATUSES,
                translatedLabels(WORKSHOP_STATUS_LABELS, t),
                data,
                (r) => r.status,
              )}
              value={filter}
              onChange={setFilter}
            />
            <div className="field ws-list-toolbar__search">
              <label htmlFor="workshop-search" className="visually-hidden">
                {t('Search workshops')}
              </label>
              <input
                id="workshop-search"
                type="search"
                placeholder={t('Search title or location')}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
            </div>
          </div>
          {rows.length === 0 ? (
            <p className="muted">{t('No workshops match this filter.')}</p>
          ) : (
            <RecordTable
              label={t('Workshops')}
              className="workshop-table"
              columns={columns(t, lang)}
              rows={rows}
              rowKey={(r) => r.workshop.id}
              sort={sort}
            />
          )}
        </section>
      )}
      <NewWorkshopDialog
        clientId={client.id}
        clientName={client.name}
        open={creating}
        onOpenChange={setCreating}
      />
    </div>
  );
}
