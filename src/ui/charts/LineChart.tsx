import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { linePath, type ChartPoint } from './linePath';
import { PALETTE } from '../../domain/shared/palette';
import './lineChart.css';

export type { ChartPoint };
export type AxisTick = { value: number; label: string };
/** A horizontal level (baseline, target...) or, with `vertical`, a moment (a planned end), with its label. */
export type ChartLevel = {
  value: number;
  stroke: string;
  dash?: string;
  label?: string;
  labelFill?: string;
  vertical?: boolean;
};
type Axis = { domain: readonly [number, number]; ticks?: readonly AxisTick[] };

/** The classes of the upright lines: a tick's grid line, the cursor on the point shown. */
const UPRIGHT = { grid: 'line-chart__grid', cursor: 'line-chart__cursor' } as const;
/** The width of the box the line is drawn in before it is stretched to the plot. */
const PATH_WIDTH = 1000;

/**
 * A line chart drawn as plain SVG, with no measuring and no chart library: the plot is laid out by CSS (its width
 * is the container's), x positions are percentages of it, and the line is one path drawn in a fixed box that is
 * stretched to the plot (`preserveAspectRatio="none"`, strokes kept at their width). So a chart costs one render of
 * a few dozen elements whatever its width, and follows a resize without a render. Axes, grid, levels, dots and a
 * tooltip (pointer, or arrow keys once the plot has focus) are optional.
 */
