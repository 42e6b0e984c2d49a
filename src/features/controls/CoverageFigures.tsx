import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { frameworkById, READINESS_DEFINITION, type FrameworkCoverage } from '../../domain/controls';
import { PALETTE } from '../../domain/shared/palette';

const BARS = [
  { dataKey: 'applicable', name: 'Applicable', fill: PALETTE.borderStrong },
  { dataKey: 'implemented', name: 'Implemented', fill: PALETTE.primary },
  { dataKey: 'evidenced', name: 'Evidenced', fill: PALETTE.success },
] as const;

/**
 * Coverage per framework: a chart (applicable, implemented, evidenced) and the same figures as a
 * table, with the readiness score and its definition. The numbers are exactly `coverageByFramework`.
 */
export function CoverageChart({ coverage }: { coverage: readonly FrameworkCoverage[] }) {
  const data = coverage.map((c) => ({
    name: frameworkById(c.framework).shortName,
    applicable: c.applicable,
    implemented: c.implemented,
    evidenced: c.evidenced,
  }));
  const summary = coverage
    .map(
      (c) =>
        `${frameworkById(c.framework).shortName}: ${c.applicable} applicable, ${c.implemented} implemented, ${c.evidenced} evidenced`,
    )
    .join('. ');
  return (
    <figure className="controls-chart" aria-label={`Coverage per framework. ${summary}`}>
      <ResponsiveContainer width="100%" height={80 + coverage.length * 70}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }} barGap={2}>
          <CartesianGrid horizontal={false} stroke={PALETTE.border} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: PALETTE.textMuted }} />
          <YAxis
            type="category"
            dataKey="name"
            width={110}
            tick={{ fontSize: 13, fill: PALETTE.text }}
            interval={0}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {BARS.map((bar) => (
            <Bar key={bar.dataKey} {...bar} barSize={14} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}

export function CoverageTable({ coverage }: { coverage: readonly FrameworkCoverage[] }) {
  return (
    <table className="table table--compact" aria-label="Coverage per framework">
      <thead>
        <tr>
          <th scope="col">Framework</th>
          <th scope="col" className="num">
            Applicable
          </th>
          <th scope="col" className="num">
            Implemented
          </th>
          <th scope="col" className="num">
            Evidenced
          </th>
          <th scope="col" className="num">
            Excluded
          </th>
          <th scope="col" className="num">
            Not decided
          </th>
          <th scope="col" className="num">
            Readiness
          </th>
        </tr>
      </thead>
      <tbody>
        {coverage.map((c) => (
          <tr key={c.framework} data-framework={c.framework}>
            <th scope="row">{frameworkById(c.framework).shortName}</th>
            <td className="num" data-figure="applicable">
              {c.applicable}
            </td>
            <td className="num" data-figure="implemented">
              {c.implemented}
            </td>
            <td className="num" data-figure="evidenced">
              {c.evidenced}
            </td>
            <td className="num" data-figure="excluded">
              {c.excluded}
            </td>
            <td className="num" data-figure="undecided">
              {c.undecided}
            </td>
            <td className="num" data-figure="readiness">
              <strong>{c.readiness === null ? '—' : `${c.readiness}%`}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReadinessDefinition() {
  return (
    <p className="controls-definition">
      <strong>How readiness is scored.</strong> {READINESS_DEFINITION}
    </p>
  );
}
