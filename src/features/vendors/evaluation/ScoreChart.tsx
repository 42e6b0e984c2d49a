import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Comparison } from '../../../domain/vendors';
import { CHART_SERIES, PALETTE } from '../../../domain/shared/palette';
import { useT } from '../../../state/interfaceLanguage';

/** Per-criterion scores of every vendor as grouped horizontal bars, with a text table for screen readers. */
export function ScoreChart({ comparison }: { comparison: Comparison }) {
  const t = useT();
  const rows = comparison.rows;
  const data = comparison.criteria.map((c) => {
    const point: Record<string, string | number | null> = { criterion: `${c.name} (${c.weight}%)` };
    for (const row of rows)
      point[row.vendorId] = row.score.criteria.find((x) => x.criterionId === c.id)?.score ?? null;
    return point;
  });
  const summary = rows
    .map(
      (row) =>
        `${row.vendorName}: ${row.score.criteria.map((c) => `${c.name} ${c.score ?? t('not scored')}`).join(', ')}`,
    )
    .join('. ');
  const height = Math.max(260, comparison.criteria.length * (rows.length * 14 + 22) + 60);
  return (
    <figure className="score-chart" aria-label={t('Scores per criterion. {{summary}}', { summary })}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }} barGap={2}>
          <CartesianGrid horizontal={false} stroke={PALETTE.border} />
          <XAxis
            type="number"
            domain={[0, 5]}
            ticks={[0, 1, 2, 3, 4, 5]}
            tick={{ fontSize: 12, fill: PALETTE.textMuted }}
          />
          <YAxis
            type="category"
            dataKey="criterion"
            width={230}
            tick={{ fontSize: 12, fill: PALETTE.text }}
            interval={0}
          />
          <Tooltip
            formatter={(value) => (value === null || value === undefined ? t('Not scored') : String(value))}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
          {rows.map((row, i) => (
            <Bar
              key={row.vendorId}
              dataKey={row.vendorId}
              name={row.knockedOut ? t('{{vendor}} (ruled out)', { vendor: row.vendorName }) : row.vendorName}
              fill={CHART_SERIES[i % CHART_SERIES.length]}
              fillOpacity={row.knockedOut ? 0.45 : 1}
              barSize={12}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}