export function LineChart({
  points,
  x,
  y,
  levels = [],
  stroke,
  strokeWidth = 2,
  curve = 'linear',
  dotRadius,
  height,
  margin,
  padX = 0,
  grid = false,
  tooltip,
  keyboardLabel,
  className,
}: {
  points: readonly ChartPoint[];
  x: Axis;
  y: Axis;
  levels?: readonly ChartLevel[];
  stroke: string;
  strokeWidth?: number;
  curve?: 'linear' | 'monotone';
  /** Dots on the points, of this radius (none when left out). */
  dotRadius?: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Room kept between the plot's edges and the first and last point. */
  padX?: number;
  grid?: boolean;
  /** The text of a point's tooltip; without it the chart has no tooltip and no focus stop. */
  tooltip?: (index: number) => string;
  /** What the plot is called once it has focus (it says the arrow keys step through the points). */
  keyboardLabel?: string;
  className?: string;
}) {
  const [active, setActive] = useState<number | null>(null);
  const dataRef = useRef<HTMLDivElement>(null);
  const plotHeight = height - margin.top - margin.bottom;
  const [x0, x1] = x.domain;
  const [y0, y1] = y.domain;
  const fx = (v: number) => (x1 === x0 ? 0.5 : (v - x0) / (x1 - x0));
  const py = (v: number) => (y1 === y0 ? plotHeight / 2 : plotHeight * (1 - (v - y0) / (y1 - y0)));
  const pct = (v: number) => `${(fx(v) * 100).toFixed(3)}%`;
  const path = linePath(
    points.map((p) => ({ x: fx(p.x) * PATH_WIDTH, y: py(p.y) })),
    curve,
  );
  const shown = active === null ? null : points[active];
  /** A line across the plot from top to bottom at `at` (a tick's grid line, a moment, the cursor). */
  const upright = (at: number, className?: string, stroke?: string, dash?: string) => (
    <line
      className={className}
      x1={pct(at)}
      x2={pct(at)}
      y1="0"
      y2={plotHeight}
      stroke={stroke}
      strokeDasharray={dash}
    />
  );

  const nearest = (at: number) => {
    let best = 0;
    for (let i = 1; i < points.length; i++)
      if (Math.abs(points[i].x - at) < Math.abs(points[best].x - at)) best = i;
    return best;
  };
  const onPointerMove = (e: PointerEvent) => {
    const box = dataRef.current?.getBoundingClientRect();
    if (!box || points.length === 0) return;
    setActive(nearest(x0 + ((e.clientX - box.left) / (box.width || 1)) * (x1 - x0)));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const last = points.length - 1;
    const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity };
    if (e.key === 'Escape') return setActive(null);
    if (!(e.key in step) || last < 0) return;
    e.preventDefault();
    setActive(Math.max(0, Math.min(last, (active ?? (step[e.key] > 0 ? -1 : last + 1)) + step[e.key])));
  };
  const interactive = tooltip
    ? {
        tabIndex: 0,
        role: 'application',
        'aria-label': keyboardLabel,
        onPointerMove,
        onPointerLeave: () => setActive(null),
        onKeyDown,
        onBlur: () => setActive(null),
      }
    : {};

  return (
    <div
      className={['line-chart', className].filter(Boolean).join(' ')}
      style={{ height, padding: `${margin.top}px ${margin.right}px ${margin.bottom}px ${margin.left}px` }}
    >
      <div className="line-chart__plot" {...interactive}>
        {tooltip && (
          <span className="visually-hidden" aria-live="polite">
            {shown ? tooltip(active!) : ''}
          </span>
        )}
        <svg className="line-chart__layer" aria-hidden>
          {grid &&
            y.ticks?.map((t) => (
              <line
                key={t.value}
                className="line-chart__grid"
                x1="0"
                x2="100%"
                y1={py(t.value)}
                y2={py(t.value)}
              />
            ))}
          {y.ticks && (
            <g className="line-chart__axis">
              <line x1="0" x2="0" y1="0" y2={plotHeight} />
              {y.ticks.map((t) => (
                <g key={t.value}>
                  <line x1="-6" x2="0" y1={py(t.value)} y2={py(t.value)} />
                  <text x="-8" y={py(t.value)} dy="0.355em" textAnchor="end">
                    {t.label}
                  </text>
                </g>
              ))}
            </g>
          )}
          {x.ticks && <line className="line-chart__axis" x1="0" x2="100%" y1={plotHeight} y2={plotHeight} />}
          {levels
            .filter((l) => !l.vertical)
            .map((l) => (
              <g key={`${l.label}-${l.value}`}>
                <line
                  x1="0"
                  x2="100%"
                  y1={py(l.value)}
                  y2={py(l.value)}
                  stroke={l.stroke}
                  strokeDasharray={l.dash}
                />
                {l.label && (
                  <text
                    className="line-chart__label"
                    x="100%"
                    dx="5"
                    y={py(l.value)}
                    dy="0.355em"
                    fill={l.labelFill ?? PALETTE.textMuted}
                  >
                    {l.label}
                  </text>
                )}
              </g>
            ))}
        </svg>
        <div className="line-chart__data" ref={dataRef} style={{ left: padX, right: padX }}>
          <svg className="line-chart__layer" aria-hidden>
            {x.ticks?.map((t) => (
              <g key={t.value}>
                {grid && upright(t.value, UPRIGHT.grid)}
                <g className="line-chart__axis">
                  <line x1={pct(t.value)} x2={pct(t.value)} y1={plotHeight} y2={plotHeight + 6} />
                  <text x={pct(t.value)} y={plotHeight + 8} dy="0.71em" textAnchor="middle">
                    {t.label}
                  </text>
                </g>
              </g>
            ))}
            {levels
              .filter((l) => l.vertical)
              .map((l) => (
                <g key={`${l.label}-${l.value}`}>
                  {upright(l.value, undefined, l.stroke, l.dash)}
                  {l.label && (
                    <text
                      className="line-chart__label"
                      x={pct(l.value)}
                      dx="-5"
                      y={plotHeight - 5}
                      textAnchor="end"
                      fill={l.labelFill ?? PALETTE.textMuted}
                    >
                      {l.label}
                    </text>
                  )}
                </g>
              ))}
            {shown && upright(shown.x, UPRIGHT.cursor)}
            <svg viewBox={`0 0 ${PATH_WIDTH} ${plotHeight}`} preserveAspectRatio="none" overflow="visible">
              <path className="line-chart__line" d={path} stroke={stroke} strokeWidth={strokeWidth} />
            </svg>
            {dotRadius !== undefined &&
              points.map((p, i) => (
                <circle
                  key={i}
                  cx={pct(p.x)}
                  cy={py(p.y)}
                  r={dotRadius}
                  fill={PALETTE.surface}
                  stroke={stroke}
                  strokeWidth={strokeWidth}
                />
              ))}
            {shown && (
              <circle
                cx={pct(shown.x)}
                cy={py(shown.y)}
                r={4}
                fill={stroke}
                stroke={PALETTE.surface}
                strokeWidth={2}
              />
            )}
          </svg>
          {shown && tooltip && (
            <div
              className={`chart-tooltip line-chart__tooltip${fx(shown.x) > 0.6 ? ' line-chart__tooltip--left' : ''}`}
              style={{ left: pct(shown.x), top: py(shown.y) }}
              aria-hidden
            >
              {tooltip(active!)}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
