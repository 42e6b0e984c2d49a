import { MATURITY_DIMENSIONS, MATURITY_LABELS, type Maturity } from '../../domain/clients/client';
import { PALETTE } from '../../domain/shared/palette';
import { useT } from '../../state/interfaceLanguage';
import './clients.css';

const LEVELS = [1, 2, 3, 4, 5] as const;
const MAX = 5;

/** The point at `share` (0-1) of the radius on the spoke of dimension `i` (the first straight up, then clockwise). */
function spokePoint(i: number, share: number, centre: { x: number; y: number }, radius: number) {
  const angle = Math.PI / 2 - (i * 2 * Math.PI) / MATURITY_DIMENSIONS.length;
  return { x: centre.x + radius * share * Math.cos(angle), y: centre.y - radius * share * Math.sin(angle) };
}

const polygon = (points: { x: number; y: number }[]) =>
  points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

/**
 * AI maturity on five dimensions (1-5), as a small radar chart with a text equivalent: plain SVG of a fixed size
 * (a grid ring per level, a spoke per dimension, the scores as one filled shape), so the client's overview draws it
 * without a chart library or any measuring.
 */
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
  const width = size + 60;
  const height = size * 0.8;
  const centre = { x: width / 2, y: height / 2 };
  const radius = size * 0.28;
  const at = (i: number, share: number) => spokePoint(i, share, centre, radius);
  return (
    <figure className="maturity-chart" aria-label={t('AI maturity: {{summary}} (out of 5)', { summary })}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
        <g stroke={PALETTE.borderStrong} fill="none">
          {LEVELS.map((level) => (
            <polygon key={level} points={polygon(data.map((_, i) => at(i, level / MAX)))} />
          ))}
          {data.map((_, i) => {
            const end = at(i, 1);
            return <line key={i} x1={centre.x} y1={centre.y} x2={end.x} y2={end.y} />;
          })}
        </g>
        <polygon
          className="maturity-chart__scores"
          points={polygon(data.map((d, i) => at(i, Math.min(Math.max(d.score, 0), MAX) / MAX)))}
          stroke={color}
          fill={color}
          fillOpacity={0.3}
        />
        {data.map((d, i) => {
          const p = at(i, 1 + 10 / radius);
          const dx = p.x - centre.x;
          const dy = p.y - centre.y;
          return (
            <text
              key={d.dimension}
              x={p.x}
              y={p.y}
              fontSize={12}
              fill={PALETTE.textSecondary}
              textAnchor={Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end'}
              dominantBaseline={Math.abs(dy) < radius * 0.4 ? 'middle' : dy < 0 ? 'auto' : 'hanging'}
            >
              {d.dimension}
            </text>
          );
        })}
      </svg>
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}
