import { useRef } from 'react';
import {
  extendTimer,
  goToAgendaItem,
  ideaAfterScoring,
  scoreOrderOf,
  SCORE_ORDER_LABELS,
  resetTimer,
  toggleTimer,
  type FacilitationAction,
  type IdeaOutcome,
  type WorkshopIdea,
} from '../../../domain/workshops';
import { changeVotes, setIdeaScore, updateSession } from '../../../db/workshops/workshops';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import type { WorkshopData } from '../useWorkshopData';
import { interfaceT } from '../../../state/interfaceLanguage';

export interface CommandContext {
  data: WorkshopData;
  say: (text: string | null, error?: boolean) => void;
  focusCapture: () => void;
  openDialog: (dialog: 'edit' | 'theme' | 'delete') => void;
  /** Records a decision (offering to merge into a similar use case first, see `useIdeaDecision`). */
  decide: (idea: WorkshopIdea, outcome: IdeaOutcome) => Promise<void>;
  openAudience: () => void;
  toggleFullscreen: () => void;
  toggleLegend: () => void;
  leave: () => void;
}

/**
 * Runs facilitation actions one after the other (a queue), so fast key sequences such as "4 2 ↓ 3 3"
 * land in order. The selected idea is kept locally for instant response and saved for the audience.
 */
export function useFacilitationCommands(ctx: CommandContext) {
  const latest = useRef(ctx);
  latest.current = ctx;
  const selected = useRef<string | null>(ctx.data.workshop.session.selectedIdeaId);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const ideas = () => latest.current.data.ideas;
  const current = (): WorkshopIdea | undefined => ideas().find((i) => i.id === selected.current);
  const workshopId = ctx.data.workshop.id;
  const session = (change: Parameters<typeof updateSession>[2]) =>
    trackSave(updateSession(db, workshopId, change));

  const select = async (id: string | null): Promise<void> => {
    selected.current = id;
    await session((s) => (s.selectedIdeaId === id ? s : { ...s, selectedIdeaId: id }));
  };

  const moveSelection = (delta: number) => {
    const list = ideas();
    if (list.length === 0) return Promise.resolve();
    const index = list.findIndex((i) => i.id === selected.current);
    const from = index < 0 ? (delta > 0 ? -1 : list.length) : index;
    return select(list[Math.min(Math.max(from + delta, 0), list.length - 1)].id);
  };

  /** After impact and effort: the next idea, or the next unscored one when that order is on (S). */
  const advance = (): Promise<string | null> => {
    const next = ideaAfterScoring(
      ideas(),
      selected.current,
      scoreOrderOf(latest.current.data.workshop.session),
    );
    const t = interfaceT();
    return next
      ? select(next.id).then(() => null)
      : Promise.resolve(
          scoreOrderOf(latest.current.data.workshop.session) === 'unscored'
            ? t('every idea after it has both scores')
            : t('that was the last idea'),
        );
  };

  async function perform(action: FacilitationAction): Promise<void> {
    const { say } = latest.current;
    const t = interfaceT();
    const idea = current();
    const needIdea = () => {
      if (!idea) say(t('Select an idea first: ↑ ↓ or click it.'), true);
      return idea;
    };
    switch (action.type) {
      case 'select':
        return moveSelection(action.delta);
      case 'select-edge': {
        const list = ideas();
        if (list.length) await select((action.edge === 'first' ? list[0] : list[list.length - 1]).id);
        return;
      }
      case 'await-score':
        if (needIdea())
          say(
            action.key === 'impact'
              ? t('#{{number}} Impact: type 1 to 5', { number: idea!.number })
              : t('#{{number}} Effort: type 1 to 5', { number: idea!.number }),
          );
        return;
      case 'score': {
        if (!needIdea()) return;
        await trackSave(setIdeaScore(db, idea!.id, action.key, action.value));
        const values = { number: idea!.number, score: action.value };
        if (action.key === 'impact' && !action.advance)
          return say(t('#{{number}} Impact {{score}}. Effort: type 1 to 5 (or move on)', values));
        const stay = action.advance ? await advance() : null;
        const scored =
          action.key === 'impact'
            ? t('#{{number}} Impact {{score}}', values)
            : t('#{{number}} Effort {{score}}', values);
        return say(stay ? t('{{scored}} (selection stays: {{reason}})', { scored, reason: stay }) : scored);
      }
      case 'toggle-score-order': {
        const order = scoreOrderOf(latest.current.data.workshop.session) === 'next' ? 'unscored' : 'next';
        await session((s) => ({ ...s, scoreOrder: order }));
        return say(
          t('After both scores the selection goes to the {{order}}.', {
            order: t(SCORE_ORDER_LABELS[order]),
          }),
        );
      }
      case 'invalid-score':
        return say(t('Scores go from 1 to 5.'), true);
      case 'outcome': {
        if (!needIdea()) return;
        return latest.current.decide(idea!, action.outcome);
      }
      case 'vote': {
        if (!needIdea()) return;
        const votes = await trackSave(changeVotes(db, idea!.id, action.delta));
        return say(t('#{{number}}: {{count}} dots', { number: idea!.number, count: votes }));
      }
      case 'timer-toggle':
        await session((s) => ({ ...s, timer: toggleTimer(s.timer, Date.now()) }));
        return;
      case 'timer-extend':
        await session((s) => ({ ...s, timer: extendTimer(s.timer, Date.now()) }));
        return say(t('5 minutes added to this agenda item.'));
      case 'timer-reset':
        await session((s, w) => resetTimer(s, w.agenda));
        return;
      case 'agenda':
        await session((s, w) => goToAgendaItem(s, w.agenda, s.agendaIndex + action.delta, Date.now()));
        return;
      case 'focus-capture':
        return latest.current.focusCapture();
      case 'focus-theme':
        if (needIdea()) latest.current.openDialog('theme');
        return;
      case 'edit-selected':
        if (needIdea()) latest.current.openDialog('edit');
        return;
      case 'delete-selected':
        if (needIdea()) latest.current.openDialog('delete');
        return;
      case 'open-audience':
        return latest.current.openAudience();
      case 'toggle-fullscreen':
        return latest.current.toggleFullscreen();
      case 'toggle-legend':
        return latest.current.toggleLegend();
      case 'cancel':
        return say(null);
      case 'leave':
        return latest.current.leave();
      case 'none':
        return;
    }
  }

  const run = (action: FacilitationAction) => {
    // Focus moves at once, not after queued writes: the next keystrokes must land in the field.
    if (action.type === 'focus-capture') return Promise.resolve(latest.current.focusCapture());
    queue.current = queue.current
      .then(() => perform(action))
      .catch((err: unknown) => latest.current.say(describeWriteError(err), true));
    return queue.current;
  };

  return {
    run,
    select: (id: string | null) => void select(id).catch(() => undefined),
    selectedId: () => selected.current,
  };
}
