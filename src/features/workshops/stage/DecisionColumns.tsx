import { rankIdeas, type IdeaOutcome, type WorkshopIdea } from '../../../domain/workshops';
import { ideasLayoutKey, pageLine } from './pageLine';
import { useFitPage } from './useFitPage';
import { useT } from '../../../state/interfaceLanguage';

const ORDER: IdeaOutcome[] = ['use-case', 'parked', 'dropped', 'open'];
/** Short column headings (the full labels wrap on a projector). */
export const COLUMN_TITLES: Record<IdeaOutcome, string> = {
  'use-case': 'Use cases',
  parked: 'Parked',
  dropped: 'Dropped',
  open: 'Not decided',
};

/**
 * The ideas in one column per decision (best first inside each), with their dots, for the decision
 * round. Each column shows what fits the screen; the page holding the idea under discussion is shown.
 */
export function DecisionColumns({
  ideas,
  selectedId,
}: {
  ideas: readonly WorkshopIdea[];
  selectedId?: string | null;
}) {
  const ranked = rankIdeas(ideas);
  const columns = ORDER.filter((o) => o !== 'open' || ranked.some((i) => i.outcome === 'open'));
  return (
    <div
      className="decision-columns"
      style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(0, 1fr))` }}
    >
      {columns.map((outcome) => (
        <DecisionColumn
          key={outcome}
          outcome={outcome}
          ideas={ranked.filter((i) => i.outcome === outcome)}
          selectedId={selectedId ?? null}
        />
      ))}
    </div>
  );
}

function DecisionColumn({
  outcome,
  ideas,
  selectedId,
}: {
  outcome: IdeaOutcome;
  ideas: readonly WorkshopIdea[];
  selectedId: string | null;
}) {
  const t = useT();
  const { ref, visible, page, pages, first } = useFitPage<WorkshopIdea, HTMLUListElement>(
    ideas,
    ideas.findIndex((i) => i.id === selectedId),
    ideasLayoutKey(ideas),
  );
  const line = pageLine(first, visible.length, ideas.length, page, pages, t);
  const title = t(COLUMN_TITLES[outcome]);
  return (
    <section
      className={`decision-column decision-column--${outcome}`}
      aria-label={`${title} (${ideas.length})`}
    >
      <h3>
        {title} <span className="decision-column__count">{ideas.length}</span>
      </h3>
      <ul ref={ref}>
        {visible.map((idea) => (
          <li key={idea.id} className={idea.id === selectedId ? 'is-selected' : undefined}>
            <span className="decision-column__number">{idea.number}</span> {idea.title}
            {/* The space stays outside the unbreakable count, so a long count moves to the next line whole. */}
            {idea.votes > 0 && ' '}
            {idea.votes > 0 && (
              <span className="decision-column__dots">· {t('{{count}} dots', { count: idea.votes })}</span>
            )}
          </li>
        ))}
      </ul>
      {line && <p className="aud-list__page">{line}</p>}
    </section>
  );
}
