import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import { MATURITY_DIMENSIONS, MATURITY_LABELS, type Maturity } from '../../domain/clients/client';
import { PALETTE } from '../../domain/shared/palette';
import { useT } from '../../state/interfaceLanguage';
import './clients.css';

/** AI maturity on five dimensions (1-5), as a small radar chart with a text equivalent. */
export function MaturityChart({
  maturity,
  color,
  size = 260,
}: {
  maturity: Maturity;
  color: string;
  size?: number;
}) {
  const t = useT();
  const data = MATURITY_DIMENSIONS.map((d) => ({ dimension: t(MATURITY_LABELS[d]), score: maturity[d] }));
  const summary = data.map((d) => `${d.dimension} ${d.score}`).join(', ');
  return (
    <figure className="maturity-chart" aria-label={t('AI maturity: {{summary}} (out of 5)', { summary })}>
      <RadarChart
        width={size + 60}
        height={size * 0.8}
        data={data}
        outerRadius={size * 0.28}
        margin={{ left: 30, right: 30 }}
      >
        <PolarGrid />
        <PolarAngleAxis dataKey="dimension" tick={{ fontSize: 12, fill: PALETTE.textSecondary }} />
        <PolarRadiusAxis domain={[0, 5]} tickCount={6} tick={false} axisLine={false} />
        <Radar dataKey="score" stroke={color} fill={color} fillOpacity={0.3} isAnimationActive={false} />
      </RadarChart>
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}
