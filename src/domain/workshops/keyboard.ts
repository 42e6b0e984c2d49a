/**
 * The facilitation keyboard: which key does what, as a pure function of the key and the
 * "waiting for a score" state, so the whole room flow can be driven (and tested) without a mouse.
 */
import type { IdeaOutcome, IdeaScoreKey } from './constants';

/**
 * Waiting for a digit: after I (impact) or E (effort), or after a bare digit set the impact
 * (the next digit is the effort, then the selection moves to the next idea).
 */
export type PendingScore = null | 'impact' | 'effort' | 'effort-after-impact';

export type FacilitationAction =
  | { type: 'none' }
  | { type: 'focus-capture' }
  | { type: 'focus-theme' }
  | { type: 'edit-selected' }
  | { type: 'delete-selected' }
  | { type: 'select'; delta: number }
  | { type: 'select-edge'; edge: 'first' | 'last' }
  | { type: 'await-score'; key: IdeaScoreKey }
  | { type: 'score'; key: IdeaScoreKey; value: number; advance: boolean }
  | { type: 'invalid-score' }
  | { type: 'outcome'; outcome: IdeaOutcome }
  | { type: 'vote'; delta: 1 | -1 }
  | { type: 'timer-toggle' }
  | { type: 'timer-extend' }
  | { type: 'timer-reset' }
  | { type: 'agenda'; delta: 1 | -1 }
  | { type: 'open-audience' }
  | { type: 'toggle-fullscreen' }
  | { type: 'toggle-legend' }
  | { type: 'toggle-score-order' }
  | { type: 'cancel' }
  | { type: 'leave' };

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export interface KeyResult {
  action: FacilitationAction;
  pending: PendingScore;
}

const OUTCOME_KEYS: Record<string, IdeaOutcome> = { u: 'use-case', p: 'parked', d: 'dropped', o: 'open' };

function scoreDigit(key: string, pending: PendingScore): KeyResult {
  const value = Number(key);
  if (value < 1 || value > 5) return { action: { type: 'invalid-score' }, pending };
  if (pending === 'impact')
    return { action: { type: 'score', key: 'impact', value, advance: false }, pending: null };
  if (pending === 'effort')
    return { action: { type: 'score', key: 'effort', value, advance: false }, pending: null };
  if (pending === 'effort-after-impact')
    return { action: { type: 'score', key: 'effort', value, advance: true }, pending: null };
  return { action: { type: 'score', key: 'impact', value, advance: false }, pending: 'effort-after-impact' };
}

/** Maps one key press (outside text fields) to an action and the next pending-score state. */
export function facilitationKey(input: KeyInput, pending: PendingScore): KeyResult {
  if (input.ctrlKey || input.metaKey || input.altKey) return { action: { type: 'none' }, pending };
  const key = input.key;
  if (/^[0-9]$/.test(key)) return scoreDigit(key, pending);
  if (key === 'Escape')
    return pending
      ? { action: { type: 'cancel' }, pending: null }
      : { action: { type: 'leave' }, pending: null };
  const result = (action: FacilitationAction): KeyResult => ({ action, pending: null });
  const lower = key.length === 1 ? key.toLowerCase() : key;
  switch (lower) {
    case 'n':
      return result({ type: 'focus-capture' });
    case 't':
      return result({ type: 'focus-theme' });
    case 'Enter':
      return result({ type: 'edit-selected' });
    case 'Delete':
      return result({ type: 'delete-selected' });
    case 'ArrowDown':
    case 'j':
      return result({ type: 'select', delta: 1 });
    case 'ArrowUp':
    case 'k':
      return result({ type: 'select', delta: -1 });
    case 'Home':
      return result({ type: 'select-edge', edge: 'first' });
    case 'End':
      return result({ type: 'select-edge', edge: 'last' });
    case 'i':
      return { action: { type: 'await-score', key: 'impact' }, pending: 'impact' };
    case 'e':
      return { action: { type: 'await-score', key: 'effort' }, pending: 'effort' };
    case 'u':
    case 'p':
    case 'd':
    case 'o':
      return result({ type: 'outcome', outcome: OUTCOME_KEYS[lower] });
    case 's':
      return result({ type: 'toggle-score-order' });
    case 'v':
      return result({ type: 'vote', delta: input.shiftKey ? -1 : 1 });
    case ' ':
      return result({ type: 'timer-toggle' });
    case '+':
    case '=':
      return result({ type: 'timer-extend' });
    case 'r':
      return result({ type: 'timer-reset' });
    case 'ArrowRight':
    case 'PageDown':
      return result({ type: 'agenda', delta: 1 });
    case 'ArrowLeft':
    case 'PageUp':
      return result({ type: 'agenda', delta: -1 });
    case 'a':
      return result({ type: 'open-audience' });
    case 'f':
      return result({ type: 'toggle-fullscreen' });
    case '?':
    case 'h':
      return result({ type: 'toggle-legend' });
    default:
      return { action: { type: 'none' }, pending };
  }
}

/** The key legend shown on the facilitation screen, in reading order. */
export const FACILITATION_KEY_LEGEND: readonly { keys: string; action: string }[] = [
  { keys: 'N', action: 'New idea (Enter saves and returns to the list)' },
  { keys: '↑ ↓', action: 'Select idea' },
  { keys: '1-5 1-5', action: 'Impact, then effort' },
  { keys: 'I / E + 1-5', action: 'Impact or effort only' },
  { keys: 'S', action: 'After scoring: next idea / next unscored' },
  { keys: 'V / Shift V', action: 'Add / remove a dot' },
  { keys: 'T', action: 'Theme' },
  { keys: 'U P D O', action: 'Use case, parked, dropped, undecided' },
  { keys: 'Enter', action: 'Edit idea' },
  { keys: 'Del', action: 'Delete idea' },
  { keys: 'Space', action: 'Start / pause timer' },
  { keys: '+', action: 'Add 5 minutes' },
  { keys: 'R', action: 'Reset timer' },
  { keys: '← →', action: 'Previous / next agenda item' },
  { keys: 'A', action: 'Audience view' },
  { keys: 'F', action: 'Full screen' },
  { keys: 'H', action: 'Hide / show keys' },
  { keys: 'Esc', action: 'Leave facilitation' },
];
