import { Link } from 'react-router';
import { IDEA_OUTCOME_LABELS, type IdeaStats } from '../../domain/workshops';
import type { WorkshopData } from './useWorkshopData';
import { pathToUseCase } from './workshopLinks';

/** Where the workshop stands: ideas, scores, decisions, and the use cases it produced. */
export function DecisionsCard({
  data,
  stats,
  onShowIdeas,
}: {
  data: WorkshopData;
  stats: IdeaStats;
  onShowIdeas: () => void;
}) {
  const { ideas, useCases, client } = data;
  const converted = ideas.filter((i) => i.useCaseId && useCases.has(i.useCaseId));
  return (
    <section className="card decisions-card" aria-labelledby="ws-decisions">
      <h2 id="ws-decisions">Outcome so far</h2>
      <dl className="ws-stat-row">
        <div>
          <dt>Ideas</dt>
          <dd>{stats.ideas}</dd>
        </div>
        <div>
          <dt>Scored</dt>
          <dd>{stats.scored}</dd>
        </div>
        {(['use-case', 'parked', 'dropped', 'open'] as const).map((o) => (
          <div key={o}>
            <dt>{IDEA_OUTCOME_LABELS[o]}</dt>
            <dd>{stats.outcomes[o]}</dd>
          </div>
        ))}
      </dl>
      {converted.length > 0 ? (
        <div className="ws-converted">
          <h3 id="ws-converted">Converted to use cases ({converted.length})</h3>
          <ul aria-labelledby="ws-converted">
            {converted.map((idea) => (
              <li key={idea.id}>
                <Link to={pathToUseCase(client.id, idea.useCaseId!)}>
                  {useCases.get(idea.useCaseId!)!.title}
                </Link>
                <span className="muted ws-small">
                  {' '}
                  {useCases.get(idea.useCaseId!)!.workshopIdeaId === idea.id ? 'from' : 'merged in from'} idea
                  #{idea.number}
                  {idea.impact !== null && ` · impact ${idea.impact}`}
                  {idea.effort !== null && ` · effort ${idea.effort}`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        stats.ideas > 0 && (
          <p className="muted">
            No idea has become a use case yet. Decide in facilitation mode (U, P, D) or in{' '}
            <button type="button" className="ws-link-button" onClick={onShowIdeas}>
              ideas and decisions
            </button>
            .
          </p>
        )
      )}
    </section>
  );
}
