import { useEffect, useRef } from 'react';
import { IDEA_OUTCOME_LABELS, type WorkshopIdea } from '../../../domain/workshops';

interface IdeaBoardProps {
  ideas: readonly WorkshopIdea[];
  selectedId: string | null;
  /** Facilitator: rows can be picked with the mouse; the keyboard moves the selection (↑ ↓). */
  onSelect?: (id: string) => void;
  /** `grid` fills the projector with many ideas; `list` shows scores and decisions per row. */
  layout?: 'list' | 'grid';
  label?: string;
  showScores?: boolean;
}

function scoreText(value: number | null): string {
  return value === null ? '–' : String(value);
}

/** The ideas as the room sees them: number, title, where it applies, scores, dots and decision. */
export function IdeaBoard({ ideas, selectedId, onSelect, layout = 'list', label = 'Ideas', showScores = true }: IdeaBoardProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const interactive = Boolean(onSelect);

  useEffect(() => {
    if (!selectedId) return;
    listRef.current?.querySelector(`[data-idea-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, ideas.length]);

  if (ideas.length === 0) return <p className="ws-board-empty">No ideas yet.</p>;
  return (
    <ol
      ref={listRef}
      className={`idea-board idea-board--${layout} ${ideas.length > 12 ? 'idea-board--dense' : ''}`}
      aria-label={label}
      role={interactive ? 'listbox' : undefined}
      aria-activedescendant={interactive && selectedId ? `idea-option-${selectedId}` : undefined}
      tabIndex={interactive ? 0 : undefined}
    >
      {ideas.map((idea) => {
        const selected = idea.id === selectedId;
        const meta = [idea.process, idea.proposer, idea.theme ? `Theme: ${idea.theme}` : ''].filter(Boolean).join(' · ');
        return (
          <li
            key={idea.id}
            id={`idea-option-${idea.id}`}
            data-idea-id={idea.id}
            role={interactive ? 'option' : undefined}
            aria-selected={interactive ? selected : undefined}
            aria-current={!interactive && selected ? 'true' : undefined}
            className={`idea-item idea-item--${idea.outcome} ${selected ? 'idea-item--selected' : ''}`}
            onClick={onSelect ? () => onSelect(idea.id) : undefined}
          >
            <span className="idea-item__number">{idea.number}</span>
            <span className="idea-item__body">
              <span className="idea-item__title">{idea.title}</span>
              {meta && <span className="idea-item__meta">{meta}</span>}
            </span>
            {showScores && (
              <span className="idea-item__scores">
                <span className="ws-chip" title="Impact">
                  Impact <strong>{scoreText(idea.impact)}</strong>
                </span>
                <span className="ws-chip" title="Effort">
                  Effort <strong>{scoreText(idea.effort)}</strong>
                </span>
                {idea.votes > 0 && (
                  <span className="ws-chip ws-chip--dots" title="Dot votes">
                    <strong>{idea.votes}</strong> {idea.votes === 1 ? 'dot' : 'dots'}
                  </span>
                )}
                {idea.outcome !== 'open' && <span className={`ws-outcome-badge ws-outcome-badge--${idea.outcome}`}>{IDEA_OUTCOME_LABELS[idea.outcome]}</span>}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
