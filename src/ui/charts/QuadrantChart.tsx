import { useState, type CSSProperties, type ReactNode } from 'react';
import { QUADRANT_PLURALS, QUADRANTS, type Quadrant } from '../../domain/portfolio/constants';
import { QUADRANT_FILLS } from '../../domain/shared/palette';
import './quadrantChart.css';

export { QUADRANT_PLURALS };

/** Where each quadrant sits: its effort (x) and impact (y) half. */
const CORNERS: Record<Quadrant, { x: 'low' | 'high'; y: 'low' | 'high' }> = {
  'quick-win': { x: 'low', y: 'high' },
  'strategic-bet': { x: 'high', y: 'high' },
  'fill-in': { x: 'low', y: 'low' },
  'time-sink': { x: 'high', y: 'low' },
};
const TICKS = [1, 2, 3, 4, 5];
/** Scores of 3 and more count as high, so the quadrants split at 2.5. */
const SPLIT = 2.5;
/** Length of an axis tick and the gap to its number, in px. */
const TICK = 6;
const TICK_GAP = 2;
/** Height kept for the effort axis's numbers below the plot, in px (the axis title sits below it). */
const X_AXIS_HEIGHT = 30;
/** Space between a quadrant's corner and its name, in px. */
const NAME_INSET = 5;

type LabelStyle = { fontSize: number; fill?: string; fontWeight?: number };
export type Inset = { top: number; right: number; bottom: number; left: number };

/**
 * A position inside the plot as an SVG viewport of no size: what it holds is drawn around its origin in px, while
 * the position itself is a percentage of the plot, so the chart follows its container without measuring.
 */
function At({ x, y, children }: { x: number | string; y: number | string; children: ReactNode }) {
  return (
    <svg x={x} y={y} overflow="visible" className="quadrant-chart__at">
      {children}
    </svg>
  );
}

const percent = (share: number) => `${(share * 100).toFixed(3)}%`;

/**
 * Every impact/effort map (the portfolio map, the board slide, the workshop's live map): the four quadrants split at
 * 2.5 and named in their corners, effort (x) and impact (y) from 1 to 5 with `margin` to spare, and the points drawn
 * by `renderPoint` around their place. Plain SVG laid out by CSS: the plot is the box left inside `inset` (the room
 * for the axes), every position a percentage of it; no chart library, no measuring, one render.
 */
