import { Link } from 'react-router';
import type { Client } from '../../domain/clients/client';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatNumber, portfolioSummary } from '../../domain/portfolio';
import { db } from '../../db/core/schema';
import { portfolioSummaryRecords } from '../../db/portfolio/latestMeasurements';
import { todayIso } from '../../domain/shared/dates';
import { useT } from '../../state/interfaceLanguage';
import './portfolio.css';

/** The portfolio at a glance on the client overview: use cases, pilots against the limit, decisions due, value. */
export function PortfolioSummaryCard({ client }: { client: Client }) {
  const t = useT();
  const today = todayIso();
  // Reads the latest valid measurement of each KPI that counts for value, not the client's whole log.
  const data = useLiveQuery(() => portfolioSummaryRecords(db, client.id, today), [client.id, today]);
  if (!data) return null;
  const latestOf = (kpi: { id: string }) => data.latest.get(kpi.id);
  const overview = portfolioSummary(
    data.useCases,
    data.kpis,
    latestOf,
    data.decisions,
    client.pilotLimit,
    today,
  );
  const { count, limit, overLimit } = overview.activePilots;
  return (
    <section className="card" aria-labelledby="ov-portfolio">
      <h2 id="ov-portfolio">{t('AI portfolio')}</h2>
      {overview.totalUseCases === 0 ? (
        <p className="muted">{t('No use cases yet.')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('Use cases')}</dt>
          <dd>
            {t('{{total}} ({{early}} ideas or in assessment, {{structural}} structural)', {
              total: overview.totalUseCases,
              early: overview.stageCounts.idea + overview.stageCounts.assessment,
              structural: overview.stageCounts.structural,
            })}
          </dd>
          <dt>{t('Pilots')}</dt>
          <dd className={overLimit ? 'text-danger' : undefined}>
            {t('{{active}} of {{limit}} in pilot or evaluation', { active: count, limit })}
          </dd>
          <dt>{t('Decisions due')}</dt>
          <dd className={overview.decisionsDue.length ? 'text-danger' : undefined}>
            {overview.decisionsDue.length}
          </dd>
          <dt>{t('Value realised')}</dt>
          <dd>
            {t('{{hours}} h/month', { hours: formatNumber(overview.valueRealised.hoursPerMonth) })}
            {overview.valueRealised.eurPerMonth !== 0 &&
              ` · ${t('EUR {{amount}} per month', { amount: overview.valueRealised.eurPerMonth })}`}
          </dd>
        </dl>
      )}
      <Link to="portfolio">{t('Open the portfolio')}</Link>
    </section>
  );
}
