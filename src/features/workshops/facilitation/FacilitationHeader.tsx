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

/** Client and workshop, the current agenda item with its timer, and the controls (each also a key). */
export function FacilitationHeader({
  data,
  run,
}: {
  data: WorkshopData;
  run: (action: FacilitationAction) => unknown;
}) {
  const { workshop, client } = data;
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
          Item {agendaIndex + 1} of {workshop.agenda.length} · {AGENDA_ACTIVITY_LABELS[item.activity]}
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
            <ChevronLeft aria-hidden /> Previous item
          </button>
          <button
            type="button"
            className="fac-button"
            onClick={() => run({ type: 'agenda', delta: 1 })}
            disabled={agendaIndex === last}
            aria-keyshortcuts="ArrowRight"
          >
            Next item <ChevronRight aria-hidden />
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
            {timer.status === 'running' ? 'Pause' : timer.status === 'paused' ? 'Resume' : 'Start'}
          </button>
          <button
            type="button"
            className="fac-button"
            onClick={() => run({ type: 'timer-extend' })}
            aria-keyshortcuts="+"
            aria-label="Add 5 minutes"
          >
            <Plus aria-hidden /> 5 min
          </button>
          <button
            type="button"
            className="fac-button"
            onClick={() => run({ type: 'timer-reset' })}
            aria-keyshortcuts="R"
            aria-label="Reset timer"
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
          <MonitorPlay aria-hidden /> Audience view
        </button>
        <button
          type="button"
          className="fac-button"
          onClick={() => run({ type: 'toggle-fullscreen' })}
          aria-keyshortcuts="F"
          aria-label="Full screen"
        >
          <Expand aria-hidden />
        </button>
        <button
          type="button"
          className="fac-button"
          onClick={() => run({ type: 'leave' })}
          aria-keyshortcuts="Escape"
        >
          <LogOut aria-hidden /> Leave
        </button>
        <SaveIndicator />
        <UndoToast />
      </div>
    </header>
  );
}
