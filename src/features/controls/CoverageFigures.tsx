import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { frameworkById, READINESS_DEFINITION, type FrameworkCoverage } from '../../domain/controls';
import { PALETTE } from '../../domain/shared/palette';
import { RecordTable, type TableColumn } from '../../ui/table/RecordTable';

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

type Figure = 'applicable' | 'implemented' | 'evidenced' | 'excluded' | 'undecided';
const FIGURES: [Figure, string][] = [
  ['applicable', 'Applicable'],
  ['implemented', 'Implemented'],
  ['evidenced', 'Evidenced'],
  ['excluded', 'Excluded'],
  ['undecided', 'Not decided'],
];
const COVERAGE_COLUMNS: TableColumn<FrameworkCoverage>[] = [
  {
    key: 'framework',
    header: 'Framework',
    rowHeader: true,
    render: (c) => frameworkById(c.framework).shortName,
  },
  ...FIGURES.map(([key, header]): TableColumn<FrameworkCoverage> => ({
    key,
    header,
    numeric: true,
    render: (c) => <span data-figure={key}>{c[key]}</span>,
  })),
  {
    key: 'readiness',
    header: 'Readiness',
    numeric: true,
    render: (c) => <strong data-figure="readiness">{c.readiness === null ? '—' : `${c.readiness}%`}</strong>,
  },
];

export function CoverageTable({ coverage }: { coverage: readonly FrameworkCoverage[] }) {
  return (
    <RecordTable
      label="Coverage per framework"
      compact
      columns={COVERAGE_COLUMNS}
      rows={coverage}
      rowKey={(c) => c.framework}
    />
  );
}

export function ReadinessDefinition() {
  return (
    <p className="controls-definition">
      <strong>How readiness is scored.</strong> {READINESS_DEFINITION}
    </p>
  );
}
