import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { frameworkById, READINESS_DEFINITION, type FrameworkCoverage } from '../../domain/controls';
import { PALETTE } from '../../domain/shared/palette';
import { RecordTable, type TableColumn } from '../../ui/table/RecordTable';
import type { Translate } from '../../domain/shared/language';
import { useT } from '../../state/interfaceLanguage';

const bars = (t: Translate) =>
  [
    { dataKey: 'applicable', name: t('Applicable'), fill: PALETTE.borderStrong },
    { dataKey: 'implemented', name: t('Implemented'), fill: PALETTE.primary },
    { dataKey: 'evidenced', name: t('Evidenced'), fill: PALETTE.success },
  ] as const;

/**
 * Coverage per framework: a chart (applicable, implemented, evidenced) and the same figures as a
 * table, with the readiness score and its definition. The numbers are exactly `coverageByFramework`.
 */
export function CoverageChart({ coverage }: { coverage: readonly FrameworkCoverage[] }) {
  const t = useT();
  const data = coverage.map((c) => ({
    name: t(frameworkById(c.framework).shortName),
    applicable: c.applicable,
    implemented: c.implemented,
    evidenced: c.evidenced,
  }));
  const summary = coverage
    .map((c) =>
      t('{{framework}}: {{applicable}} applicable, {{implemented}} implemented, {{evidenced}} evidenced', {
        framework: t(frameworkById(c.framework).shortName),
        applicable: c.applicable,
        implemented: c.implemented,
        evidenced: c.evidenced,
      }),
    )
    .join('. ');
  return (
    <figure className="controls-chart" aria-label={t('Coverage per framework. {{summary}}', { summary })}>
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
          {bars(t).map((bar) => (
            <Bar key={bar.dataKey} {...bar} barSize={14} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}

type Figure = 'applicable' | 'implemented' | 'evidenced' | 'excluded' | 'undecided';
const figures = (t: Translate): [Figure, string][] => [
  ['applicable', t('Applicable')],
  ['implemented', t('Implemented')],
  ['evidenced', t('Evidenced')],
  ['excluded', t('Excluded')],
  ['undecided', t('Not decided')],
];
const coverageColumns = (t: Translate): TableColumn<FrameworkCoverage>[] => [
  {
    key: 'framework',
    header: t('Framework'),
    rowHeader: true,
    render: (c) => t(frameworkById(c.framework).shortName),
  },
  ...figures(t).map(([key, header]): TableColumn<FrameworkCoverage> => ({
    key,
    header,
    numeric: true,
    render: (c) => <span data-figure={key}>{c[key]}</span>,
  })),
  {
    key: 'readiness',
    header: t('Readiness'),
    numeric: true,
    render: (c) => <strong data-figure="readiness">{c.readiness === null ? '—' : `${c.readiness}%`}</strong>,
  },
];

export function CoverageTable({ coverage }: { coverage: readonly FrameworkCoverage[] }) {
  const t = useT();
  return (
    <RecordTable
      label={t('Coverage per framework')}
      compact
      columns={coverageColumns(t)}
      rows={coverage}
      rowKey={(c) => c.framework}
    />
  );
}

export function ReadinessDefinition() {
  const t = useT();
  return (
    <p className="controls-definition">
      <strong>{t('How readiness is scored.')}</strong> {t(READINESS_DEFINITION)}
    </p>
  );
}
