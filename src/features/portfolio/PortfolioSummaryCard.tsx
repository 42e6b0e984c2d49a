import { Link } from 'react-router';
import type { Client } from '../../domain/clients/client';
import { formatNumber } from '../../domain/portfolio';
import { overviewToday, usePortfolioData } from './usePortfolioData';
import { useT } from '../../state/interfaceLanguage';
import './portfolio.css';

/** The portfolio at a glance on the client overview: use cases, pilots against the limit, decisions due, value. */
export function PortfolioSummaryCard({ client }: { client: Client }) {
  const t = useT();
  const data = usePortfolioData(client.id);
  if (!data) return null;
  const overview = overviewToday(data, client.pilotLimit);
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
