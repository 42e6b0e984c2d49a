import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { loadGovernanceData } from '../../../db/governance/queries';
import { db } from '../../../db/core/schema';
import { governanceOverview, type DisplayTier } from '../../../domain/governance';
import { TierBadge } from '../TierBadge';
import { CoverageMeter } from '../training/LiteracyCoverageCard';
import { useNow } from '../useGovernance';
import '../governance.css';
import '../governance-views.css';
import '../governance-wizard.css';

const TIERS: DisplayTier[] = ['prohibited', 'high', 'limited', 'minimal', 'unclassified'];

/** The governance card of the client overview: tiers, gaps, clocks, coverage. */
export function GovernanceSummaryCard({ clientId }: { clientId: string }) {
  const now = useNow(60_000);
  const data = useLiveQuery(() => loadGovernanceData(db, clientId), [clientId]);
  if (!data) return null;
  const overview = governanceOverview(data, now);
  const systems = TIERS.reduce((n, t) => n + overview.tiers[t], 0);
  return (
    <section className="card" aria-labelledby="ov-governance">
      <h2 id="ov-governance">Governance</h2>
      {systems === 0 ? (
        <p className="muted">No AI systems registered yet.</p>
      ) : (
        <p className="gov-tier-counts">
          {TIERS.filter((t) => overview.tiers[t] > 0).map((t) => (
            <span key={t}>
              <strong>{overview.tiers[t]}</strong> <TierBadge tier={t} />
            </span>
          ))}
        </p>
      )}
      <dl className="facts">
        <dt>Gaps</dt>
        <dd className={overview.gaps.length > 0 ? 'text-danger' : undefined}>{overview.gaps.length}</dd>
        <dt>Open incidents</dt>
        <dd className={overview.overdueClocks > 0 ? 'text-danger' : undefined}>
          {overview.openIncidents}
          {overview.runningClocks > 0 &&
            ` · ${overview.runningClocks} clock${overview.runningClocks === 1 ? '' : 's'} running${overview.overdueClocks ? `, ${overview.overdueClocks} overdue` : ''}`}
        </dd>
        <dt>Open risks</dt>
        <dd>
          {overview.openRisks} · {overview.highRisks} high or critical
        </dd>
        <dt>AI literacy</dt>
        <dd>
          <CoverageMeter
            percent={overview.coverage.percent}
            trained={overview.coverage.trainedPeople}
            total={overview.coverage.totalPeople}
          />
        </dd>
      </dl>
      <Link to="governance">Open governance</Link>
    </section>
  );
}
