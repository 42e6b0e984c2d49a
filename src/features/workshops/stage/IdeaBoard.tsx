import { useEffect, useRef } from 'react';
import { IDEA_OUTCOME_LABELS, type WorkshopIdea } from '../../../domain/workshops';
import { Badge } from '../../../ui/Badge';
import { BADGE_TONES } from '../../../ui/badgeTones';
import { useT } from '../../../state/interfaceLanguage';

interface IdeaBoardProps {
  ideas: readonly WorkshopIdea[];
  selectedId: string | null;
  /** Facilitator: rows can be picked with the mouse; the keyboard moves the selection (↑ ↓). */
  onSelect?: (id: string) => void;
  label?: string;
  showScores?: boolean;
}

function scoreText(value: number | null): string {
  return value === null ? '–' : String(value);
}

/** The facilitator's list of ideas (scrolls; the selection is kept in view). */
export function IdeaBoard({ ideas, selectedId, onSelect, label, showScores = true }: IdeaBoardProps) {
  const t = useT();
  const listRef = useRef<HTMLOListElement>(null);
  const interactive = Boolean(onSelect);

  useEffect(() => {
    if (!selectedId) return;
    listRef.current
      ?.querySelector(`[data-idea-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, ideas.length]);

  if (ideas.length === 0) return <p className="ws-board-empty">{t('No ideas yet.')}</p>;
  return (
    <ol
      ref={listRef}
      className={`idea-board idea-board--list ${ideas.length > 12 ? 'idea-board--dense' : ''}`}
      aria-label={label ?? t('Ideas')}
      role={interactive ? 'listbox' : undefined}
      aria-activedescendant={interactive && selectedId ? `idea-option-${selectedId}` : undefined}
      tabIndex={interactive ? 0 : undefined}
    >
      {ideas.map((idea) => (
        <IdeaRow
          key={idea.id}
          idea={idea}
          selected={idea.id === selectedId}
          interactive={interactive}
          showScores={showScores}
          onSelect={onSelect}
        />
      ))}
    </ol>
  );
}

export function DotCount({ votes }: { votes: number }) {
  const t = useT();
  return (
    <span className="ws-chip ws-chip--dots" title={t('Dot votes')}>
      <strong>{votes}</strong> {t(votes === 1 ? 'dot' : 'dots')}
    </span>
  );
}

/** One idea: number, title, where it applies, scores, dots and decision. */
export function IdeaRow({
  idea,
  selected,
  interactive,
  showScores,
  onSelect,
}: {
  idea: WorkshopIdea;
  selected: boolean;
  interactive: boolean;
  showScores: boolean;
  onSelect?: (id: string) => void;
}) {
  const t = useT();
  const meta = [idea.process, idea.proposer, idea.theme ? t('Theme: {{theme}}', { theme: idea.theme }) : '']
    .filter(Boolean)
    .join(' · ');
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- an option of the listbox above, whose keys move aria-activedescendant
    <li
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
      {showScores ? (
        <span className="idea-item__scores">
          <span className="ws-chip" title={t('Impact')}>
            {t('Impact')} <strong>{scoreText(idea.impact)}</strong>
          </span>
          <span className="ws-chip" title={t('Effort')}>
            {t('Effort')} <strong>{scoreText(idea.effort)}</strong>
          </span>
          {idea.votes > 0 && <DotCount votes={idea.votes} />}
          {idea.outcome !== 'open' && (
            <Badge tone={BADGE_TONES.ideaOutcome[idea.outcome]}>{t(IDEA_OUTCOME_LABELS[idea.outcome])}</Badge>
          )}
        </span>
      ) : (
        idea.votes > 0 && <DotCount votes={idea.votes} />
      )}
    </li>
  );
}
