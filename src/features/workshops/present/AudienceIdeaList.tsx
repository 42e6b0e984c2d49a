import type { WorkshopIdea } from '../../../domain/workshops';
import { IdeaRow } from '../stage/IdeaBoard';
import { ideasLayoutKey, pageLine } from '../stage/pageLine';
import { useFitPage } from '../stage/useFitPage';
import { useT } from '../../../state/interfaceLanguage';

/**
 * The ideas on the projector: as many as fit the screen, never a scroll bar; with more, the page
 * holding the idea under discussion is shown with "13–24 of 30 · page 2 of 3" under it.
 */
export function AudienceIdeaList({
  ideas,
  selectedId,
  layout,
  showScores,
  label,
}: {
  ideas: readonly WorkshopIdea[];
  selectedId: string | null;
  layout: 'list' | 'grid';
  showScores: boolean;
  label: string;
}) {
  const t = useT();
  const focus = ideas.findIndex((i) => i.id === selectedId);
  const { ref, visible, page, pages, first } = useFitPage<WorkshopIdea, HTMLOListElement>(
    ideas,
    focus,
    ideasLayoutKey(ideas),
  );
  if (ideas.length === 0) return <p className="ws-board-empty">{t('No ideas yet.')}</p>;
  const line = pageLine(first, visible.length, ideas.length, page, pages, t);
  return (
    <div className="aud-list">
      <ol
        ref={ref}
        className={`idea-board idea-board--${layout} aud-list__items ${ideas.length > 12 ? 'idea-board--dense' : ''}`}
        aria-label={label}
      >
        {visible.map((idea) => (
          <IdeaRow
            key={idea.id}
            idea={idea}
            selected={idea.id === selectedId}
            interactive={false}
            showScores={showScores}
          />
        ))}
      </ol>
      {line && <p className="aud-list__page">{line}</p>}
    </div>
  );
}
