import { rankIdeas, type IdeaOutcome, type WorkshopIdea } from '../../../domain/workshops';

const ORDER: IdeaOutcome[] = ['use-case', 'parked', 'dropped', 'open'];
/** Short column headings (the full labels wrap on a projector). */
const COLUMN_TITLES: Record<IdeaOutcome, string> = { 'use-case': 'Use cases', parked: 'Parked', dropped: 'Dropped', open: 'Not decided' };

/** The ideas in one column per decision (best first inside each), for the decision round. */
export function DecisionColumns({ ideas, selectedId }: { ideas: readonly WorkshopIdea[]; selectedId?: string | null }) {
  const ranked = rankIdeas(ideas);
  const columns = ORDER.filter((o) => o !== 'open' || ranked.some((i) => i.outcome === 'open'));
  return (
    <div className="decision-columns" style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(0, 1fr))` }}>
      {columns.map((outcome) => {
        const inColumn = ranked.filter((i) => i.outcome === outcome);
        return (
          <section key={outcome} className={`decision-column decision-column--${outcome}`} aria-label={`${COLUMN_TITLES[outcome]} (${inColumn.length})`}>
            <h3>
              {COLUMN_TITLES[outcome]} <span className="decision-column__count">{inColumn.length}</span>
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
