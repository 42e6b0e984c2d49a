import { MAIN_FLOW, RISK_TIER_LABELS, STAGE_LABELS, STAGES, type RiskTier } from '../../../domain/portfolio';
import { QUADRANT_PLURALS, QUADRANTS, type Quadrant } from '../../../domain/portfolio/constants';
import {
  describeMove,
  keyFigures,
  mapKeyHeader,
  mapKeyContinuesText,
  mapKeyRow,
  notOnMapText,
  numberedMapPoints,
  type ReportDeltas,
  type ReportPage,
  type ReportTexts,
} from '../../../domain/reports';
import { ClientAvatar } from '../../../ui/ClientAvatar';
import { EmptySlideMessage, ReportSlideFrame, type SlideProps } from './ReportSlideFrame';
import { OVERALL_STATUS_TEXT } from './statusLabels';
import { PALETTE, RISK_TIER_COLOURS } from '../../../domain/shared/palette';
import { QuadrantChart } from '../../../ui/charts/QuadrantChart';
import { HorizontalBarChart } from '../../../ui/charts/HorizontalBarChart';
import { reportLanguage } from '../reportLanguage';
import type { Translate } from '../../../domain/shared/language';

export function TitleSlide(props: SlideProps) {
  const { model } = props;
  const { t, day, period } = reportLanguage(model);
  return (
    <ReportSlideFrame {...props} title={t('Title')} bare>
      <div className="title-slide">
        <ClientAvatar client={model.client} size={120} />
        <h1>{model.client.name}</h1>
        <p className="title-slide__subtitle">
          {t('AI progress update')} · {period}
        </p>
        <p className="title-slide__meta">
          {day(model.generatedOn, true)} · {t('Prepared by {{name}}', { name: model.preparedBy })}
        </p>
        {model.preparedByLogo && (
          <img
            className="title-slide__consultant-logo"
            src={model.preparedByLogo}
            alt={t('Logo of {{name}}', { name: model.preparedBy })}
          />
        )}
      </div>
    </ReportSlideFrame>
  );
}

function changesSince(deltas: ReportDeltas, t: Translate): string[] {
  if (!deltas.previousPeriod) return [];
  const lines = [
    deltas.added.length
      ? t('{{count}} use cases added: {{list}}', {
          count: deltas.added.length,
          list: deltas.added.slice(0, 2).join(', ') + (deltas.added.length > 2 ? '…' : ''),
        })
      : '',
    ...deltas.moved.slice(0, 2).map((m) => `${m.title}: ${describeMove(m, t)}`),
    deltas.newRisks.length ? t('{{count}} new risks', { count: deltas.newRisks.length }) : '',
    deltas.newIncidents.length ? t('{{count}} new incidents', { count: deltas.newIncidents.length }) : '',
    ...deltas.decisions.slice(0, 2),
  ].filter(Boolean);
  return lines.length ? lines.slice(0, 4) : [t('No changes to the portfolio or registers.')];
}

