import { Link, useNavigate } from 'react-router';
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
import { QuadrantChart } from '../../../ui/charts/QuadrantChart';
import { useT } from '../../../state/interfaceLanguage';
import type { Translate } from '../../../domain/shared/language';

/** The lists beside the map: "Stop" (prohibited practices, when there are any), then the quadrants. */
const MAP_GROUPS = ['stop', 'quick-win', 'strategic-bet', 'fill-in', 'time-sink'] as const;

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

  // One bubble per use case around its place, sized by reach, its title beside it (left of it near the right edge).
  const dot = (p: MapPoint) => {
    const r = 7 + (p.reach ?? 2) * 1.6;
    const label = p.title.length > 34 ? `${p.title.slice(0, 32)}…` : p.title;
    return (
      <g
        className="map-dot"
        role="link"
        tabIndex={0}
        aria-label={describePoint(p, t)}
        onClick={() => open(p.useCaseId)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            open(p.useCaseId);
          }
        }}
      >
        <circle
          r={r}
          fill={RISK_TIER_COLOURS[p.riskTier]}
          fillOpacity={0.85}
          stroke={PALETTE.surface}
          strokeWidth={2}
        />
        <text
          x={p.x >= 4.6 ? -r - 4 : r + 4}
          y={4}
          textAnchor={p.x >= 4.6 ? 'end' : 'start'}
          className="map-dot__label"
        >
          {label}
        </text>
      </g>
    );
  };
  // Drawn tier by tier, as the legend lists them.
  const drawn = tiers.flatMap((tier) => points.filter((p) => p.riskTier === tier));

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
            <QuadrantChart
              points={drawn}
              pointKey={(p) => p.useCaseId}
              renderPoint={dot}
              tooltip={(p) => describePoint(p, t)}
              width="100%"
              height={500}
              inset={{ top: 16, right: 24, bottom: 58, left: 56 }}
              margin={0.5}
              names={quadrantNames}
              label={{ fill: PALETTE.textMuted, fontSize: 13, fontWeight: 600 }}
              ticks={{ fontSize: 12 }}
              x={{
                label: t('Effort (6 − feasibility) →'),
                position: 'insideBottom',
                offset: -16,
                fontSize: 13,
              }}
              y={{ label: t('Impact →'), fontSize: 13, width: 48 }}
              grid={{ ticks: PALETTE.border, split: PALETTE.neutralStrong }}
            />
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
