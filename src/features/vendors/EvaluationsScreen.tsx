import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  EVALUATION_STATUS_LABELS,
  EVALUATION_STATUSES,
  evaluationListCsvRows,
  evaluationOverview,
  type EvaluationOverview,
  type EvaluationStatus,
} from '../../domain/vendors';
import { PageHeader } from '../../ui/PageHeader';
import { useClient } from '../clients/ClientLayout';
import { ContractsCard } from './ContractsCard';
import { NewEvaluationDialog } from './NewEvaluationDialog';
import { useEvaluationsWithProfiles, useUseCaseTitles } from './shared/hooks';
import { Notice, type NoticeState } from './shared/Notice';
import { Badge } from '../../ui/Badge';
import { BADGE_TONES } from '../../ui/badgeTones';
import { sortRows, type SortValue } from '../../domain/shared/sortRows';
import { RecordTable, type TableColumn } from '../../ui/table/RecordTable';
import { useUrlParams, useUrlSort } from '../../ui/table/useUrlState';
import { CsvExportButton } from '../../ui/CsvExportButton';
import { SearchBox } from '../../ui/SearchBox';
import { Segmented, filterSegments } from '../../ui/Segmented';
import { dayIn, type Wording } from '../../domain/shared/language';
import { clientWording } from '../../i18n/i18n';
import { useClientWording } from '../../i18n/useLanguageLoaded';
import { useInterfaceWording } from '../../state/interfaceLanguage';
import { translatedLabels } from './shared/labels';
import './vendors.css';

type Filter = EvaluationStatus | 'all';
type SortKey = 'title' | 'useCase' | 'status' | 'progress' | 'updated';

type Row = EvaluationOverview;

function sortValue(row: Row, key: SortKey): SortValue {
  switch (key) {
    case 'title':
      return row.title;
    case 'useCase':
      return row.useCaseName;
    case 'status':
      return EVALUATION_STATUSES.indexOf(row.status);
    case 'progress':
      return row.scoredPercent;
    case 'updated':
      return row.updatedAt;
  }
}

/** The list's columns, in the interface's language. */
const columns = ({ lang, t }: Wording): TableColumn<Row, SortKey | 'vendors' | 'leading'>[] => [
  {
    key: 'title',
    header: t('Evaluation'),
    render: (r) => (
      <Link to={r.id} className="strong-link">
        {r.title}
      </Link>
    ),
  },
  { key: 'useCase', header: t('Use case'), render: (r) => r.useCaseName || <span className="muted">—</span> },
  {
    key: 'status',
    header: t('Status'),
    render: (r) => (
      <Badge tone={BADGE_TONES.evaluationStatus[r.status]}>{t(EVALUATION_STATUS_LABELS[r.status])}</Badge>
    ),
  },
  {
    key: 'vendors',
    header: t('Vendors'),
    sortable: false,
    render: (r) => (
      <>
        {r.vendorNames.join(', ')}
        {r.knockedOutNames.length > 0 && (
          <span className="cell-sub text-danger">
            {t('Ruled out: {{list}}', { list: r.knockedOutNames.join(', ') })}
          </span>
        )}
      </>
    ),
  },
  {
    key: 'leading',
    header: t('Leading / selected'),
    sortable: false,
    render: (r) =>
      r.selectedNames.length > 0 ? (
        <Badge tone="success">{t('Selected: {{list}}', { list: r.selectedNames.join(', ') })}</Badge>
      ) : r.leaderNames.length > 0 ? (
        t('Leading: {{list}}', { list: r.leaderNames.join(', ') })
      ) : (
        <span className="muted">—</span>
      ),
  },
  {
    key: 'progress',
    header: t('Scored'),
    numeric: true,
    render: (r) => (
      <>
        {r.scoredPercent}%
        {r.openDdCount > 0 && (
          <span className="cell-sub">{t('{{count}} answers open', { count: r.openDdCount })}</span>
        )}
      </>
    ),
  },
  { key: 'updated', header: t('Updated'), render: (r) => dayIn(lang, r.updatedAt.slice(0, 10)) },
];
const SORT_KEYS: SortKey[] = ['title', 'useCase', 'status', 'progress', 'updated'];
const FILTER_VALUES: Filter[] = ['all', ...EVALUATION_STATUSES];

