import { GATE_DECISION_LABELS, STAGE_LABELS } from '../../../domain/portfolio';
import type { KpiLine, ReportPage } from '../../../domain/reports';
import { EmptySlideMessage, ReportSlideFrame, type SlideProps } from './ReportSlideFrame';
import { reportLanguage } from '../reportLanguage';
import type { Translate } from '../../../domain/shared/language';
import { KPI_STATUS_TEXT } from './statusLabels';
import { PALETTE } from '../../../domain/shared/palette';
import { LineChart, type ChartLevel } from '../../../ui/charts/LineChart';

/** A KPI's small trend (measurements evenly spaced, baseline and target dashed), 180 x 54 px, no tooltip. */
function Trend({ kpi, color, t }: { kpi: KpiLine; color: string; t: Translate }) {
  if (kpi.trend.length < 2)
    return <span className="muted">{t(kpi.trend.length === 1 ? 'One measurement' : 'No measurements')}</span>;
  const values = [
    ...kpi.trend.map((t) => t.value),
    kpi.baseline ?? kpi.trend[0].value,
    kpi.target ?? kpi.trend[0].value,
  ];
  const levels: ChartLevel[] = [];
  if (kpi.baseline !== null) levels.push({ value: kpi.baseline, stroke: PALETTE.neutralStrong, dash: '3 3' });
  if (kpi.target !== null) levels.push({ value: kpi.target, stroke: PALETTE.success, dash: '4 2' });
  return (
    <LineChart
      className="pilot-trend"
      points={kpi.trend.map((m, i) => ({ x: i, y: m.value }))}
      x={{ domain: [0, kpi.trend.length - 1] }}
      y={{ domain: [Math.min(...values), Math.max(...values)] }}
      levels={levels}
      stroke={color}
      strokeWidth={2.5}
      dotRadius={2.5}
      height={54}
      margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
    />
  );
}

export function PilotsSlide(props: SlideProps & { page: Extract<ReportPage, { kind: 'pilots' }> }) {
  const { page, model } = props;
  const { t, day, period, value } = reportLanguage(model);
  if (page.pilots.length === 0) {
    return (
      <ReportSlideFrame {...props} title={page.title}>
        <EmptySlideMessage>
          {t('No pilot was running or decided in {{period}}.', { period })}
        </EmptySlideMessage>
      </ReportSlideFrame>
    );
  }
  return (
    <ReportSlideFrame {...props} title={page.title}>
      <div className="pilots">
        {page.pilots.map(({ pilot, kpis, continued }) => (
          <article key={`${pilot.id}-${continued}`} className="pilot-block">
            <header>
              <h3>
                {pilot.title}
                {continued && ` ${t('(continued)')}`}
              </h3>
              <span className="muted">{t(STAGE_LABELS[pilot.stage])}</span>
              <span className={`kpi-status kpi-status--${pilot.status}`}>
                {t(KPI_STATUS_TEXT[pilot.status])}
              </span>
              {pilot.gateDecision && (
                <span className="pilot-gate">
                  {t('Gate decision {{date}}:', { date: day(pilot.gateDecision.date) })}{' '}
                  <strong>{t(GATE_DECISION_LABELS[pilot.gateDecision.decision])}</strong>
                </span>
              )}
            </header>
            {pilot.explanation && !continued && <p className="pilot-explanation">{pilot.explanation}</p>}
            {kpis.length === 0 ? (
              <p className="muted">{t('No KPIs defined.')}</p>
            ) : (
              <table className="slide-table slide-table--fixed">
                <colgroup>
                  <col style={{ width: '30%' }} />
                  <col style={{ width: '14%' }} />
                  <col style={{ width: '14%' }} />
                  <col style={{ width: '14%' }} />
                  <col style={{ width: '10%' }} />
                  <col style={{ width: '18%' }} />
                </colgroup>
                <thead>
                  <tr>
                    <th>{t('KPI')}</th>
                    <th className="num">{t('Baseline')}</th>
                    <th className="num">{t('Current')}</th>
                    <th className="num">{t('Target')}</th>
                    <th>{t('Status')}</th>
                    <th>{t('Trend')}</th>
                  </tr>
                </thead>
                <tbody>
                  {kpis.map((k) => (
                    <tr key={k.id}>
                      <td>{k.name}</td>
                      <td className="num">{value(k.baseline, t(k.unitLabel))}</td>
                      <td className="num">
                        <strong>{value(k.current, t(k.unitLabel))}</strong>
                      </td>
                      <td className="num">{value(k.target, t(k.unitLabel))}</td>
                      <td>
                        <span className={`kpi-status kpi-status--${k.status}`}>
                          {t(KPI_STATUS_TEXT[k.status])}
                        </span>
                      </td>
                      <td>
                        <Trend kpi={k} color={model.client.brandColor} t={t} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </article>
        ))}
      </div>
    </ReportSlideFrame>
  );
}
