import { Link } from 'react-router';
import { formatNumber, VALUE_REALISED_EXPLANATION, type ValueRealised } from '../../../domain/portfolio';
import { formatDay } from '../labels';

const eur = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

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
      {value.contributions.length > 0 ? (
        <table className="table table--compact" aria-label="Value realised per KPI">
          <thead>
            <tr>
              <th scope="col">Use case</th>
              <th scope="col">KPI</th>
              <th scope="col" className="num">
                Baseline
              </th>
              <th scope="col" className="num">
                Latest
              </th>
              <th scope="col" className="num">
                Per month
              </th>
            </tr>
          </thead>
          <tbody>
            {value.contributions.map((c) => (
              <tr key={c.kpiId}>
                <td>
                  <Link to={c.useCaseId}>{c.useCaseTitle}</Link>
                </td>
                <td>
                  {c.kpiName}
                  <span className="muted small block">{c.calculation}</span>
                </td>
                <td className="num">{formatNumber(c.baselineValue)}</td>
                <td className="num">
                  {formatNumber(c.latestValue)}{' '}
                  <span className="muted small">({formatDay(c.latestDate)})</span>
                </td>
                <td className={`num ${c.perMonth < 0 ? 'text-danger' : ''}`}>
                  {c.kind === 'time' ? `${formatNumber(c.perMonth)} h` : eur.format(c.perMonth)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">
          No KPI that measures time or money has a measurement yet for a use case in pilot, evaluation or
          structural use.
        </p>
      )}
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
