import { Link } from 'react-router';
import type { Client } from '../../../domain/clients/client';
import {
  currentStageSince,
  defaultSortDirection,
  describeFilters,
  effortFromFeasibility,
  queryUseCases,
  placementLabel,
  rankUseCases,
  USE_CASE_SORT_KEYS,
  csvRowsOfUseCases,
  type RankedUseCase,
  type UseCaseSortKey,
} from '../../../domain/portfolio';
import { CsvExportButton } from '../../../ui/CsvExportButton';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { useUrlParams, useUrlSort } from '../../../ui/table/useUrlState';
import { formatDay, PriorityValue, RiskBadge, StageBadge } from '../labels';
import type { PortfolioData } from '../usePortfolioData';
import { readFilter, TableFilters } from './TableFilters';
import { clientWording } from '../../../i18n/i18n';
import { useClientWording } from '../../../i18n/useLanguageLoaded';
import { todayIso } from '../../../domain/shared/dates';
import { useT } from '../../../state/interfaceLanguage';
import type { Translate } from '../../../domain/shared/language';

type Row = RankedUseCase;
type ColumnKey = UseCaseSortKey | 'quadrant';

const columns = (t: Translate): TableColumn<Row, ColumnKey>[] => [
  { key: 'rank', header: t('Rank'), numeric: true, width: '64px', render: (r) => r.rank },
  {
    key: 'title',
    header: t('Use case'),
    className: 'uc-table__title',
    render: ({ useCase: u, filters }) => (
      <>
        <Link to={u.id}>{u.title}</Link>
        {u.process && <span className="muted small block">{u.process}</span>}
        {filters.length > 0 && (
          <ul className="filter-chips" aria-label={t('Hard filters')}>
            {filters.map((f) => (
              <li key={f.id} className={`filter-chip filter-chip--${f.effect}`} title={f.message}>
                {describeFilters([f], t)}
              </li>
            ))}
          </ul>
        )}
      </>
    ),
  },
  {
    key: 'stage',
    header: t('Stage'),
    className: 'nowrap',
    width: '200px',
    render: ({ useCase: u }) => (
      <>
        <StageBadge stage={u.stage} />
        <span className="muted small block">
          {t('since {{date}}', { date: formatDay(currentStageSince(u)) })}
        </span>
      </>
    ),
  },
  {
    key: 'priority',
    header: t('Priority'),
    numeric: true,
    width: '92px',
    render: (r) => (
      <PriorityValue
        score={r.priority.ok ? r.priority.score : null}
        missing={r.priority.ok ? undefined : r.priority.message}
      />
    ),
  },
  {
    key: 'impact',
    header: t('Impact'),
    numeric: true,
    width: '84px',
    render: ({ useCase: u }) => u.scores.impact ?? '—',
  },
  {
    key: 'effort',
    header: t('Effort'),
    numeric: true,
    width: '84px',
    render: ({ useCase: u }) =>
      u.scores.feasibility === null ? '—' : effortFromFeasibility(u.scores.feasibility),
  },
  {
    key: 'riskTier',
    header: t('Risk tier'),
    className: 'nowrap',
    width: '112px',
    render: ({ useCase: u }) => <RiskBadge tier={u.riskTier} short />,
  },
  {
    key: 'businessOwner',
    header: t('Business owner'),
    width: '170px',
    render: ({ useCase: u }) => u.businessOwner || <span className="text-warning">{t('None')}</span>,
  },
  {
    key: 'quadrant',
    header: t('Quadrant'),
    sortable: false,
    className: 'nowrap',
    width: '130px',
    render: ({ useCase: u, quadrant }) =>
      quadrant || u.riskTier === 'prohibited' ? (
        t(placementLabel(quadrant, u.riskTier))
      ) : (
        <span className="muted">{t('Not scored')}</span>
      ),
  },
];

/** The register: every use case in a sortable, filterable table (view kept in the URL), exportable as CSV. */
export function TableView({ client, data }: { client: Client; data: PortfolioData }) {
  const { params, set } = useUrlParams();
  // The CSV's file name and headers are in the client's report language.
  const report = useClientWording(client);
  const t = useT();
  const filter = readFilter(params);
  const sort = useUrlSort<UseCaseSortKey>(
    { key: 'rank', direction: defaultSortDirection('rank') },
    { keys: USE_CASE_SORT_KEYS, firstDirection: defaultSortDirection },
  );
  const ranked = rankUseCases(data.useCases, data.kpis);
  const rows = queryUseCases(ranked, filter, sort);

  return (
    <section className="card table-card" aria-labelledby="pf-register">
      <div className="table-card__head">
        <h2 id="pf-register">{t('Use-case register')}</h2>
        <CsvExportButton
          fileName={`${client.shortName || client.name} ${report.t('use cases')} ${todayIso()}`}
          label={t('Export CSV ({{n}})', { n: rows.length })}
          rows={async () =>
            csvRowsOfUseCases(
              rows.map((r) => r.useCase),
              data.kpis,
              await clientWording(client),
            )
          }
        />
      </div>
      <TableFilters filter={filter} setParams={set} shown={rows.length} total={ranked.length} />
      {rows.length === 0 ? (
        <p className="empty-inline">{t('No use case matches these filters.')}</p>
      ) : (
        <RecordTable
          label={t('Use cases')}
          className="uc-table"
          columns={columns(t)}
          rows={rows}
          rowKey={(r) => r.useCase.id}
          sort={{ ...sort, toggle: (key) => sort.toggle(key as UseCaseSortKey) }}
        />
      )}
    </section>
  );
}