/** The current client's vendor and tool evaluations. */
export function EvaluationsScreen() {
  const client = useClient();
  const words = useInterfaceWording();
  const { t } = words;
  // The CSV's file name and headers are in the client's report language.
  const clientWords = useClientWording(client);
  const data = useEvaluationsWithProfiles(client.id);
  const useCaseTitles = useUseCaseTitles(client.id);
  const { params, set } = useUrlParams();
  const filter = FILTER_VALUES.find((f) => f === params.get('status')) ?? 'all';
  const setFilter = (f: Filter) => set({ status: f === 'all' ? '' : f });
  const query = params.get('q') ?? '';
  const setQuery = (q: string) => set({ q });
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<NoticeState>(null);
  const sort = useUrlSort<SortKey>({ key: 'updated', direction: 'desc' }, { keys: SORT_KEYS });
  if (!data) return null;
  const { evaluations, profiles } = data;

  // A linked use case shows its current title; the stored name is the fallback.
  const rows = evaluations.map((e) => {
    const row = evaluationOverview(e, profiles);
    return { ...row, useCaseName: (row.useCaseId && useCaseTitles?.get(row.useCaseId)) || row.useCaseName };
  });
  const q = query.trim().toLowerCase();
  const shown = sortRows(
    rows.filter(
      (r) =>
        (filter === 'all' || r.status === filter) &&
        (!q || [r.title, r.useCaseName, ...r.vendorNames].join(' ').toLowerCase().includes(q)),
    ),
    sort,
    sortValue,
  );
  const filters = filterSegments(
    EVALUATION_STATUSES,
    translatedLabels(EVALUATION_STATUS_LABELS, t),
    rows,
    (r) => r.status,
  );

  return (
    <div className="page page--wide">
      <PageHeader
        title={t('Vendor evaluations')}
        subtitle={t('{{client}} · weighted scorecards, knock-out gates and due diligence per use case', {
          client: client.name,
        })}
        actions={
          <>
            <CsvExportButton
              fileName={`${client.shortName || client.name} - ${clientWords.t('vendor evaluations')}`}
              rows={async () => evaluationListCsvRows(shown, await clientWording(client))}
              disabled={shown.length === 0}
            />
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              <Plus size={16} aria-hidden /> {t('New evaluation')}
            </button>
          </>
        }
      />
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {rows.length === 0 ? (
        <div className="empty-state">
          <h2>{t('No vendor evaluations for {{client}} yet', { client: client.name })}</h2>
          <p>
            {t(
              'Compare vendors for a use case on weighted criteria, knock-out gates and due-diligence questions, then record the decision. Vendors come from your library, so one assessed for another client can be reused.',
            )}
          </p>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('Start the first evaluation')}
          </button>
        </div>
      ) : (
        <>
          <div className="toolbar">
            <Segmented
              label={t('Show evaluations by status')}
              options={filters}
              value={filter}
              onChange={setFilter}
            />
            <SearchBox
              className="toolbar__search"
              label={t('Search evaluations')}
              placeholder={t('Search title, use case or vendor')}
              value={query}
              onChange={setQuery}
            />
          </div>
          <RecordTable
            label={t('Vendor evaluations')}
            columns={columns(words)}
            rows={shown}
            rowKey={(r) => r.id}
            sort={sort}
            empty={<p className="empty-state">{t('No evaluation matches the filter.')}</p>}
          />
        </>
      )}
      <ContractsCard clientId={client.id} evaluations={evaluations} profiles={profiles} />
      <NewEvaluationDialog clientId={client.id} open={creating} onOpenChange={setCreating} />
    </div>
  );
}