export function SummarySlide(props: SlideProps & { texts: ReportTexts; deltas: ReportDeltas }) {
  const { texts, deltas } = props;
  const { t, lang } = reportLanguage(props.model);
  const since = changesSince(deltas, t);
  const figures = keyFigures(props.model, t, lang);
  return (
    <ReportSlideFrame {...props} title={t('Executive summary')}>
      <div className="summary-slide">
        <div>
          <p className={`status-pill status-pill--${texts.overallStatus ?? 'unset'}`}>
            {t(
              texts.overallStatus
                ? OVERALL_STATUS_TEXT[texts.overallStatus]
                : 'Overall status not chosen yet',
            )}
          </p>
          <ol className="headlines">
            {texts.headlines.filter(Boolean).map((h, i) => (
              <li key={i}>{h}</li>
            ))}
          </ol>
          {since.length > 0 && (
            <div className="since">
              <h3>{t('Since the last report ({{period}})', { period: deltas.previousPeriod ?? '' })}</h3>
              <ul>
                {since.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <aside className="decisions-box">
          <h3>{t('Decisions requested from the board')}</h3>
          <ul>
            {texts.decisionsRequested.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </aside>
      </div>
      <div className="tiles key-figures">
        {figures.map((f) => (
          <div key={f.label} className={`tile ${f.alert ? 'tile--alert' : ''}`}>
            <strong>{f.value}</strong>
            <span>{f.label}</span>
          </div>
        ))}
      </div>
    </ReportSlideFrame>
  );
}

const quadrantNames = (t: Translate) =>
  Object.fromEntries(QUADRANTS.map((q) => [q, t(QUADRANT_PLURALS[q])])) as Record<Quadrant, string>;

/** A map point drawn as a numbered disc in its risk-tier colour (the key below the chart names it). */
/** A use case on the slide's map: its rank by priority in a dot of its risk tier's colour. */
function numberedPoint(p: { n: number; riskTier: RiskTier }) {
  return (
    <g>
      <circle r={13} fill={RISK_TIER_COLOURS[p.riskTier]} stroke={PALETTE.surface} strokeWidth={2} />
      <text dy={5} textAnchor="middle" fontSize={14} fontWeight={700} fill={PALETTE.textInverse}>
        {p.n}
      </text>
    </g>
  );
}

export function PortfolioSlide(
  props: SlideProps & { page: Extract<ReportPage, { kind: 'portfolio' }>; deltas: ReportDeltas },
) {
  const { model, deltas, page } = props;
  const p = model.portfolio;
  const { t } = reportLanguage(model);
  if (p.total === 0) {
    return (
      <ReportSlideFrame {...props} title={page.title}>
        <EmptySlideMessage>
          {t('No AI use cases are recorded for {{client}} yet.', { client: model.client.name })}
        </EmptySlideMessage>
      </ReportSlideFrame>
    );
  }
  const stages = STAGES.filter((s) => MAIN_FLOW.includes(s) || p.stageCounts[s] > 0);
  const bars = stages.map((s) => ({
    label: t(STAGE_LABELS[s]),
    value: p.stageCounts[s],
    note:
      deltas.previousPeriod && deltas.stageCountChange[s]
        ? `${deltas.stageCountChange[s] > 0 ? '+' : ''}${deltas.stageCountChange[s]}`
        : '',
  }));
  const tiers = [...new Set(p.map.map((m) => m.riskTier))] as RiskTier[];
  const points = numberedMapPoints(p.map);
  return (
    <ReportSlideFrame {...props} title={page.title}>
      <div className="portfolio-slide">
        <div>
          <h3>
            {deltas.previousPeriod
              ? t('Use cases per stage (change since {{period}})', { period: deltas.previousPeriod })
              : t('Use cases per stage')}
          </h3>
          <HorizontalBarChart
            bars={bars}
            width={560}
            height={300}
            margin={{ top: 0, right: 60, bottom: 0, left: 10 }}
            labelWidth={110}
            fill={model.client.brandColor}
            labelFontSize={15}
            valueStyle={{ fontSize: 15, fontWeight: 600 }}
            noteStyle={{ fontSize: 14, fill: PALETTE.textInverse, fontWeight: 700 }}
          />
          <p className={`pilot-limit ${p.activePilots > p.pilotLimit ? 'pilot-limit--over' : ''}`}>
            {t('Pilots running: {{running}} of a limit of {{limit}}', {
              running: p.activePilots,
              limit: p.pilotLimit,
            })}
            {p.overrides.length > 0 &&
              ` · ${t('override: {{list}}', { list: p.overrides.map((o) => `${o.title} (“${o.reason}”)`).join('; ') })}`}
          </p>
          {(p.unclassifiedPilots ?? []).length > 0 && (
            <p className="pilot-limit pilot-limit--over">
              {t('In pilot before the EU AI Act classification: {{list}}', {
                list: (p.unclassifiedPilots ?? []).map((o) => `${o.title} (“${o.reason}”)`).join('; '),
              })}
            </p>
          )}
        </div>
        <div>
          <h3>{t('Impact / effort map')}</h3>
          <p className="map-caption">{t('Number = rank by priority · colour = EU AI Act risk tier')}</p>
          <QuadrantChart
            points={points}
            pointKey={(point) => point.id}
            renderPoint={numberedPoint}
            width={560}
            height={330}
            inset={{ top: 10, right: 20, bottom: 60, left: 40 }}
            margin={0.5}
            names={quadrantNames(t)}
            label={{ fontSize: 14 }}
            opacity={{ 'quick-win': 0.7, 'strategic-bet': 0.7, 'fill-in': 0.5, 'time-sink': 0.6 }}
            ticks={{ fontSize: 14 }}
            x={{ label: t('Effort'), position: 'bottom', fontSize: 14 }}
            y={{ label: t('Impact'), width: 40, fontSize: 14 }}
          />
          <ol className="map-key">
            {page.keyPoints.map((point) => (
              <li key={point.id}>
                <b>{point.n}</b> {point.title}
                {point.riskTier === 'prohibited' && (
                  <strong className="map-key__stop"> · {t('Stop (prohibited practice)')}</strong>
                )}
              </li>
            ))}
          </ol>
          {[mapKeyContinuesText(points, page.keyPoints, t), notOnMapText(p, t)].map(
            (line, i) =>
              line && (
                <p key={i} className="map-key__rest">
                  {line}
                </p>
              ),
          )}
          <p className="legend">
            {tiers.map((tier) => (
              <span key={tier}>
                <i style={{ background: RISK_TIER_COLOURS[tier] }} /> {t(RISK_TIER_LABELS[tier])}
              </span>
            ))}
          </p>
        </div>
      </div>
    </ReportSlideFrame>
  );
}

export function RoadmapSlide(
  props: SlideProps & { page: Extract<ReportPage, { kind: 'roadmap' }>; texts: ReportTexts },
) {
  const { page, texts } = props;
  const { t, day } = reportLanguage(props.model);
  const upcoming = page.rows.filter((r) => r.group === 'upcoming');
  const notNow = page.rows.filter((r) => r.group === 'not-now');
  const showTexts = page.part === 1;
  return (
    <ReportSlideFrame {...props} title={page.title}>
      <div className="two-columns">
        <div>
          <h3>{t('Next period: gates and decisions')}</h3>
          {showTexts && texts.nextSteps.length > 0 && (
            <ul className="bullets">
              {texts.nextSteps.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          )}
          {!showTexts || texts.nextSteps.length === 0 ? (
            <ul className="bullets">
              {upcoming.map((r, i) => (
                <li key={i}>
                  <strong>{r.title}</strong>{' '}
                  {r.due && (
                    <span className="muted">
                      ·{' '}
                      {t(r.due < props.model.generatedOn ? 'overdue since {{date}}' : 'by {{date}}', {
                        date: day(r.due),
                      })}
                    </span>
                  )}
                </li>
              ))}
              {upcoming.length === 0 && <li className="muted">{t('No gates scheduled.')}</li>}
            </ul>
          ) : null}
        </div>
        <div>
          <h3>{t('Deliberately not now')}</h3>
          <ul className="bullets">
            {(showTexts && texts.notDoing.length > 0
              ? texts.notDoing
              : notNow.map((r) => `${r.title}: ${r.detail}`)
            ).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
            {notNow.length === 0 && (!showTexts || texts.notDoing.length === 0) && (
              <li className="muted">{t('Nothing parked or stopped.')}</li>
            )}
          </ul>
        </div>
      </div>
    </ReportSlideFrame>
  );
}

/** The impact/effort map's key continued: the use cases numbered on the map that did not fit under it. */
export function MapKeySlide(props: SlideProps & { page: Extract<ReportPage, { kind: 'portfolio' }> }) {
  const { page } = props;
  const { t } = reportLanguage(props.model);
  return (
    <ReportSlideFrame {...props} title={page.title}>
      <h3>{t('Impact / effort map: key (continued)')}</h3>
      <table className="slide-table">
        <thead>
          <tr>
            {mapKeyHeader(t).map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.keyPoints.map((point) => (
            <tr key={point.id}>
              {mapKeyRow(point, t(STAGE_LABELS[point.stage]), t(RISK_TIER_LABELS[point.riskTier]), t).map(
                (cell, i) => (
                  <td key={i} className={i === 0 ? 'num' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSlideFrame>
  );
}
