/**
 * Facilitation state and the agenda timer, as pure functions of the stored state and the clock.
 * The timer is stored as an absolute end time while it runs, so a reload, a crash or a second
 * window all show the same countdown without any ticking writes.
 */
import { z } from 'zod';
import { TIMER_EXTENSION_MS } from './constants';

export const TIMER_STATUSES = ['idle', 'running', 'paused'] as const;
export type TimerStatus = (typeof TIMER_STATUSES)[number];

export const timerStateSchema = z.object({
  status: z.enum(TIMER_STATUSES),
  /** Time left when not running (may be negative after the end). */
  remainingMs: z.number(),
  /** Epoch milliseconds at which the item ends, while running. */
  endsAtMs: z.number().nullable(),
});
export type TimerState = z.infer<typeof timerStateSchema>;

export const facilitationSessionSchema = z.object({
  /** Index into the workshop agenda of the item on screen. */
  agendaIndex: z.number().int().min(0),
  timer: timerStateSchema,
  /** The idea highlighted on both screens (being scored or discussed). */
  selectedIdeaId: z.string().nullable(),
  /** Where the selection goes after an idea got both scores: the next idea in the list (default) or the next unscored one. */
  scoreOrder: z.enum(['next', 'unscored']).optional(),
});
export type FacilitationSession = z.infer<typeof facilitationSessionSchema>;

interface TimedItem {
  minutes: number;
}

/** A stopped timer set to the full length of an agenda item. */
export function timerForItem(item: TimedItem | undefined): TimerState {
  return { status: 'idle', remainingMs: (item?.minutes ?? 0) * 60_000, endsAtMs: null };
}

export function sessionForAgenda(agenda: readonly TimedItem[], index: number): FacilitationSession {
  const agendaIndex = clampIndex(index, agenda.length);
  return { agendaIndex, timer: timerForItem(agenda[agendaIndex]), selectedIdeaId: null };
}

function clampIndex(index: number, length: number): number {
  if (length <= 0) return 0;
  return Math.min(Math.max(0, Math.trunc(index)), length - 1);
}

/** Milliseconds left at `nowMs`; negative once the item runs over. */
export function timerRemainingMs(timer: TimerState, nowMs: number): number {
  return timer.status === 'running' && timer.endsAtMs !== null ? timer.endsAtMs - nowMs : timer.remainingMs;
}

export function startTimer(timer: TimerState, nowMs: number): TimerState {
  if (timer.status === 'running') return timer;
  return { status: 'running', remainingMs: timer.remainingMs, endsAtMs: nowMs + timer.remainingMs };
}

export function pauseTimer(timer: TimerState, nowMs: number): TimerState {
  if (timer.status !== 'running') return timer;
  return { status: 'paused', remainingMs: timerRemainingMs(timer, nowMs), endsAtMs: null };
}

export function toggleTimer(timer: TimerState, nowMs: number): TimerState {
  return timer.status === 'running' ? pauseTimer(timer, nowMs) : startTimer(timer, nowMs);
}

/** Adds time; an item that already ran over gets the extension counted from now. */
export function extendTimer(timer: TimerState, nowMs: number, byMs = TIMER_EXTENSION_MS): TimerState {
  if (timer.status === 'running' && timer.endsAtMs !== null) {
    return { ...timer, endsAtMs: Math.max(timer.endsAtMs, nowMs) + byMs };
  }
  return { ...timer, remainingMs: Math.max(timer.remainingMs, 0) + byMs };
}

/**
 * Moves to another agenda item: the timer is set to that item's length and keeps running if it was
 * running (the facilitator moves on, the clock follows). The selected idea stays selected.
 */
export function goToAgendaItem(
  session: FacilitationSession,
  agenda: readonly TimedItem[],
  index: number,
  nowMs: number,
): FacilitationSession {
  const agendaIndex = clampIndex(index, agenda.length);
  if (agendaIndex === session.agendaIndex) return session;
  const fresh = timerForItem(agenda[agendaIndex]);
  return {
    ...session,
    agendaIndex,
    timer: session.timer.status === 'running' ? startTimer(fresh, nowMs) : fresh,
  };
}

/** Stops the timer and sets it back to the full length of the current item. */
export function resetTimer(session: FacilitationSession, agenda: readonly TimedItem[]): FacilitationSession {
  return { ...session, timer: timerForItem(agenda[clampIndex(session.agendaIndex, agenda.length)]) };
}

/**
 * Keeps a stored session valid after the agenda was edited: the index stays inside the agenda;
 * an idle timer follows a changed item length.
 */
export function reconcileSession(
  session: FacilitationSession,
  agenda: readonly TimedItem[],
): FacilitationSession {
  const agendaIndex = clampIndex(session.agendaIndex, agenda.length);
  if (agendaIndex !== session.agendaIndex)
    return { ...session, agendaIndex, timer: timerForItem(agenda[agendaIndex]) };
  if (session.timer.status === 'idle') return { ...session, timer: timerForItem(agenda[agendaIndex]) };
  return session;
}

/** The countdown as shown on screen: `12:05`, or `+1:23` once over time. Rounds up so 0:00 means zero. */
export function formatCountdown(ms: number): { text: string; overtime: boolean } {
  const overSeconds = ms < 0 ? Math.floor(-ms / 1000) : 0;
  const overtime = overSeconds > 0;
  const totalSeconds = overtime ? overSeconds : Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  const head =
    hours > 0
      ? `${hours}:${String(minutes).padStart(2, '0')}`
      : String(minutes).padStart(overtime ? 1 : 2, '0');
  return { text: `${overtime ? '+' : ''}${head}:${seconds}`, overtime };
}

/** True when the countdown crossed zero between two readings (the moment for the gentle signal). */
export function crossedZero(previousMs: number | null, currentMs: number): boolean {
  return previousMs !== null && previousMs > 0 && currentMs <= 0;
}
