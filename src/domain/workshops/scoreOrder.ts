/**
 * Where the selection goes once an idea has both scores. The default is simply the next idea in the
 * list, so re-scoring in order puts every score on the idea the room is looking at; "next unscored"
 * skips ideas that already have both scores (and is said on screen while it is on).
 */
import type { FacilitationSession } from './session';

export type ScoreOrder = NonNullable<FacilitationSession['scoreOrder']>;

export const SCORE_ORDER_LABELS: Record<ScoreOrder, string> = {
  next: 'next idea in the list',
  unscored: 'next unscored idea',
};

export function scoreOrderOf(session: FacilitationSession): ScoreOrder {
  return session.scoreOrder ?? 'next';
}

interface Scorable {
  id: string;
  impact: number | null;
  effort: number | null;
}

/** The idea to select after `currentId` was scored, or null when it was the last one to go to. */
export function ideaAfterScoring<T extends Scorable>(
  ideas: readonly T[],
  currentId: string | null,
  order: ScoreOrder,
): T | null {
  const index = ideas.findIndex((i) => i.id === currentId);
  const rest = ideas.slice(index + 1);
  if (order === 'next') return rest[0] ?? null;
  return rest.find((i) => i.impact === null || i.effort === null) ?? null;
}
