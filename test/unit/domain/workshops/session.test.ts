import { describe, expect, it } from 'vitest';
import {
  crossedZero,
  extendTimer,
  formatCountdown,
  goToAgendaItem,
  pauseTimer,
  reconcileSession,
  resetTimer,
  sessionForAgenda,
  startTimer,
  timerRemainingMs,
  toggleTimer,
} from '../../../../src/domain/workshops';

const agenda = [{ minutes: 10 }, { minutes: 20 }, { minutes: 5 }];
const T0 = 1_000_000;

describe('agenda timer', () => {
  it('counts down from an absolute end time, pauses and resumes with the time that was left', () => {
    const idle = sessionForAgenda(agenda, 0).timer;
    expect(timerRemainingMs(idle, T0)).toBe(600_000);
    const running = startTimer(idle, T0);
    expect(running).toEqual({ status: 'running', remainingMs: 600_000, endsAtMs: T0 + 600_000 });
    expect(timerRemainingMs(running, T0 + 60_000)).toBe(540_000);
    const paused = pauseTimer(running, T0 + 60_000);
    expect(paused).toEqual({ status: 'paused', remainingMs: 540_000, endsAtMs: null });
    // Time passing while paused changes nothing (e.g. the window was closed).
    expect(timerRemainingMs(paused, T0 + 3_600_000)).toBe(540_000);
    const resumed = toggleTimer(paused, T0 + 100_000);
    expect(resumed.endsAtMs).toBe(T0 + 100_000 + 540_000);
    expect(toggleTimer(resumed, T0 + 101_000).status).toBe('paused');
    expect(startTimer(resumed, T0 + 200_000)).toBe(resumed);
  });

  it('runs over into negative time and an extension counts from now once over', () => {
    const running = startTimer(sessionForAgenda(agenda, 2).timer, T0);
    expect(timerRemainingMs(running, T0 + 6 * 60_000)).toBe(-60_000);
    expect(timerRemainingMs(extendTimer(running, T0 + 6 * 60_000), T0 + 6 * 60_000)).toBe(5 * 60_000);
    expect(timerRemainingMs(extendTimer(running, T0), T0)).toBe(10 * 60_000);
    const paused = pauseTimer(running, T0 + 6 * 60_000);
    expect(extendTimer(paused, T0).remainingMs).toBe(5 * 60_000);
    expect(extendTimer(sessionForAgenda(agenda, 0).timer, T0).remainingMs).toBe(15 * 60_000);
  });

  it('follows the agenda: the next item gets its own length and keeps running if the timer ran', () => {
    const start = { ...sessionForAgenda(agenda, 0), selectedIdeaId: 'idea-1' };
    const idleNext = goToAgendaItem(start, agenda, 1, T0);
    expect(idleNext).toEqual({
      agendaIndex: 1,
      timer: { status: 'idle', remainingMs: 1_200_000, endsAtMs: null },
      selectedIdeaId: 'idea-1',
    });
    const running = { ...start, timer: startTimer(start.timer, T0) };
    expect(goToAgendaItem(running, agenda, 1, T0 + 5000).timer).toEqual({
      status: 'running',
      remainingMs: 1_200_000,
      endsAtMs: T0 + 5000 + 1_200_000,
    });
    expect(goToAgendaItem(start, agenda, 99, T0).agendaIndex).toBe(2);
    expect(goToAgendaItem(start, agenda, -1, T0)).toBe(start);
    expect(resetTimer(running, agenda).timer).toEqual({
      status: 'idle',
      remainingMs: 600_000,
      endsAtMs: null,
    });
  });

  it('stays inside an edited agenda', () => {
    const onLast = sessionForAgenda(agenda, 2);
    expect(reconcileSession(onLast, agenda.slice(0, 2))).toMatchObject({
      agendaIndex: 1,
      timer: { remainingMs: 1_200_000 },
    });
    expect(
      reconcileSession(onLast, [{ minutes: 10 }, { minutes: 20 }, { minutes: 7 }]).timer.remainingMs,
    ).toBe(420_000);
    const running = { ...onLast, timer: startTimer(onLast.timer, T0) };
    expect(reconcileSession(running, [{ minutes: 10 }, { minutes: 20 }, { minutes: 7 }])).toBe(running);
  });
});

describe('countdown display', () => {
  it.each([
    [600_000, '10:00', false],
    [59_001, '01:00', false],
    [500, '00:01', false],
    [0, '00:00', false],
    [-999, '00:00', false],
    [-83_000, '+1:23', true],
    [3_725_000, '1:02:05', false],
  ])('%i ms -> %s', (ms, text, overtime) => {
    expect(formatCountdown(ms)).toEqual({ text, overtime });
  });

  it('signals once when crossing zero, not when the page opens after the end', () => {
    expect(crossedZero(1000, 0)).toBe(true);
    expect(crossedZero(1000, -20)).toBe(true);
    expect(crossedZero(null, -5000)).toBe(false);
    expect(crossedZero(-1000, -2000)).toBe(false);
    expect(crossedZero(5000, 4000)).toBe(false);
  });
});
