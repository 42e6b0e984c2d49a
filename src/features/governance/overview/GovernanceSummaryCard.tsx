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
import { useT } from '../../../state/interfaceLanguage';

const TIERS: DisplayTier[] = ['prohibited', 'high', 'limited', 'minimal', 'unclassified'];

/** The governance card of the client overview: tiers, gaps, clocks, coverage. */
export function GovernanceSummaryCard({ clientId }: { clientId: string }) {
  const t = useT();
  const now = useNow(60_000);
  const data = useLiveQuery(() => loadGovernanceData(db, clientId), [clientId]);
  if (!data) return null;
  const overview = governanceOverview(data, now);
  const systems = TIERS.reduce((n, t) => n + overview.tiers[t], 0);
  return (
    <section className="card" aria-labelledby="ov-governance">
      <h2 id="ov-governance">{t('Governance')}</h2>
      {systems === 0 ? (
        <p className="muted">{t('No AI systems registered yet.')}</p>
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
        <dt>{t('Gaps')}</dt>
        <dd className={overview.gaps.length > 0 ? 'text-danger' : undefined}>{overview.gaps.length}</dd>
        <dt>{t('Open incidents')}</dt>
        <dd className={overview.overdueClocks > 0 ? 'text-danger' : undefined}>
          {overview.openIncidents}
          {overview.runningClocks > 0 &&
            ` · ${
              overview.overdueClocks
                ? t('{{count}} clocks running, {{overdue}} overdue', {
                    count: overview.runningClocks,
                    overdue: overview.overdueClocks,
                  })
                : t('{{count}} clocks running', { count: overview.runningClocks })
            }`}
        </dd>
        <dt>{t('Open risks')}</dt>
        <dd>
          {overview.openRisks} · {t('{{n}} high or critical', { n: overview.highRisks })}
        </dd>
        <dt>{t('AI literacy')}</dt>
        <dd>
          <CoverageMeter
            percent={overview.coverage.percent}
            trained={overview.coverage.trainedPeople}
            total={overview.coverage.totalPeople}
          />
        </dd>
      </dl>
      <Link to="governance">{t('Open governance')}</Link>
    </section>
  );
}
