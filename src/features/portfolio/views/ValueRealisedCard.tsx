import { Link } from 'react-router';
import { formatNumber, VALUE_REALISED_EXPLANATION, type ValueRealised } from '../../../domain/portfolio';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { formatDay } from '../labels';
import { useInterfaceWording } from '../../../state/interfaceLanguage';
import { euroIn, type Wording } from '../../../domain/shared/language';

type Contribution = ValueRealised['contributions'][number];
const columns = ({ lang, t }: Wording): TableColumn<Contribution>[] => [
  { key: 'useCase', header: t('Use case'), render: (c) => <Link to={c.useCaseId}>{c.useCaseTitle}</Link> },
  {
    key: 'kpi',
    header: t('KPI'),
    render: (c) => (
      <>
        {c.kpiName}
        <span className="muted small block">{c.calculation}</span>
      </>
    ),
  },
  { key: 'baseline', header: t('Baseline'), numeric: true, render: (c) => formatNumber(c.baselineValue) },
  {
    key: 'latest',
    header: t('Latest'),
    numeric: true,
    render: (c) => (
      <>
        {formatNumber(c.latestValue)} <span className="muted small">({formatDay(c.latestDate)})</span>
      </>
    ),
  },
  {
    key: 'perMonth',
    header: t('Per month'),
    numeric: true,
    cellClassName: (c) => (c.perMonth < 0 ? 'text-danger' : undefined),
    render: (c) =>
      c.kind === 'time' ? t('{{hours}} h', { hours: formatNumber(c.perMonth) }) : euroIn(lang, c.perMonth),
  },
];

/** Hours and euros saved per month by KPIs that measure time or money, with how each was computed. */
export function ValueRealisedCard({ value }: { value: ValueRealised }) {
  const words = useInterfaceWording();
  const { lang, t } = words;
  return (
    <section className="card card--span2" aria-labelledby="pf-value">
      <h2 id="pf-value">{t('Value realised')}</h2>
      <div className="value-totals">
        <p>
          <span className="value-totals__n">{formatNumber(value.hoursPerMonth)}</span>{' '}
          {t('hours saved per month')}
        </p>
        <p>
          <span className="value-totals__n">{euroIn(lang, value.eurPerMonth)}</span> {t('saved per month')}
        </p>
      </div>
      <RecordTable
        label={t('Value realised per KPI')}
        compact
        columns={columns(words)}
        rows={value.contributions}
        rowKey={(c) => c.kpiId}
        empty={t(
          'No KPI that measures time or money has a measurement yet for a use case in pilot, evaluation or structural use.',
        )}
      />
      {value.excluded.length > 0 && (
        <ul className="plain-list small muted">
          {value.excluded.map((x) => (
            <li key={x.kpiId}>
              {t('Not counted: {{kpi}} — {{reason}}', { kpi: x.kpiName, reason: x.reason })}
            </li>
          ))}
        </ul>
      )}
      <details className="explain">
        <summary>{t('How value realised is computed')}</summary>
        <p>{t(VALUE_REALISED_EXPLANATION)}</p>
      </details>
    </section>
  );
}
