import { ArrowLeft, ArrowRightLeft, Gavel, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  computePriority,
  currentStageSince,
  hardFilters,
  isActivePilotStage,
  isGateStage,
  STAGE_LABELS,
  STAGE_TRANSITIONS,
} from '../../../domain/portfolio';
import { useClient } from '../../clients/ClientLayout';
import { KpiSection } from '../kpis/KpiSection';
import { formatDay, RiskBadge, StageBadge } from '../labels';
import { overviewToday, useUseCaseData } from '../usePortfolioData';
import { ChangeHistory } from './ChangeHistory';
import { CharterSection } from './CharterSection';
import { DeleteUseCaseDialog } from './DeleteUseCaseDialog';
import { GateDecisionList } from './GateDecisionList';
import { HardFiltersNotice } from './HardFiltersNotice';
import { IdentitySection } from './IdentitySection';
import { LinksCard } from './LinksCard';
import { UseCaseVendorChoice } from '../../vendors/UseCaseVendorChoice';
import { ScoringSection } from './ScoringSection';
import { StageMoveDialog } from './StageMoveDialog';
import { StageTimeline } from './StageTimeline';
import '../portfolio.css';
import { useT } from '../../../state/interfaceLanguage';

type Open = 'move' | 'decision' | 'delete' | null;

/** One use case: identity, ownership, scoring, charter, KPIs, gate decisions and stage history. */
export function UseCaseDetail() {
  const t = useT();
  const client = useClient();
  const { useCaseId } = useParams();
  const data = useUseCaseData(client.id, useCaseId);
  const [open, setOpen] = useState<Open>(null);
  if (!data) return null;
  // Only this client's use cases are loaded: an id of another client's use case is simply not found.
  const useCase = data.useCases.find((u) => u.id === useCaseId);
  if (!useCase) {
    return (
      <div className="empty-state">
        <h1>{t('This use case does not exist for {{name}}', { name: client.name })}</h1>
        <p>{t('It may have been deleted.')}</p>
        <Link className="button" to={`/clients/${client.id}/portfolio?view=table`}>
          {t('Go to the portfolio')}
        </Link>
      </div>
    );
  }
  const filters = hardFilters(useCase, data.kpis);
  const priority = computePriority(useCase.scores, useCase.riskTier);
  const canMove = STAGE_TRANSITIONS[useCase.stage].length > 0;
  const canDecide = isGateStage(useCase.stage);
  const kpiCount = data.kpis.filter((k) => k.useCaseId === useCase.id).length;
  const decisionDue = overviewToday({ ...data, useCases: [useCase] }, client.pilotLimit).decisionsDue[0];

  return (
    <div className="page page--wide">
      <Link to={`/clients/${client.id}/portfolio?view=table`} className="back-link">
        <ArrowLeft size={14} aria-hidden />{' '}
        {t('Portfolio of {{name}}', { name: client.shortName || client.name })}
      </Link>
      <header className="page-header uc-header">
        <div>
          <h1>{useCase.title}</h1>
          <p className="page-header__subtitle uc-header__meta">
            {useCase.process && <span>{useCase.process}</span>}
            <StageBadge stage={useCase.stage} />
            <span>{t('since {{date}}', { date: formatDay(currentStageSince(useCase)) })}</span>
            <RiskBadge tier={useCase.riskTier} short />
            <span>
              {priority.ok ? t('Priority {{score}}', { score: priority.score }) : t('Not yet prioritised')}
            </span>
          </p>
        </div>
        <div className="page-header__actions">
          {canMove && (
            <button type="button" className="button button--primary" onClick={() => setOpen('move')}>
              <ArrowRightLeft size={16} aria-hidden /> {t('Move to…')}
            </button>
          )}
          {canDecide && (
            <button type="button" className="button" onClick={() => setOpen('decision')}>
              <Gavel size={16} aria-hidden /> {t('Record gate decision')}
            </button>
          )}
          <button type="button" className="button button--danger" onClick={() => setOpen('delete')}>
            <Trash2 size={16} aria-hidden /> {t('Delete')}
          </button>
        </div>
      </header>
      {useCase.pilotLimitOverride && isActivePilotStage(useCase.stage) && (
        <p className="override-banner" role="note" aria-label={t('Pilot limit override')}>
          <strong>{t('Over the pilot limit by override')}</strong>{' '}
          {t('(recorded {{date}}): “{{reason}}”', {
            date: formatDay(useCase.pilotLimitOverride.at.slice(0, 10)),
            reason: useCase.pilotLimitOverride.reason,
          })}
        </p>
      )}
      {decisionDue && (
        <div className="decision-due-banner" role="note" aria-label={t('Decision due')}>
          <p>
            <strong>{t('Gate decision due:')}</strong>{' '}
            {t(
              'the planned end of the pilot ({{date}}) passed {{count}} days ago and no decision has been recorded in {{stage}}. Decide to scale, iterate, stop or park.',
              {
                date: formatDay(decisionDue.plannedEndDate),
                count: decisionDue.daysOverdue,
                stage: t(STAGE_LABELS[decisionDue.stage]),
              },
            )}
          </p>
          <button type="button" className="button button--small" onClick={() => setOpen('decision')}>
            {t('Record gate decision')}
          </button>
        </div>
      )}
      <HardFiltersNotice filters={filters} />
      <div className="uc-layout">
        <div className="uc-layout__main">
          <IdentitySection useCase={useCase} />
          <ScoringSection useCase={useCase} />
          <CharterSection useCase={useCase} />
          <KpiSection useCase={useCase} kpis={data.kpis} measurements={data.measurements} />
        </div>
        <aside className="uc-layout__side" aria-label={t('Lifecycle')}>
          <StageTimeline useCase={useCase} />
          <GateDecisionList useCaseId={useCase.id} decisions={data.decisions} canDecide={canDecide} />
          <UseCaseVendorChoice clientId={client.id} useCaseId={useCase.id} />
          <LinksCard useCase={useCase} />
          <ChangeHistory useCaseId={useCase.id} />
        </aside>
      </div>
      {(open === 'move' || open === 'decision') && (
        <StageMoveDialog
          useCase={useCase}
          data={data}
          pilotLimit={client.pilotLimit}
          mode={open}
          open
          onOpenChange={(o) => !o && setOpen(null)}
        />
      )}
      <DeleteUseCaseDialog
        useCase={useCase}
        kpiCount={kpiCount}
        open={open === 'delete'}
        onOpenChange={(o) => setOpen(o ? 'delete' : null)}
      />
    </div>
  );
}
