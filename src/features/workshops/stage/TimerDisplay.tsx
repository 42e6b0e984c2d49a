import { useEffect, useRef, useState } from 'react';
import { crossedZero, formatCountdown, timerRemainingMs, type TimerState } from '../../../domain/workshops';
import { playChime } from './chime';
import { useNow } from './useNow';
import { useT } from '../../../state/interfaceLanguage';

export const TIMER_STATUS_TEXT = { idle: 'Not started', paused: 'Paused', running: 'Running' } as const;

/**
 * The countdown of the current agenda item. Both windows compute it from the stored end time, so
 * they agree to the second. At zero it flashes (and, with `sound`, plays a soft chime) once.
 */
export function TimerDisplay({
  timer,
  itemTitle,
  sound = false,
}: {
  timer: TimerState;
  itemTitle: string;
  sound?: boolean;
}) {
  const t = useT();
  const now = useNow(timer.status === 'running');
  const remaining = timerRemainingMs(timer, now);
  const { text, overtime } = formatCountdown(remaining);
  const previous = useRef<number | null>(null);
  const [signalling, setSignalling] = useState(false);

  useEffect(() => {
    if (timer.status === 'running' && crossedZero(previous.current, remaining)) {
      setSignalling(true);
      if (sound) playChime();
      window.setTimeout(() => setSignalling(false), 6000);
    }
    previous.current = timer.status === 'running' ? remaining : null;
  }, [remaining, timer.status, sound]);

  const state = overtime ? 'over' : timer.status;
  return (
    <div className={`ws-timer ws-timer--${state} ${signalling ? 'ws-timer--signal' : ''}`}>
      <div
        role="timer"
        aria-label={t('Time left for {{item}}', { item: itemTitle })}
        className="ws-timer__clock"
      >
        {text}
      </div>
      <div className="ws-timer__status">{overtime ? t('Over time') : t(TIMER_STATUS_TEXT[timer.status])}</div>
      {signalling && (
        <div className="visually-hidden" role="status">
          {t('Time is up for {{item}}', { item: itemTitle })}
        </div>
      )}
    </div>
  );
}
