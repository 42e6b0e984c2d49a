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

export function VoteBudgetLine({ data }: { data: WorkshopData }) {
  const budget = voteBudget(data.workshop, data.ideas);
  if (budget.perParticipant === 0) return null;
  return (
    <p className="vote-budget">
      {budget.total === null
        ? `${budget.used} dots placed (${budget.perParticipant} per participant)`
        : `${budget.used} of ${budget.total} dots placed`}
    </p>
  );
}

/** The facilitator's right-hand panel: what the current agenda item needs, then the private notes. */
export function SidePanel({ data, activity }: { data: WorkshopData; activity: AgendaActivity }) {
  const { workshop, ideas, client, useCases } = data;
  const counts = outcomeCounts(ideas);
  const converted = ideas.filter((i) => i.useCaseId && useCases.has(i.useCaseId));
  return (
    <aside className="fac-side" aria-label="Agenda, map and notes">
      {(activity === 'talk' || activity === 'capture') && (
        <section aria-label="Agenda">
          <h2 className="fac-side__title">Agenda</h2>
          <AgendaRail workshop={workshop} compact={activity === 'capture'} />
        </section>
      )}
      {activity === 'capture' && ideas.some((i) => i.theme) && (
        <section aria-label="Themes">
          <h2 className="fac-side__title">Themes</h2>
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
        <section aria-label="Impact / effort map" className="fac-map">
          <IdeaMap
            ideas={ideas}
            brandColor={client.brandColor}
            selectedId={workshop.session.selectedIdeaId}
          />
          <MapLegend />
        </section>
      )}
      {activity === 'decide' && (
        <p className="outcome-line">
          {(['use-case', 'parked', 'dropped', 'open'] as const).map((o) => (
            <span key={o}>
              {IDEA_OUTCOME_LABELS[o]}: <strong>{counts[o]}</strong>
            </span>
          ))}
        </p>
      )}
      {activity === 'next-steps' && (
        <section aria-label="Next steps" className="fac-next-steps">
          <NextStepsField workshop={workshop} label="Next steps (one per line)" />
          {converted.length > 0 && (
            <>
              <h2 className="fac-side__title">Converted to use cases</h2>
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
