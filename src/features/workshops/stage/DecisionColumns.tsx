import { IDEA_OUTCOME_LABELS, rankIdeas, type IdeaOutcome, type WorkshopIdea } from '../../../domain/workshops';

const ORDER: IdeaOutcome[] = ['use-case', 'parked', 'dropped', 'open'];

/** The ideas in one column per decision (best first inside each), for the decision round. */
export function DecisionColumns({ ideas, selectedId }: { ideas: readonly WorkshopIdea[]; selectedId?: string | null }) {
  const ranked = rankIdeas(ideas);
  const columns = ORDER.filter((o) => o !== 'open' || ranked.some((i) => i.outcome === 'open'));
  return (
    <div className="decision-columns">
      {columns.map((outcome) => {
        const inColumn = ranked.filter((i) => i.outcome === outcome);
        return (
          <section key={outcome} className={`decision-column decision-column--${outcome}`} aria-label={`${IDEA_OUTCOME_LABELS[outcome]} (${inColumn.length})`}>
            <h3>
              {IDEA_OUTCOME_LABELS[outcome]} <span className="decision-column__count">{inColumn.length}</span>
            </h3>
            <ul>
              {inColumn.map((idea) => (
                <li key={idea.id} className={idea.id === selectedId ? 'is-selected' : undefined}>
                  <span className="decision-column__number">{idea.number}</span> {idea.title}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
