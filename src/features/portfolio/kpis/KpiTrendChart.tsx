import { format } from 'date-fns';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { LabelPosition } from 'recharts/types/component/Label';
import {
  formatKpiValue,
  formatNumber,
  niceAxis,
  type Kpi,
  type Measurement,
} from '../../../domain/portfolio';
import { formatDay } from '../../../domain/shared/dates';
import { PALETTE } from '../../../domain/shared/palette';
import { nl } from 'date-fns/locale';
import { useInterfaceWording } from '../../../state/interfaceLanguage';

const day = (iso: string) => Date.parse(`${iso}T12:00:00`);
const DAY_MS = 86_400_000;
/** A reference line's label: at the right of a level, or at the foot of the planned end. */
const PLANNED_END_POSITION: LabelPosition = 'insideBottomRight';
const lineLabel = (value: string, fill: string, position: LabelPosition = 'right') => ({
  value,
  position,
  fontSize: 11,
  fill,
});
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
  const { lang, t } = useInterfaceWording();
  const locale = lang === 'nl' ? nl : undefined;
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
  const show = (v: number) => formatKpiValue(v, kpi.unit, kpi.unitLabel, t);
  const latest = measurements.at(-1);
  const summary = [
    t('Trend of {{name}}', { name: kpi.name }),
    kpi.baselineValue !== null
      ? t('baseline {{value}}', { value: show(kpi.baselineValue) })
      : t('no baseline'),
    kpi.targetValue !== null ? t('target {{value}}', { value: show(kpi.targetValue) }) : t('no target'),
    latest
      ? t('latest {{value}} on {{date}}', { value: show(latest.value), date: formatDay(latest.date) })
      : t('no measurement yet'),
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
          tickFormatter={(time: number) => format(time, 'd MMM', { locale }).replace('.', '')}
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
              <div className="chart-tooltip">{`${format(day(p.date), 'd MMM yyyy', { locale }).replace('.', '')}: ${show(p.value)}`}</div>
            ) : null;
          }}
        />
        {kpi.baselineValue !== null && (
          <ReferenceLine
            y={kpi.baselineValue}
            stroke={PALETTE.neutralStrong}
            strokeDasharray="5 4"
            label={lineLabel(
              t('Baseline {{value}}', { value: formatNumber(kpi.baselineValue) }),
              PALETTE.textMuted,
            )}
          />
        )}
        {kpi.targetValue !== null && (
          <ReferenceLine
            y={kpi.targetValue}
            stroke={PALETTE.successStrong}
            strokeDasharray="5 4"
            label={lineLabel(
              t('Target {{value}}', { value: formatNumber(kpi.targetValue) }),
              PALETTE.success,
            )}
          />
        )}
        {kpi.scaleUpThreshold !== null && (
          <ReferenceLine
            y={kpi.scaleUpThreshold}
            stroke={PALETTE.warningStrong}
            strokeDasharray="2 3"
            label={lineLabel(
              t('Scale-up {{value}}', { value: formatNumber(kpi.scaleUpThreshold) }),
              PALETTE.warning,
            )}
          />
        )}
        {plannedEnd && (
          <ReferenceLine
            x={day(plannedEnd)}
            stroke={PALETTE.borderStrong}
            label={lineLabel(t('Planned end'), PALETTE.textMuted, PLANNED_END_POSITION)}
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
