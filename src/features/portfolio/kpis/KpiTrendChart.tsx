import { format } from 'date-fns';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import {
  formatKpiValue,
  formatNumber,
  niceAxis,
  type Kpi,
  type Measurement,
} from '../../../domain/portfolio';
import { formatDay } from '../../../domain/shared/dates';
import { PALETTE } from '../../../domain/shared/palette';

const day = (iso: string) => Date.parse(`${iso}T12:00:00`);
const DAY_MS = 86_400_000;
/** Above this many points the dots merge into a band: draw the line only (also far fewer SVG nodes). */
const MAX_DOTS = 60;

/** Measurements over time with the baseline, target and scale-up threshold as horizontal lines. */
export function KpiTrendChart({
  kpi,
  measurements,
  plannedEnd,
}: {
  kpi: Kpi;
  measurements: Measurement[];
  plannedEnd: string | null;
}) {
  const points = measurements.map((m) => ({ t: day(m.date), value: m.value, date: m.date }));
  if (kpi.baselineValue !== null && kpi.baselineDate)
    points.unshift({ t: day(kpi.baselineDate), value: kpi.baselineValue, date: kpi.baselineDate });
  const levels = [
    kpi.baselineValue,
    kpi.targetValue,
    kpi.scaleUpThreshold,
    ...points.map((p) => p.value),
  ].filter((v): v is number => v !== null);
  const low = Math.min(...levels);
  const high = Math.max(...levels);
  const margin = (high - low) * 0.05;
  const axis = niceAxis(low - margin, high + margin);
  const times = points.map((p) => p.t);
  if (plannedEnd) times.push(day(plannedEnd));
  const single = Math.min(...times) === Math.max(...times);
  const show = (v: number) => formatKpiValue(v, kpi.unit, kpi.unitLabel);
  const latest = measurements.at(-1);
  const summary = [
    `Trend of ${kpi.name}`,
    kpi.baselineValue !== null ? `baseline ${show(kpi.baselineValue)}` : 'no baseline',
    kpi.targetValue !== null ? `target ${show(kpi.targetValue)}` : 'no target',
    latest ? `latest ${show(latest.value)} on ${formatDay(latest.date)}` : 'no measurement yet',
  ].join(', ');

  return (
    <figure className="kpi-chart" aria-label={summary}>
      <LineChart
        responsive
        style={{ width: '100%', height: 230 }}
        data={points}
        margin={{ top: 12, right: 90, bottom: 4, left: 4 }}
      >
        <CartesianGrid strokeDasharray="2 4" stroke={PALETTE.border} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={[Math.min(...times) - (single ? DAY_MS : 0), Math.max(...times) + (single ? DAY_MS : 0)]}
          tickFormatter={(t: number) => format(t, 'd MMM')}
          tick={{ fontSize: 11 }}
          padding={{ left: 12, right: 12 }}
        />
        <YAxis
          domain={axis.domain}
          ticks={axis.ticks}
          tick={{ fontSize: 11 }}
          width={44}
          tickFormatter={(v: number) => formatNumber(v)}
        />
        <Tooltip
          content={({ payload }) => {
            const p = payload?.[0]?.payload as { value: number; date: string } | undefined;
            return p ? (
              <div className="chart-tooltip">{`${format(day(p.date), 'd MMM yyyy')}: ${show(p.value)}`}</div>
            ) : null;
          }}
        />
        {kpi.baselineValue !== null && (
          <ReferenceLine
            y={kpi.baselineValue}
            stroke={PALETTE.neutralStrong}
            strokeDasharray="5 4"
            label={{
              value: `Baseline ${formatNumber(kpi.baselineValue)}`,
              position: 'right',
              fontSize: 11,
              fill: PALETTE.textMuted,
            }}
          />
        )}
        {kpi.targetValue !== null && (
          <ReferenceLine
            y={kpi.targetValue}
            stroke={PALETTE.successStrong}
            strokeDasharray="5 4"
            label={{
              value: `Target ${formatNumber(kpi.targetValue)}`,
              position: 'right',
              fontSize: 11,
              fill: PALETTE.success,
            }}
          />
        )}
        {kpi.scaleUpThreshold !== null && (
          <ReferenceLine
            y={kpi.scaleUpThreshold}
            stroke={PALETTE.warningStrong}
            strokeDasharray="2 3"
            label={{
              value: `Scale-up ${formatNumber(kpi.scaleUpThreshold)}`,
              position: 'right',
              fontSize: 11,
              fill: PALETTE.warning,
            }}
          />
        )}
        {plannedEnd && (
          <ReferenceLine
            x={day(plannedEnd)}
            stroke={PALETTE.borderStrong}
            label={{
              value: 'Planned end',
              position: 'insideBottomRight',
              fontSize: 11,
              fill: PALETTE.textMuted,
            }}
          />
        )}
        <Line
          type="monotone"
          dataKey="value"
          stroke="var(--accent)"
          strokeWidth={2.5}
          dot={points.length <= MAX_DOTS ? { r: 4 } : false}
          isAnimationActive={false}
        />
      </LineChart>
    </figure>
  );
}
