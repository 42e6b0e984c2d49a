import { Link } from 'react-router';
import { IDEA_OUTCOME_LABELS, type IdeaStats } from '../../domain/workshops';
import type { WorkshopData } from './useWorkshopData';
import { pathToUseCase } from './workshopLinks';
import { useT } from '../../state/interfaceLanguage';

/** The decisions in the order they are counted. */
export const OUTCOME_ORDER = ['use-case', 'parked', 'dropped', 'open'] as const;

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
  const t = useT();
  const converted = ideas.filter((i) => i.useCaseId && useCases.has(i.useCaseId));
  return (
    <section className="card decisions-card" aria-labelledby="ws-decisions">
      <h2 id="ws-decisions">{t('Outcome so far')}</h2>
      <dl className="ws-stat-row">
        <div>
          <dt>{t('Ideas')}</dt>
          <dd>{stats.ideas}</dd>
        </div>
        <div>
          <dt>{t('Scored')}</dt>
          <dd>{stats.scored}</dd>
        </div>
        {OUTCOME_ORDER.map((o) => (
          <div key={o}>
            <dt>{t(IDEA_OUTCOME_LABELS[o])}</dt>
            <dd>{stats.outcomes[o]}</dd>
          </div>
        ))}
      </dl>
      {converted.length > 0 ? (
        <div className="ws-converted">
          <h3 id="ws-converted">{t('Converted to use cases ({{count}})', { count: converted.length })}</h3>
          <ul aria-labelledby="ws-converted">
            {converted.map((idea) => (
              <li key={idea.id}>
                <Link to={pathToUseCase(client.id, idea.useCaseId!)}>
                  {useCases.get(idea.useCaseId!)!.title}
                </Link>
                <span className="muted ws-small">
                  {' '}
                  {useCases.get(idea.useCaseId!)!.workshopIdeaId === idea.id
                    ? t('from idea #{{number}}', { number: idea.number })
                    : t('merged in from idea #{{number}}', { number: idea.number })}
                  {idea.impact !== null && ` · ${t('impact {{score}}', { score: idea.impact })}`}
                  {idea.effort !== null && ` · ${t('effort {{score}}', { score: idea.effort })}`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        stats.ideas > 0 && (
          <p className="muted">
            {t('No idea has become a use case yet. Decide in facilitation mode (U, P, D) or under:')}{' '}
            <button type="button" className="ws-link-button" onClick={onShowIdeas}>
              {t('Ideas and decisions')}
            </button>
          </p>
        )
      )}
    </section>
  );
}
