import { Minus, Plus } from 'lucide-react';
import { useState } from 'react';
import {
  IDEA_SCORE_KEYS,
  IDEA_SCORE_LABELS,
  validateIdeaField,
  type IdeaField,
  type WorkshopIdea,
} from '../../../domain/workshops';
import { changeVotes, updateIdeaField, type IdeaEditableField } from '../../../db/workshops/workshops';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { AutoSaveField, AutoSaveSelect } from '../../../ui/AutoSaveField';
import { Dialog } from '../../../ui/Dialog';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';
import type { Translate } from '../../../domain/shared/language';

const scoreOptions = (t: Translate) => [
  { value: '', label: t('Not scored') },
  ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
];

function saver(ideaId: string, field: IdeaEditableField & IdeaField) {
  return {
    validate: (raw: string) => {
      const checked = validateIdeaField(field, raw);
      return checked.ok ? null : checked.message;
    },
    save: (raw: string) => updateIdeaField(db, ideaId, field, raw),
  };
}

/** Every field of one idea, each saved as it is typed. Used in the plan and in facilitation (Enter). */
export function IdeaDialog({
  idea,
  themes,
  open,
  onOpenChange,
}: {
  idea: WorkshopIdea;
  themes: string[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useT();
  const savers = {
    title: saver(idea.id, 'title'),
    description: saver(idea.id, 'description'),
    process: saver(idea.id, 'process'),
    proposer: saver(idea.id, 'proposer'),
    theme: saver(idea.id, 'theme'),
    decisionNote: saver(idea.id, 'decisionNote'),
  };
  const [voteError, setVoteError] = useState<string | null>(null);
  const vote = (delta: 1 | -1) => {
    setVoteError(null);
    trackSave(changeVotes(db, idea.id, delta)).catch((err) => setVoteError(describeWriteError(err)));
  };
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('Idea #{{number}}', { number: idea.number })}
      description={t('Every change is saved as you type.')}
      wide
    >
      <div className="form-grid ws-idea-form">
        <AutoSaveField label={t('Idea')} value={idea.title} {...savers.title} className="form-grid__wide" />
        <AutoSaveField
          label={t('Description')}
          multiline
          rows={3}
          value={idea.description}
          {...savers.description}
          className="form-grid__wide"
        />
        <AutoSaveField label={t('Process or department')} value={idea.process} {...savers.process} />
        <AutoSaveField label={t('Proposer')} value={idea.proposer} {...savers.proposer} />
        <AutoSaveField
          label={t('Theme')}
          value={idea.theme}
          {...savers.theme}
          hint={
            themes.length
              ? t('Existing: {{themes}}', { themes: themes.join(', ') })
              : t('Group related ideas under one theme.')
          }
        />
        {IDEA_SCORE_KEYS.map((key) => (
          <AutoSaveSelect
            key={key}
            label={`${t(IDEA_SCORE_LABELS[key])} (1-5)`}
            value={idea[key] === null ? '' : String(idea[key])}
            options={scoreOptions(t)}
            save={(value) => updateIdeaField(db, idea.id, key, value === '' ? null : Number(value))}
          />
        ))}
        <div className="field">
          <span className="field__label" id={`votes-${idea.id}`}>
            {t('Dot votes')}
          </span>
          <div className="ws-vote-stepper" role="group" aria-labelledby={`votes-${idea.id}`}>
            <button
              type="button"
              className="icon-button"
              aria-label={t('Remove a dot')}
              onClick={() => vote(-1)}
              disabled={idea.votes === 0}
            >
              <Minus size={16} aria-hidden />
            </button>
            <output aria-live="polite">{idea.votes}</output>
            <button type="button" className="icon-button" aria-label={t('Add a dot')} onClick={() => vote(1)}>
              <Plus size={16} aria-hidden />
            </button>
          </div>
          <ErrorText>{voteError}</ErrorText>
        </div>
        <AutoSaveField
          label={t('Decision note')}
          multiline
          rows={2}
          value={idea.decisionNote}
          {...savers.decisionNote}
          className="form-grid__wide"
          hint={t('Why it was parked or dropped, or what to check first.')}
        />
      </div>
    </Dialog>
  );
}
