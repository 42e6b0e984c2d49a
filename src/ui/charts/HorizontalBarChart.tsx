import { PALETTE } from '../../domain/shared/palette';
import { niceTicks } from './niceTicks';

/** One bar: its category, its value, and optionally a short note drawn inside its right end ("+2"). */
export type HorizontalBar = { label: string; value: number; note?: string };

/** What the axes' texts and lines look like (the chart kit's former defaults). */
const AXIS = '#666';
const TICK = 6;
const VALUE = '#808080';
/** About the width of a character of the slides' font, per pixel of its size (no measuring). */
const CHAR_WIDTH = 0.5;

/** A category label's words in lines that fit `width`, by the average width of a character. */
function wrapWords(text: string, width: number, fontSize: number): string[] {
  const fits = Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH)));
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= fits) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Bars left to right, one per category, drawn as plain SVG at a fixed size (slides are 1280 x 720): the categories
 * on the left, vertical grid lines at whole-number ticks, each bar's value after it. No chart library and no
 * measuring (long category labels wrap by an average character width), so a chart costs one render of a few
 * dozen elements.
 */
export function HorizontalBarChart({
  bars,
  width,
  height,
  margin,
  labelWidth,
  fill,
  valueAxis = true,
  barSize,
  labelFontSize,
  axisFontSize = 14,
  valueStyle,
  noteStyle,
}: {
  bars: readonly HorizontalBar[];
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The room of the category labels, left of the bars. */
  labelWidth: number;
  fill: string;
  /** The value axis under the bars (its ticks stay as grid lines without it). */
  valueAxis?: boolean;
  /** The thickness of a bar (80% of its band when left out). */
  barSize?: number;
  labelFontSize: number;
  axisFontSize?: number;
  valueStyle: { fontSize: number; fontWeight: number };
  noteStyle?: { fontSize: number; fontWeight: number; fill: string };
}) {
  const left = margin.left + labelWidth;
  const right = width - margin.right;
  const top = margin.top;
  const bottom = height - margin.bottom - (valueAxis ? 30 : 0);
  const ticks = niceTicks(Math.max(0, ...bars.map((b) => b.value)));
  const max = ticks[ticks.length - 1];
  const x = (v: number) => left + ((right - left) * v) / max;
  const band = bars.length ? (bottom - top) / bars.length : 0;
  const size = barSize ?? band * 0.8;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="bar-chart">
      {ticks.map((v) => (
        <line key={v} x1={x(v)} x2={x(v)} y1={top} y2={bottom} stroke={PALETTE.border} />
      ))}
      {valueAxis && (
        <g fontSize={axisFontSize} fill={AXIS}>
          <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={AXIS} />
          {ticks.map((v) => (
            <g key={v}>
              <line x1={x(v)} x2={x(v)} y1={bottom} y2={bottom + TICK} stroke={AXIS} />
              <text x={x(v)} y={bottom + TICK + 2} dy="0.71em" textAnchor="middle">
                {v}
              </text>
            </g>
          ))}
        </g>
      )}
      <g fontSize={labelFontSize} fill={AXIS}>
        <line x1={left} x2={left} y1={top} y2={bottom} stroke={AXIS} />
        {bars.map((b, i) => {
          const y = top + band * (i + 0.5);
          const lines = wrapWords(b.label, labelWidth, labelFontSize);
          return (
            <g key={b.label}>
              <line x1={left - TICK} x2={left} y1={y} y2={y} stroke={AXIS} />
              <text x={left - TICK - 2} y={y} textAnchor="end">
                {lines.map((line, k) => (
                  <tspan key={k} x={left - TICK - 2} dy={k ? '1em' : `${0.355 - (lines.length - 1) / 2}em`}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </g>
      {bars.map((b, i) => {
        const y = top + band * (i + 0.5);
        const end = x(b.value);
        // As before: an empty bar has no rectangle and no value.
        if (b.value === 0) return null;
        return (
          <g key={b.label}>
            <rect x={left} y={y - size / 2} width={end - left} height={size} fill={fill} />
            <text x={end + 5} y={y} dy="0.355em" style={{ fill: VALUE, ...valueStyle }}>
              {b.value}
            </text>
            {b.note && noteStyle && (
              <text x={end - 5} y={y} dy="0.355em" textAnchor="end" style={noteStyle}>
                {b.note}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
