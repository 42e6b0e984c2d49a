import { Link } from 'react-router';
import type { Client } from '../../../domain/clients/client';
import {
  DECISIONS_DUE_EXPLANATION,
  KPI_STATUSES,
  MAIN_FLOW,
  STAGE_LABELS,
  STAGES,
  type PortfolioOverview,
} from '../../../domain/portfolio';
import { formatDay, KpiStatusBadge, StageBadge } from '../labels';
import { overviewToday, type PortfolioData } from '../usePortfolioData';
import { ValueRealisedCard } from './ValueRealisedCard';
import { useT } from '../../../state/interfaceLanguage';

/** Per-client portfolio overview: stages, pilots against the limit, decisions due, KPI health, value realised. */
export function OverviewView({ client, data }: { client: Client; data: PortfolioData }) {
  const t = useT();
  const overview = overviewToday(data, client.pilotLimit);
  const titles = new Map(data.useCases.map((u) => [u.id, u]));
  return (
    <div className="overview-grid">
      <PilotLimitCard overview={overview} titles={titles} />
      <DecisionsDueCard overview={overview} />
      <section className="card" aria-labelledby="pf-kpi-health">
        <h2 id="pf-kpi-health">{t('KPIs of running pilots')}</h2>
        {Object.values(overview.activeKpiStatusCounts).every((n) => n === 0) ? (
          <p className="muted">{t('No KPIs on the use cases in pilot or evaluation.')}</p>
        ) : (
          <ul className="status-counts">
            {KPI_STATUSES.map((s) => (
              <li key={s}>
                <span className="status-counts__n">{overview.activeKpiStatusCounts[s]}</span>{' '}
                <KpiStatusBadge status={s} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <StageCountsCard overview={overview} />
      <ValueRealisedCard value={overview.valueRealised} />
    </div>
  );
}

function PilotLimitCard({
  overview,
  titles,
}: {
  overview: PortfolioOverview;
  titles: Map<string, PortfolioData['useCases'][number]>;
}) {
  const t = useT();
  const { count, limit, overLimit, atOrOverLimit } = overview.activePilots;
  return (
    <section className="card" aria-labelledby="pf-limit">
      <h2 id="pf-limit">{t('Pilots running against the limit')}</h2>
      <div className="limit-meter">
        <div
          className="pilot-slots"
          role="meter"
          aria-label={t('Pilots in pilot or evaluation')}
          aria-valuemin={0}
          aria-valuemax={limit}
          aria-valuenow={count}
          aria-valuetext={t('{{active}} of {{limit}}', { active: count, limit })}
        >
          {Array.from({ length: Math.max(limit, count) }, (_, i) => (
            <span
              key={i}
              className={`pilot-slots__slot ${i < count ? (i >= limit ? 'pilot-slots__slot--over' : atOrOverLimit ? 'pilot-slots__slot--full' : 'pilot-slots__slot--used') : ''}`}
            />
          ))}
        </div>
        <p className={overLimit ? 'text-danger' : undefined}>
          {t('{{active}} of {{limit}} in pilot or evaluation', { active: count, limit })}
          {' — '}
          {overLimit
            ? t('over the limit')
            : atOrOverLimit
              ? t('limit reached')
              : t('{{count}} places free', { count: overview.activePilots.available })}
        </p>
      </div>
      {overview.activePilots.useCaseIds.length > 0 && (
        <ul className="plain-list">
          {overview.activePilots.useCaseIds.map((id) => {
            const u = titles.get(id)!;
            return (
              <li key={id}>
                <Link to={id}>{u.title}</Link> <StageBadge stage={u.stage} />
              </li>
            );
          })}
        </ul>
      )}
      {overview.overrides.map((o) => (
        <p key={o.useCaseId} className="override-note">
          <strong>{t('Limit overridden')}</strong>{' '}
          {t('for {{title}} on {{date}}: “{{reason}}”', {
            title: o.title,
            date: formatDay(o.at.slice(0, 10)),
            reason: o.reason,
          })}
        </p>
      ))}
    </section>
  );
}

function DecisionsDueCard({ overview }: { overview: PortfolioOverview }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="pf-due">
      <h2 id="pf-due">{t('Decisions due')}</h2>
      {overview.decisionsDue.length === 0 ? (
        <p className="muted">{t('No pilot is past its planned end without a gate decision.')}</p>
      ) : (
        <ul className="plain-list">
          {overview.decisionsDue.map((d) => (
            <li key={d.useCaseId}>
              <Link to={d.useCaseId}>{d.title}</Link> <StageBadge stage={d.stage} />
              <div className="muted small">
                {t('Planned end {{date}}', { date: formatDay(d.plannedEndDate) })} ·{' '}
                <span className="text-danger">{t('{{count}} days overdue', { count: d.daysOverdue })}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="field__hint">{t(DECISIONS_DUE_EXPLANATION)}</p>
    </section>
  );
}

function StageCountsCard({ overview }: { overview: PortfolioOverview }) {
  const max = Math.max(1, ...Object.values(overview.stageCounts));
  const exits = STAGES.filter((s) => !MAIN_FLOW.includes(s));
  const t = useT();
  return (
    <section className="card" aria-labelledby="pf-stages">
      <h2 id="pf-stages">{t('Use cases per stage')}</h2>
      <table className="stage-bars" aria-label={t('Use cases per stage')}>
        <tbody>
          {[...MAIN_FLOW, ...exits].map((stage) => (
            <tr key={stage}>
              <th scope="row">
                <Link to={`?view=table&stage=${stage}`}>{t(STAGE_LABELS[stage])}</Link>
              </th>
              <td>
                <span
                  className={`stage-bars__bar stage-bg--${stage}`}
                  style={{ width: `${(overview.stageCounts[stage] / max) * 100}%` }}
                  aria-hidden
                />
              </td>
              <td className="num">{overview.stageCounts[stage]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
