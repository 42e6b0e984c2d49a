import { format } from 'date-fns';
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
import { LineChart, type ChartLevel } from '../../../ui/charts/LineChart';
import { timeTicks } from '../../../ui/charts/timeTicks';

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
  const { lang, t } = useInterfaceWording();
  const locale = lang === 'nl' ? nl : undefined;
  const points = measurements.map((m) => ({ t: day(m.date), value: m.value, date: m.date }));
  if (kpi.baselineValue !== null && kpi.baselineDate)
    points.unshift({ t: day(kpi.baselineDate), value: kpi.baselineValue, date: kpi.baselineDate });
  const values = [
    kpi.baselineValue,
    kpi.targetValue,
    kpi.scaleUpThreshold,
    ...points.map((p) => p.value),
  ].filter((v): v is number => v !== null);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const margin = (high - low) * 0.05;
  const axis = niceAxis(low - margin, high + margin);
  const times = points.map((p) => p.t);
  if (plannedEnd) times.push(day(plannedEnd));
  const single = Math.min(...times) === Math.max(...times);
  const x0 = Math.min(...times) - (single ? DAY_MS : 0);
  const x1 = Math.max(...times) + (single ? DAY_MS : 0);
  const shortDay = (time: number) => format(time, 'd MMM', { locale }).replace('.', '');
  const longDay = (time: number) => format(time, 'd MMM yyyy', { locale }).replace('.', '');
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

  const xTicks = timeTicks(x0, x1).map((time) => ({ value: time, label: shortDay(time) }));
  const level = (value: number | null, stroke: string, dash: string, label: string, labelFill: string) =>
    value === null ? [] : [{ value, stroke, dash, label, labelFill }];
  const levels: ChartLevel[] = [
    ...level(
      kpi.baselineValue,
      PALETTE.neutralStrong,
      '5 4',
      t('Baseline {{value}}', { value: formatNumber(kpi.baselineValue ?? 0) }),
      PALETTE.textMuted,
    ),
    ...level(
      kpi.targetValue,
      PALETTE.successStrong,
      '5 4',
      t('Target {{value}}', { value: formatNumber(kpi.targetValue ?? 0) }),
      PALETTE.success,
    ),
    ...level(
      kpi.scaleUpThreshold,
      PALETTE.warningStrong,
      '2 3',
      t('Scale-up {{value}}', { value: formatNumber(kpi.scaleUpThreshold ?? 0) }),
      PALETTE.warning,
    ),
  ];
  if (plannedEnd)
    levels.push({
      value: day(plannedEnd),
      vertical: true,
      stroke: PALETTE.borderStrong,
      label: t('Planned end'),
      labelFill: PALETTE.textMuted,
    });

  return (
    <figure className="kpi-chart" aria-label={summary}>
      <LineChart
        points={points.map((p) => ({ x: p.t, y: p.value }))}
        x={{ domain: [x0, x1], ticks: xTicks }}
        y={{ domain: axis.domain, ticks: axis.ticks.map((v) => ({ value: v, label: formatNumber(v) })) }}
        levels={levels}
        stroke="var(--accent)"
        strokeWidth={2.5}
        curve="monotone"
        dotRadius={points.length <= MAX_DOTS ? 4 : undefined}
        height={230}
        margin={{ top: 12, right: 90, bottom: 34, left: 48 }}
        padX={12}
        grid
        tooltip={(i) => `${longDay(points[i].t)}: ${show(points[i].value)}`}
        keyboardLabel={t('Measurements of {{name}}: the arrow keys step through them', { name: kpi.name })}
      />
    </figure>
  );
}
