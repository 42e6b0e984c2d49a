import { Link, useParams, useSearchParams } from 'react-router';
import {
  WORKSHOP_STATUS_LABELS,
  agendaTotalMinutes,
  ideaStats,
  participantTotal,
  workshopStatus,
} from '../../domain/workshops';
import { PageHeader } from '../../ui/PageHeader';
import { useClient } from '../clients/ClientLayout';
import { IdeasTable } from './ideas/IdeasTable';
import { AgendaEditor } from './plan/AgendaEditor';
import { ParticipantsEditor } from './plan/ParticipantsEditor';
import { PlanDetails } from './plan/PlanDetails';
import { PlanNotes } from './plan/PlanNotes';
import { useWorkshopData } from './useWorkshopData';
import { WorkshopActions } from './WorkshopActions';
import { DecisionsCard } from './DecisionsCard';
import { dayIn } from '../../domain/shared/language';
import { useInterfaceWording } from '../../state/interfaceLanguage';
import './workshops.css';

const TABS = [
  { id: 'plan', label: 'Plan' },
  { id: 'ideas', label: 'Ideas and decisions' },
] as const;
type Tab = (typeof TABS)[number]['id'];
/** The tabs' labels, for the translation check. */
export const WORKSHOP_TAB_LABELS = TABS.map((tab) => tab.label);

/** One workshop: its plan (details, participants, agenda), its ideas and decisions, and the actions to run it. */
export function WorkshopPage() {
  const client = useClient();
  const { lang, t } = useInterfaceWording();
  const { workshopId } = useParams();
  const data = useWorkshopData(workshopId, client.id);
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'ideas' ? 'ideas' : 'plan';

  if (data === undefined) return null;
  if (data === null) {
    return (
      <div className="empty-state">
        <h1>{t('This workshop does not exist')}</h1>
        <p>{t('It may have been deleted, or it belongs to another client.')}</p>
        <Link className="button" to={`/clients/${client.id}/workshops`}>
          {t('Back to workshops')}
        </Link>
      </div>
    );
  }
  const { workshop, ideas } = data;
  const stats = ideaStats(ideas);
  const people = participantTotal(workshop);
  const subtitle = [
    dayIn(lang, workshop.date, true),
    workshop.startTime,
    t(WORKSHOP_STATUS_LABELS[workshopStatus(workshop)]),
    people ? t('{{count}} participants', { count: people }) : t('participants not set'),
    t('{{minutes}} min', { minutes: agendaTotalMinutes(workshop.agenda) }),
  ].filter(Boolean);

  return (
    <div className="page">
      <nav aria-label={t('Breadcrumb')} className="ws-breadcrumb">
        <Link to={`/clients/${client.id}/workshops`}>{t('Workshops')}</Link>
      </nav>
      <PageHeader title={workshop.title} subtitle={`${client.name} · ${subtitle.join(' · ')}`} />
      <WorkshopActions data={data} />
      <DecisionsCard
        data={data}
        stats={stats}
        onShowIdeas={() => setParams({ tab: 'ideas' }, { replace: true })}
      />
      <div role="tablist" aria-label={t('Workshop sections')} className="ws-tabs">
        {TABS.map((each) => (
          <button
            key={each.id}
            type="button"
            role="tab"
            id={`tab-${each.id}`}
            aria-selected={tab === each.id}
            aria-controls={`panel-${each.id}`}
            className="ws-tabs__tab"
            onClick={() => setParams(each.id === 'plan' ? {} : { tab: each.id }, { replace: true })}
          >
            {t(each.label)}
            {each.id === 'ideas' && <span className="segmented__count">{ideas.length}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="ws-tab-panel">
        {tab === 'plan' ? (
          <>
            <PlanDetails workshop={workshop} />
            <ParticipantsEditor workshop={workshop} />
            <AgendaEditor workshop={workshop} />
            <PlanNotes workshop={workshop} />
          </>
        ) : (
          <IdeasTable data={data} />
        )}
      </div>
    </div>
  );
}
