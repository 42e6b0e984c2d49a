import { Link } from 'react-router';
import {
  IDEA_OUTCOME_LABELS,
  ideasByTheme,
  outcomeCounts,
  voteBudget,
  type AgendaActivity,
} from '../../../domain/workshops';
import { FacilitatorNotesField, NextStepsField } from '../plan/PlanNotes';
import { AgendaRail } from '../stage/AgendaRail';
import { IdeaMap, MapLegend } from '../stage/IdeaMap';
import type { WorkshopData } from '../useWorkshopData';
import { pathToUseCase } from '../workshopLinks';
import { useT } from '../../../state/interfaceLanguage';
import { OUTCOME_ORDER } from '../DecisionsCard';

export function VoteBudgetLine({ data }: { data: WorkshopData }) {
  const t = useT();
  const budget = voteBudget(data.workshop, data.ideas);
  if (budget.perParticipant === 0) return null;
  return (
    <p className="vote-budget">
      {budget.total === null
        ? t('{{used}} dots placed ({{perParticipant}} per participant)', {
            used: budget.used,
            perParticipant: budget.perParticipant,
          })
        : t('{{used}} of {{total}} dots placed', { used: budget.used, total: budget.total })}
    </p>
  );
}

/** The facilitator's right-hand panel: what the current agenda item needs, then the private notes. */
export function SidePanel({ data, activity }: { data: WorkshopData; activity: AgendaActivity }) {
  const { workshop, ideas, client, useCases } = data;
  const t = useT();
  const counts = outcomeCounts(ideas);
  const converted = ideas.filter((i) => i.useCaseId && useCases.has(i.useCaseId));
  return (
    <aside className="fac-side" aria-label={t('Agenda, map and notes')}>
      {(activity === 'talk' || activity === 'capture') && (
        <section aria-label={t('Agenda')}>
          <h2 className="fac-side__title">{t('Agenda')}</h2>
          <AgendaRail workshop={workshop} compact={activity === 'capture'} />
        </section>
      )}
      {activity === 'capture' && ideas.some((i) => i.theme) && (
        <section aria-label={t('Themes')}>
          <h2 className="fac-side__title">{t('Themes')}</h2>
          <ul className="theme-chips">
            {ideasByTheme(ideas)
              .filter((g) => g.theme)
              .map((g) => (
                <li key={g.theme}>
                  {g.theme} <strong>{g.ideas.length}</strong>
                </li>
              ))}
          </ul>
        </section>
      )}
      {(activity === 'score' || activity === 'decide') && (
        <section aria-label={t('Impact / effort map')} className="fac-map">
          <IdeaMap
            ideas={ideas}
            brandColor={client.brandColor}
            selectedId={workshop.session.selectedIdeaId}
            t={t}
          />
          <MapLegend t={t} />
        </section>
      )}
      {activity === 'decide' && (
        <p className="outcome-line">
          {OUTCOME_ORDER.map((o) => (
            <span key={o}>
              {t(IDEA_OUTCOME_LABELS[o])}: <strong>{counts[o]}</strong>
            </span>
          ))}
        </p>
      )}
      {activity === 'next-steps' && (
        <section aria-label={t('Next steps')} className="fac-next-steps">
          <NextStepsField workshop={workshop} label={t('Next steps (one per line)')} />
          {converted.length > 0 && (
            <>
              <h2 className="fac-side__title">{t('Converted to use cases')}</h2>
              <ul className="ws-converted-list">
                {converted.map((i) => (
                  <li key={i.id}>
                    <Link to={pathToUseCase(client.id, i.useCaseId!)}>
                      {useCases.get(i.useCaseId!)!.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <div className="fac-notes">
        <FacilitatorNotesField workshop={workshop} rows={3} />
      </div>
    </aside>
  );
}
