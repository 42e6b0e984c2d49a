import { Link } from 'react-router';
import { formatNumber, VALUE_REALISED_EXPLANATION, type ValueRealised } from '../../../domain/portfolio';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { formatDay } from '../labels';

const eur = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

type Contribution = ValueRealised['contributions'][number];
const COLUMNS: TableColumn<Contribution>[] = [
  { key: 'useCase', header: 'Use case', render: (c) => <Link to={c.useCaseId}>{c.useCaseTitle}</Link> },
  {
    key: 'kpi',
    header: 'KPI',
    render: (c) => (
      <>
        {c.kpiName}
        <span className="muted small block">{c.calculation}</span>
      </>
    ),
  },
  { key: 'baseline', header: 'Baseline', numeric: true, render: (c) => formatNumber(c.baselineValue) },
  {
    key: 'latest',
    header: 'Latest',
    numeric: true,
    render: (c) => (
      <>
        {formatNumber(c.latestValue)} <span className="muted small">({formatDay(c.latestDate)})</span>
      </>
    ),
  },
  {
    key: 'perMonth',
    header: 'Per month',
    numeric: true,
    cellClassName: (c) => (c.perMonth < 0 ? 'text-danger' : undefined),
    render: (c) => (c.kind === 'time' ? `${formatNumber(c.perMonth)} h` : eur.format(c.perMonth)),
  },
];

/** Hours and euros saved per month by KPIs that measure time or money, with how each was computed. */
export function ValueRealisedCard({ value }: { value: ValueRealised }) {
  return (
    <section className="card card--span2" aria-labelledby="pf-value">
      <h2 id="pf-value">Value realised</h2>
      <div className="value-totals">
        <p>
          <span className="value-totals__n">{formatNumber(value.hoursPerMonth)}</span> hours saved per month
        </p>
        <p>
          <span className="value-totals__n">{eur.format(value.eurPerMonth)}</span> saved per month
        </p>
      </div>
      <RecordTable
        label="Value realised per KPI"
        compact
        columns={COLUMNS}
        rows={value.contributions}
        rowKey={(c) => c.kpiId}
        empty="No KPI that measures time or money has a measurement yet for a use case in pilot, evaluation or structural use."
      />
      {value.excluded.length > 0 && (
        <ul className="plain-list small muted">
          {value.excluded.map((x) => (
            <li key={x.kpiId}>
              Not counted: {x.kpiName} — {x.reason}
            </li>
          ))}
        </ul>
      )}
      <details className="explain">
        <summary>How value realised is computed</summary>
        <p>{VALUE_REALISED_EXPLANATION}</p>
      </details>
    </section>
  );
}
