import { ControlGapGroup, controlRecordGaps, withControlItems } from '../../controls/ControlGapGroup';
import { AlertTriangle } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import {
  GAP_KIND_LABELS,
  GAP_KINDS,
  REGISTER_LIST,
  dueSoon,
  governanceCalendar,
  governanceOverview,
  type DisplayTier,
} from '../../../domain/governance';
import { PageHeader } from '../../../ui/PageHeader';
import { governancePath, recordPath } from '../registers/registerUi';
import { TierBadge } from '../TierBadge';
import { CoverageMeter } from '../training/LiteracyCoverageCard';
import { useControlsData, useGovernance, useNow } from '../useGovernance';
import { DueList } from './DueList';
import { todayIso } from '../../../domain/shared/dates';
import { useInterfaceWording } from '../../../state/interfaceLanguage';

const TIERS: DisplayTier[] = ['prohibited', 'high', 'limited', 'minimal', 'unclassified'];

/** One client's governance at a glance: counts, gaps (flagged, not hidden) and what is due. */
export function GovernanceOverviewScreen() {
  const { client, data } = useGovernance();
  const controls = useControlsData(client.id);
  const now = useNow();
  const { lang, t } = useInterfaceWording();
  // The gaps and due items are written in the interface's language: again when it changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const overview = useMemo(() => governanceOverview(data, now), [data, now, lang]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const calendar = useMemo(() => governanceCalendar(data, now), [data, now, lang]);
  if (!controls) return null;
  const due = dueSoon(withControlItems(calendar, controls, todayIso(now)));
  const programmeGaps = controlRecordGaps(controls, todayIso(now));
  const link = (slug: string) => governancePath(client.id, slug);

  return (
    <div className="page">
      <PageHeader
        title={t('Governance')}
        subtitle={t('{{client}} · AI systems, registers, EU AI Act obligations and what is due', {
          client: client.name,
        })}
      />
      <div className="gov-stats">
        <Link to={link('ai-systems')} className="card gov-stat">
          <span className="gov-stat__label">{t('AI systems in use by tier')}</span>
          <span className="gov-tier-counts">
            {TIERS.filter((t) => overview.tiers[t] > 0 || t === 'high').map((t) => (
              <span key={t}>
                <strong>{overview.tiers[t]}</strong> <TierBadge tier={t} />
              </span>
            ))}
          </span>
          <span className="muted">
            {t('Tools list: {{approved}} approved · {{restricted}} restricted · {{banned}} banned', {
              approved: overview.toolsList.approved,
              restricted: overview.toolsList.restricted,
              banned: overview.toolsList.banned,
            })}
          </span>
        </Link>
        <Link
          to={link('incidents')}
          className={`card gov-stat ${overview.overdueClocks > 0 ? 'gov-stat--alert' : ''}`}
        >
          <span className="gov-stat__label">{t('Open incidents')}</span>
          <strong className="gov-stat__value">{overview.openIncidents}</strong>
          <span className={overview.overdueClocks > 0 ? 'text-danger' : 'muted'}>
            {overview.runningClocks === 0
              ? t('No reporting clock running')
              : overview.overdueClocks
                ? t('{{count}} reporting clocks running, {{overdue}} overdue', {
                    count: overview.runningClocks,
                    overdue: overview.overdueClocks,
                  })
                : t('{{count}} reporting clocks running', { count: overview.runningClocks })}
          </span>
        </Link>
        <Link to={link('risks')} className="card gov-stat">
          <span className="gov-stat__label">{t('Open risks')}</span>
          <strong className="gov-stat__value">{overview.openRisks}</strong>
          <span className="muted">{t('{{n}} high or critical', { n: overview.highRisks })}</span>
        </Link>
        <Link to={link('training')} className="card gov-stat">
          <span className="gov-stat__label">{t('AI-literacy coverage')}</span>
          <CoverageMeter
            percent={overview.coverage.percent}
            trained={overview.coverage.trainedPeople}
            total={overview.coverage.totalPeople}
          />
        </Link>
        <Link
          to={link('actions')}
          className={`card gov-stat ${overview.overdueActions > 0 ? 'gov-stat--alert' : ''}`}
        >
          <span className="gov-stat__label">{t('Open actions')}</span>
          <strong className="gov-stat__value">{overview.openActions}</strong>
          <span className={overview.overdueActions > 0 ? 'text-danger' : 'muted'}>
            {t('{{n}} overdue', { n: overview.overdueActions })}
          </span>
        </Link>
      </div>

      {overview.dpiaPending.length > 0 && (
        <div className="gov-alert gov-alert--warning" role="status">
          <AlertTriangle size={18} aria-hidden />
          <span>
            <strong>{t('DPIA likely required')}</strong> {t('and not recorded for these systems:')}{' '}
            {overview.dpiaPending.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ', '}
                <Link to={recordPath(client.id, 'aiSystems', s.id)}>{s.name}</Link>
              </span>
            ))}
          </span>
        </div>
      )}

      <div className="gov-columns">
        <section className="card" aria-labelledby="gaps-title">
          <h2 id="gaps-title">
            {t('Gaps')}{' '}
            <span className="segmented__count">{overview.gaps.length + programmeGaps.length}</span>
          </h2>
          {programmeGaps.length > 0 && <ControlGapGroup clientId={client.id} gaps={programmeGaps} />}
          {overview.gaps.length === 0 ? (
            <p className="muted">
              {t(
                'No gaps found: every system in use is classified, owned, overseen, screened, reviewed on time, and its users are trained.',
              )}
            </p>
          ) : (
            GAP_KINDS.filter((kind) => overview.gaps.some((g) => g.kind === kind)).map((kind) => (
              <div key={kind} className="gap-group">
                <h3>{t(GAP_KIND_LABELS[kind])}</h3>
                <ul className="bullet-list">
                  {overview.gaps
                    .filter((g) => g.kind === kind)
                    .map((gap, i) => (
                      <li key={`${gap.recordId ?? gap.subject}-${i}`}>
                        {gap.recordId ? (
                          <Link to={recordPath(client.id, gap.registerId, gap.recordId)}>{gap.subject}</Link>
                        ) : (
                          <strong>{gap.subject}</strong>
                        )}{' '}
                        <span className="muted">{gap.message}</span>
                      </li>
                    ))}
                </ul>
              </div>
            ))
          )}
        </section>
        <section className="card" aria-labelledby="due-title">
          <div className="gov-card-head">
            <h2 id="due-title">{t('Overdue and due in the next 14 days')}</h2>
            <Link to={link('calendar')}>{t('Full calendar')}</Link>
          </div>
          {due.length === 0 ? (
            <p className="muted">{t('Nothing overdue or due in the next 14 days.')}</p>
          ) : (
            <DueList items={due} clientId={client.id} label={t('Due soon')} showKind={false} />
          )}
        </section>
      </div>

      <section aria-labelledby="registers-title">
        <h2 id="registers-title" className="gov-section-title">
          {t('Registers')}
        </h2>
        <div className="gov-register-grid">
          {REGISTER_LIST.map((register) => (
            <Link key={register.id} to={link(register.slug)} className="card gov-register-card">
              <span className="gov-register-card__count">{overview.registerCounts[register.id]}</span>
              <strong>{t(register.title)}</strong>
              <span className="muted">{t(register.description)}</span>
            </Link>
          ))}
        </div>
      </section>
    </div>
  );
}
