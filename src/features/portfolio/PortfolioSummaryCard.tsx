import { Link } from 'react-router';
import type { Client } from '../../domain/clients/client';
import { formatNumber } from '../../domain/portfolio';
import { overviewToday, usePortfolioData } from './usePortfolioData';
import './portfolio.css';

/** The portfolio at a glance on the client overview: use cases, pilots against the limit, decisions due, value. */
export function PortfolioSummaryCard({ client }: { client: Client }) {
  const data = usePortfolioData(client.id);
  if (!data) return null;
  const overview = overviewToday(data, client.pilotLimit);
  const { count, limit, overLimit } = overview.activePilots;
  return (
    <section className="card" aria-labelledby="ov-portfolio">
      <h2 id="ov-portfolio">AI portfolio</h2>
      {overview.totalUseCases === 0 ? (
        <p className="muted">No use cases yet.</p>
      ) : (
        <dl className="facts">
          <dt>Use cases</dt>
          <dd>
            {overview.totalUseCases} ({overview.stageCounts.idea + overview.stageCounts.assessment} ideas or
            in assessment, {overview.stageCounts.structural} structural)
          </dd>
          <dt>Pilots</dt>
          <dd className={overLimit ? 'text-danger' : undefined}>
            {count} of {limit} in pilot or evaluation
          </dd>
          <dt>Decisions due</dt>
          <dd className={overview.decisionsDue.length ? 'text-danger' : undefined}>
            {overview.decisionsDue.length}
          </dd>
          <dt>Value realised</dt>
          <dd>
            {formatNumber(overview.valueRealised.hoursPerMonth)} h/month
            {overview.valueRealised.eurPerMonth !== 0 &&
              ` · EUR ${overview.valueRealised.eurPerMonth} per month`}
          </dd>
        </dl>
      )}
      <Link to="portfolio">Open the portfolio</Link>
    </section>
  );
}