export function QuadrantChart<P extends { x: number; y: number }>(o: {
  points: readonly P[];
  pointKey: (point: P) => string;
  /** Draws one point around (0, 0); `active` while the pointer is on it or it has the focus. */
  renderPoint: (point: P, active: boolean) => ReactNode;
  /** A description shown beside the active point. */
  tooltip?: (point: P) => ReactNode;
  /** The chart's box: a fixed size, or the width of its container (`'100%'`). */
  width: number | '100%';
  height: number | '100%';
  inset: Inset;
  margin: number;
  names?: Record<Quadrant, string>;
  label: LabelStyle;
  /** How opaque each quadrant's fill is (default 1). */
  opacity?: Partial<Record<Quadrant, number>>;
  ticks: { fontSize: number };
  /** The effort axis's title: below the numbers (`bottom`, `offset` px further) or at the chart's bottom edge. */
  x: { label: string; position: 'bottom' | 'insideBottom'; offset?: number; fontSize: number };
  /** The impact axis's title, `width` px (the room for its numbers and title) left of the plot. */
  y: { label: string; fontSize: number; width: number };
  /** Dashed lines at every score and solid lines where the quadrants meet, in these colours. */
  grid?: { ticks: string; split: string };
  className?: string;
}) {
  const [active, setActive] = useState<P | null>(null);
  const low = 1 - o.margin;
  const high = 5 + o.margin;
  const across = (v: number) => (v - low) / (high - low);
  const up = (v: number) => (high - v) / (high - low);
  const X = (v: number) => percent(across(v));
  const Y = (v: number) => percent(up(v));
  const names = o.names ?? QUADRANT_PLURALS;
  const style: CSSProperties = {
    width: o.width,
    height: o.height,
    padding: `${o.inset.top}px ${o.inset.right}px ${o.inset.bottom}px ${o.inset.left}px`,
  };
  // Below the plot: the numbers' room, then the title hanging below it or standing on the given offset.
  const xTitleY = X_AXIS_HEIGHT + (o.x.position === 'bottom' ? 1 : -1) * (o.x.offset ?? 5);
  return (
    <div className={`quadrant-chart ${o.className ?? ''}`} style={style}>
      <div className="quadrant-chart__plot">
        <svg className="quadrant-chart__svg" width="100%" height="100%" overflow="visible">
          {QUADRANTS.map((q) => {
            const c = CORNERS[q];
            const [x1, x2] = c.x === 'low' ? [low, SPLIT] : [SPLIT, high];
            const [y1, y2] = c.y === 'high' ? [high, SPLIT] : [SPLIT, low];
            return (
              <g key={q}>
                <rect
                  x={X(x1)}
                  y={Y(y1)}
                  width={percent(across(x2) - across(x1))}
                  height={percent(up(y2) - up(y1))}
                  fill={QUADRANT_FILLS[q]}
                  fillOpacity={o.opacity?.[q] ?? 1}
                />
                <At x={c.x === 'low' ? 0 : '100%'} y={c.y === 'high' ? 0 : '100%'}>
                  <text
                    className="quadrant-chart__name"
                    x={c.x === 'low' ? NAME_INSET : -NAME_INSET}
                    y={c.y === 'high' ? NAME_INSET : -NAME_INSET}
                    textAnchor={c.x === 'low' ? 'start' : 'end'}
                    dominantBaseline={c.y === 'high' ? 'hanging' : 'auto'}
                    {...o.label}
                  >
                    {names[q]}
                  </text>
                </At>
              </g>
            );
          })}
          {o.grid && (
            <g className="quadrant-chart__grid">
              {TICKS.map((v) => (
                <g key={v} stroke={o.grid!.ticks} strokeDasharray="2 4">
                  <line x1={X(v)} x2={X(v)} y1="0" y2="100%" />
                  <line x1="0" x2="100%" y1={Y(v)} y2={Y(v)} />
                </g>
              ))}
              <line x1={X(SPLIT)} x2={X(SPLIT)} y1="0" y2="100%" stroke={o.grid.split} />
              <line x1="0" x2="100%" y1={Y(SPLIT)} y2={Y(SPLIT)} stroke={o.grid.split} />
            </g>
          )}
          <g className="quadrant-chart__axis" fontSize={o.ticks.fontSize}>
            <line x1="0" x2="100%" y1="100%" y2="100%" />
            <line x1="0" x2="0" y1="0" y2="100%" />
            {TICKS.map((v) => (
              <g key={v}>
                <At x={X(v)} y="100%">
                  <line x1="0" x2="0" y1="0" y2={TICK} />
                  <text y={TICK + TICK_GAP} dy="0.71em" textAnchor="middle">
                    {v}
                  </text>
                </At>
                <At x="0" y={Y(v)}>
                  <line x1={-TICK} x2="0" y1="0" y2="0" />
                  <text x={-TICK - TICK_GAP} dy="0.355em" textAnchor="end">
                    {v}
                  </text>
                </At>
              </g>
            ))}
            <At x="50%" y="100%">
              <text
                y={xTitleY}
                textAnchor="middle"
                dominantBaseline={o.x.position === 'bottom' ? 'hanging' : 'auto'}
                fontSize={o.x.fontSize}
              >
                {o.x.label}
              </text>
            </At>
            <At x="0" y="50%">
              <text
                transform={`translate(${-o.y.width + 5 + o.y.fontSize / 2}, 0) rotate(-90)`}
                textAnchor="middle"
                dominantBaseline="central"
                fontSize={o.y.fontSize}
              >
                {o.y.label}
              </text>
            </At>
          </g>
          {o.points.map((p) => (
            <At key={o.pointKey(p)} x={X(p.x)} y={Y(p.y)}>
              <g
                onPointerEnter={() => setActive(p)}
                onPointerLeave={() => setActive(null)}
                onFocus={() => setActive(p)}
                onBlur={() => setActive(null)}
              >
                {o.renderPoint(p, active === p)}
              </g>
            </At>
          ))}
        </svg>
        {o.tooltip && active && o.points.includes(active) && (
          <div
            className={`chart-tooltip quadrant-chart__tooltip${active.x > 3.5 ? ' quadrant-chart__tooltip--left' : ''}`}
            style={{ left: X(active.x), top: Y(active.y) }}
            role="presentation"
          >
            {o.tooltip(active)}
          </div>
        )}
      </div>
    </div>
  );
}
