import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { Link, useSearchParams } from 'react-router';
import type { Client } from '../../../domain/clients/client';
import { currentStageSince, defaultSortDirection, HARD_FILTER_EFFECT_LABELS, effortFromFeasibility, queryUseCases, placementLabel, rankUseCases, USE_CASE_SORT_KEYS, csvRowsOfUseCases, type UseCaseSort, type UseCaseSortKey } from '../../../domain/portfolio';
import { CsvExportButton } from '../../../ui/CsvExportButton';
import { useWindowedRows } from '../../../ui/useWindowedRows';
import { formatDay, PriorityValue, RiskBadge, StageBadge } from '../labels';
import type { PortfolioData } from '../usePortfolioData';
import { readFilter, TableFilters } from './TableFilters';
import { todayIso } from '../../../domain/shared/dates';

const COLUMNS: { key: UseCaseSortKey; label: string; numeric?: boolean }[] = [
  { key: 'rank', label: '#', numeric: true },
  { key: 'title', label: 'Use case' },
  { key: 'stage', label: 'Stage' },
  { key: 'priority', label: 'Priority', numeric: true },
  { key: 'impact', label: 'Impact', numeric: true },
  { key: 'effort', label: 'Effort', numeric: true },
  { key: 'riskTier', label: 'Risk tier' },
  { key: 'businessOwner', label: 'Business owner' },
];

function readSort(params: URLSearchParams): UseCaseSort {
  const key = params.get('sort');
  const valid = (USE_CASE_SORT_KEYS as readonly string[]).includes(key ?? '') ? (key as UseCaseSortKey) : 'rank';
  const dir = params.get('dir');
  return { key: valid, direction: dir === 'asc' || dir === 'desc' ? dir : defaultSortDirection(valid) };
}

/** The register: every use case in a sortable, filterable table, exportable as CSV. */
export function TableView({ client, data }: { client: Client; data: PortfolioData }) {
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const sort = readSort(params);
  const ranked = rankUseCases(data.useCases, data.kpis);
  const rows = queryUseCases(ranked, filter, sort);
  // Hundreds of use cases: render the rows in view only (columns fixed so they do not shift while scrolling).
  const view = useWindowedRows(rows.length);
  const spacer = (height: number) => (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={COLUMNS.length + 1} style={{ height }} />
    </tr>
  );

  const sortBy = (key: UseCaseSortKey) => {
    const next = new URLSearchParams(params);
    const direction = sort.key === key ? (sort.direction === 'asc' ? 'desc' : 'asc') : defaultSortDirection(key);
    next.set('sort', key);
    next.set('dir', direction);
    setParams(next, { replace: true });
  };

  return (
    <section className="card table-card" aria-labelledby="pf-register">
      <div className="table-card__head">
        <h2 id="pf-register">Use-case register</h2>
        <CsvExportButton fileName={`${client.shortName || client.name} use cases ${todayIso()}`} label={`Export CSV (${rows.length})`} rows={() => csvRowsOfUseCases(rows.map((r) => r.useCase), data.kpis)} />
      </div>
      <TableFilters filter={filter} params={params} setParams={setParams} shown={rows.length} total={ranked.length} />
      {rows.length === 0 ? (
        <p className="empty-inline">No use case matches these filters.</p>
      ) : (
        <div className="table-scroll">
          <table className={`table uc-table${view.windowed ? ' uc-table--windowed' : ''}`} aria-label="Use cases" aria-rowcount={view.windowed ? rows.length + 1 : undefined}>
            {view.windowed && (
              <colgroup>
                {[...COLUMNS.map((c) => c.key), 'quadrant'].map((key) => (
                  <col key={key} className={`uc-col uc-col--${key}`} />
                ))}
              </colgroup>
            )}
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                    <button type="button" className="sort-button" onClick={() => sortBy(c.key)} aria-label={c.key === 'rank' ? 'Rank' : undefined}>
                      {c.label}
                      {sort.key === c.key ? sort.direction === 'asc' ? <ArrowUp size={13} aria-hidden /> : <ArrowDown size={13} aria-hidden /> : <ArrowUpDown size={13} aria-hidden className="sort-button__idle" />}
                    </button>
                  </th>
                ))}
                <th scope="col">Quadrant</th>
              </tr>
            </thead>
            <tbody ref={view.bodyRef}>
              {view.padTop > 0 && spacer(view.padTop)}
              {rows.slice(view.start, view.end).map((r, i) => {
                const u = r.useCase;
                return (
                  <tr key={u.id} data-row aria-rowindex={view.windowed ? view.start + i + 2 : undefined}>
                    <td className="num">{r.rank}</td>
                    <td className="uc-table__title">
                      <Link to={u.id}>{u.title}</Link>
                      {u.process && <span className="muted small block">{u.process}</span>}
                      {r.filters.length > 0 && (
                        <ul className="filter-chips" aria-label="Hard filters">
                          {r.filters.map((f) => (
                            <li key={f.id} className={`filter-chip filter-chip--${f.effect}`} title={f.message}>
                              {HARD_FILTER_EFFECT_LABELS[f.effect]}: {f.label}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="nowrap">
                      <StageBadge stage={u.stage} />
                      <span className="muted small block">since {formatDay(currentStageSince(u))}</span>
                    </td>
                    <td className="num">
                      <PriorityValue score={r.priority.ok ? r.priority.score : null} missing={r.priority.ok ? undefined : r.priority.message} />
                    </td>
                    <td className="num">{u.scores.impact ?? '—'}</td>
                    <td className="num">{u.scores.feasibility === null ? '—' : effortFromFeasibility(u.scores.feasibility)}</td>
                    <td className="nowrap">
                      <RiskBadge tier={u.riskTier} short />
                    </td>
                    <td>{u.businessOwner || <span className="text-warning">None</span>}</td>
                    <td className="nowrap">{r.quadrant || u.riskTier === 'prohibited' ? placementLabel(r.quadrant, u.riskTier) : <span className="muted">Not scored</span>}</td>
                  </tr>
                );
              })}
              {view.padBottom > 0 && spacer(view.padBottom)}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
