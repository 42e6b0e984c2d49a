import {
  ChevronLeft,
  ChevronRight,
  Expand,
  LogOut,
  MonitorPlay,
  Pause,
  Play,
  Plus,
  RotateCcw,
} from 'lucide-react';
import { AGENDA_ACTIVITY_LABELS, type FacilitationAction } from '../../../domain/workshops';
import { ClientAvatar } from '../../../ui/ClientAvatar';
import { SaveIndicator } from '../../../ui/SaveIndicator';
import { UndoToast } from '../../../ui/UndoToast';
import { TimerDisplay } from '../stage/TimerDisplay';
import type { WorkshopData } from '../useWorkshopData';
import { useT } from '../../../state/interfaceLanguage';

/** Client and workshop, the current agenda item with its timer, and the controls (each also a key). */
export function FacilitationHeader({
  data,
  run,
}: {
  data: WorkshopData;
  run: (action: FacilitationAction) => unknown;
}) {
  const { workshop, client } = data;
  const t = useT();
  const { agendaIndex, timer } = workshop.session;
  const item = workshop.agenda[agendaIndex];
  const last = workshop.agenda.length - 1;
  return (
    <header className="fac-header">
      <div className="fac-header__client">
        <ClientAvatar client={client} size={48} />
        <div>
          <span className="fac-header__client-name">{client.name}</span>
          <h1>{workshop.title}</h1>
        </div>
      </div>
      <div className="fac-header__agenda">
        <span className="fac-header__step">
          {t('Item {{number}} of {{count}}', { number: agendaIndex + 1, count: workshop.agenda.length })} ·{' '}
          {t(AGENDA_ACTIVITY_LABELS[item.activity])}
        </span>
        <strong className="fac-header__item" aria-live="polite">
          {item.title}
        </strong>
        <div className="fac-header__nav">
          <button
            type="button"
            className="fac-button"
            onClick={() => run({ type: 'agenda', delta: -1 })}
            disabled={agendaIndex === 0}
            aria-keyshortcuts="ArrowLeft"
          >
            <ChevronLeft aria-hidden /> {t('Previous item')}
          </button>
          <button
            type="button"
            className="fac-button"
            onClick={() => run({ type: 'agenda', delta: 1 })}
            disabled={agendaIndex === last}
            aria-keyshortcuts="ArrowRight"
          >
            {t('Next item')} <ChevronRight aria-hidden />
          </button>
        </div>
      </div>
      <div className="fac-header__timer">
        <TimerDisplay timer={timer} itemTitle={item.title} sound />
        <div className="fac-header__timer-controls">
          <button
            type="button"
            className="fac-button fac-button--primary"
            onClick={() => run({ type: 'timer-toggle' })}
            aria-keyshortcuts="Space"
          >
            {timer.status === 'running' ? <Pause aria-hidden /> : <Play aria-hidden />}
            {timer.status === 'running' ? t('Pause') : timer.status === 'paused' ? t('Resume') : t('Start')}
          </button>
          <button
            type="button"
            className="fac-button"
            onClick={() => run({ type: 'timer-extend' })}
            aria-keyshortcuts="+"
            aria-label={t('Add 5 minutes')}
          >
            <Plus aria-hidden /> {t('{{minutes}} min', { minutes: 5 })}
          </button>
          <button
            type="button"
            className="fac-button"
            onClick={() => run({ type: 'timer-reset' })}
            aria-keyshortcuts="R"
            aria-label={t('Reset timer')}
          >
            <RotateCcw aria-hidden />
          </button>
        </div>
      </div>
      <div className="fac-header__tools">
        <button
          type="button"
          className="fac-button"
          onClick={() => run({ type: 'open-audience' })}
          aria-keyshortcuts="A"
        >
          <MonitorPlay aria-hidden /> {t('Audience view')}
        </button>
        <button
          type="button"
          className="fac-button"
          onClick={() => run({ type: 'toggle-fullscreen' })}
          aria-keyshortcuts="F"
          aria-label={t('Full screen')}
        >
          <Expand aria-hidden />
        </button>
        <button
          type="button"
          className="fac-button"
          onClick={() => run({ type: 'leave' })}
          aria-keyshortcuts="Escape"
        >
          <LogOut aria-hidden /> {t('Leave')}
        </button>
        <SaveIndicator />
        <UndoToast />
      </div>
    </header>
  );
}
