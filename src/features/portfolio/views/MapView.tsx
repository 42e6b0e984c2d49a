import { Link, useNavigate } from 'react-router';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip } from 'recharts';
import {
  impactEffortPoints,
  QUADRANT_EXPLANATION,
  QUADRANT_LABELS,
  placementLabel,
  STOP_LABEL,
  RISK_TIERS,
  STAGE_LABELS,
  QUADRANTS,
  type MapPoint,
  type Quadrant,
} from '../../../domain/portfolio';
import { RISK_TIER_SHORT } from '../labels';
import type { PortfolioData } from '../usePortfolioData';
import { PALETTE, RISK_TIER_COLOURS } from '../../../domain/shared/palette';
import { quadrantFrame } from '../../../ui/charts/quadrantFrame';
import { useT } from '../../../state/interfaceLanguage';
import type { Translate } from '../../../domain/shared/language';

/** The lists beside the map: "Stop" (prohibited practices, when there are any), then the quadrants. */
const MAP_GROUPS = ['stop', 'quick-win', 'strategic-bet', 'fill-in', 'time-sink'] as const;

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: MapPoint;
}

function describePoint(p: MapPoint, t: Translate): string {
  return t('{{title}}: impact {{impact}}, effort {{effort}}, {{placement}}, {{tier}}, {{stage}}', {
    title: p.title,
    impact: p.impact,
    effort: p.effort,
    placement: t(placementLabel(p.quadrant, p.riskTier)).toLowerCase(),
    tier: t(RISK_TIER_SHORT[p.riskTier]).toLowerCase(),
    stage: t(STAGE_LABELS[p.stage]).toLowerCase(),
  });
}

/** The impact/effort map: one bubble per scored use case, coloured by risk tier; click or Enter opens it. */
export function MapView({ data }: { data: PortfolioData }) {
  const t = useT();
  const navigate = useNavigate();
  const points = impactEffortPoints(data.useCases);
  const unscored = data.useCases.filter((u) => u.scores.impact === null || u.scores.feasibility === null);
  const tiers = RISK_TIERS.filter((tier) => points.some((p) => p.riskTier === tier));
  const open = (id: string) => navigate(id);
  const quadrantNames = Object.fromEntries(QUADRANTS.map((q) => [q, t(QUADRANT_LABELS[q])])) as Record<
    Quadrant,
    string
  >;

  const Dot = ({ cx = 0, cy = 0, payload }: DotProps) => {
    if (!payload) return null;
    const r = 7 + (payload.reach ?? 2) * 1.6;
    const label = payload.title.length > 34 ? `${payload.title.slice(0, 32)}…` : payload.title;
    return (
      <g
        className="map-dot"
        role="link"
        tabIndex={0}
        aria-label={describePoint(payload, t)}
        onClick={() => open(payload.useCaseId)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            open(payload.useCaseId);
          }
        }}
      >
        <circle
          cx={cx}
          cy={cy}
          r={r}
          fill={RISK_TIER_COLOURS[payload.riskTier]}
          fillOpacity={0.85}
          stroke={PALETTE.surface}
          strokeWidth={2}
        />
        <text
          x={payload.x >= 4.6 ? cx - r - 4 : cx + r + 4}
          y={cy + 4}
          textAnchor={payload.x >= 4.6 ? 'end' : 'start'}
          className="map-dot__label"
        >
          {label}
        </text>
      </g>
    );
  };

  const frame = quadrantFrame({
    margin: 0.5,
    names: quadrantNames,
    label: { fill: PALETTE.textMuted, fontSize: 13, fontWeight: 600 },
    overflow: true,
    ticks: { fontSize: 12 },
    x: {
      label: t('Effort (6 − feasibility) →'),
      position: 'insideBottom',
      offset: -16,
      fontSize: 13,
      name: t('Effort'),
    },
    y: { label: t('Impact →'), width: 48, fontSize: 13, name: t('Impact') },
  });

  return (
    <div className="map-layout">
      <section className="card" aria-labelledby="pf-map">
        <h2 id="pf-map">{t('Impact / effort map')}</h2>
        {points.length === 0 ? (
          <p className="empty-inline">
            {t(
              'No use case has an impact and feasibility score yet. Score them on their pages to place them on the map.',
            )}
          </p>
        ) : (
          <figure
            className="impact-map"
            aria-label={t('Impact/effort map of {{count}} use cases', { count: points.length })}
          >
            <ScatterChart
              responsive
              style={{ width: '100%', height: 500 }}
              margin={{ top: 16, right: 24, bottom: 28, left: 8 }}
            >
              {frame}
              <CartesianGrid strokeDasharray="2 4" stroke={PALETTE.border} />
              <ReferenceLine x={2.5} stroke={PALETTE.neutralStrong} />
              <ReferenceLine y={2.5} stroke={PALETTE.neutralStrong} />
              <Tooltip
                cursor={false}
                content={({ payload }) => {
                  const p = payload?.[0]?.payload as MapPoint | undefined;
                  return p ? <div className="chart-tooltip">{describePoint(p, t)}</div> : null;
                }}
              />
              {tiers.map((tier) => (
                <Scatter
                  key={tier}
                  name={t(RISK_TIER_SHORT[tier])}
                  data={points.filter((p) => p.riskTier === tier)}
                  shape={Dot}
                  isAnimationActive={false}
                />
              ))}
            </ScatterChart>
            <figcaption>
              <ul className="map-legend" aria-label={t('Colour by risk tier')}>
                {tiers.map((tier) => (
                  <li key={tier}>
                    <span
                      className="risk-badge__dot"
                      style={{ background: RISK_TIER_COLOURS[tier] }}
                      aria-hidden
                    />{' '}
                    {t(RISK_TIER_SHORT[tier])}
                  </li>
                ))}
                <li className="muted">{t('Bubble size: reach')}</li>
              </ul>
            </figcaption>
          </figure>
        )}
        <p className="field__hint">{t(QUADRANT_EXPLANATION)}</p>
      </section>
      <section className="card" aria-labelledby="pf-map-list">
        <h2 id="pf-map-list">{t('By quadrant')}</h2>
        {MAP_GROUPS.map((q) => {
          const inQuadrant = points.filter((p) =>
            q === 'stop' ? p.riskTier === 'prohibited' : p.quadrant === q && p.riskTier !== 'prohibited',
          );
          if (q === 'stop' && inQuadrant.length === 0) return null;
          return (
            <div key={q} className="quadrant-list">
              <h3>
                {t(q === 'stop' ? STOP_LABEL : QUADRANT_LABELS[q])}{' '}
                <span className="board__count">{inQuadrant.length}</span>
              </h3>
              {inQuadrant.length === 0 ? (
                <p className="muted small">{t('None')}</p>
              ) : (
                <ul className="plain-list">
                  {inQuadrant.map((p) => (
                    <li key={p.useCaseId}>
                      <Link to={p.useCaseId}>{p.title}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
        {unscored.length > 0 && (
          <div className="quadrant-list">
            <h3>{t('Not on the map (not scored)')}</h3>
            <ul className="plain-list">
              {unscored.map((u) => (
                <li key={u.id}>
                  <Link to={u.id}>{u.title}</Link>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
