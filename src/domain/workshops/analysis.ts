/**
 * What the room sees of its ideas: the impact/effort map, the ranking, themes, dot-vote budget,
 * outcome counts and the agenda schedule.
 */
import { addMinutes, format } from 'date-fns';
import { mapQuadrant } from '../portfolio/scoring';
import { QUADRANTS, type Quadrant } from '../portfolio/constants';
import { IDEA_OUTCOMES, type IdeaOutcome } from './constants';
import type { WorkshopIdea } from './idea';
import { participantTotal, type AgendaItem, type Workshop } from './workshop';
import { tell } from '../shared/language';

export interface IdeaMapPoint {
  ideaId: string;
  number: number;
  title: string;
  impact: number;
  effort: number;
  quadrant: Quadrant;
  outcome: IdeaOutcome;
  /** Plotted position (effort, impact), nudged apart when several ideas share a cell. */
  x: number;
  y: number;
}

/** Radius (in score units) of the circle on which ideas sharing a cell are spread. */
export const IDEA_SPREAD_RADIUS = 0.3;

/** Map points of the ideas scored on both impact and effort, in capture order. */
export function ideaMapPoints(
  ideas: readonly WorkshopIdea[],
  spreadRadius = IDEA_SPREAD_RADIUS,
): IdeaMapPoint[] {
  const cells = new Map<string, WorkshopIdea[]>();
  for (const idea of ideas) {
    if (idea.impact === null || idea.effort === null) continue;
    const key = `${idea.impact}:${idea.effort}`;
    cells.set(key, [...(cells.get(key) ?? []), idea]);
  }
  const points: IdeaMapPoint[] = [];
  for (const group of cells.values()) {
    const sorted = [...group].sort((a, b) => a.number - b.number);
    sorted.forEach((idea, i) => {
      const impact = idea.impact as number;
      const effort = idea.effort as number;
      const angle = (2 * Math.PI * i) / sorted.length - Math.PI / 2;
      const spread = sorted.length > 1 ? spreadRadius : 0;
      points.push({
        ideaId: idea.id,
        number: idea.number,
        title: idea.title,
        impact,
        effort,
        quadrant: mapQuadrant(impact, effort),
        outcome: idea.outcome,
        x: Math.round((effort + spread * Math.cos(angle)) * 1000) / 1000,
        y: Math.round((impact + spread * Math.sin(angle)) * 1000) / 1000,
      });
    });
  }
  return points.sort((a, b) => a.number - b.number);
}

export function ideaQuadrant(idea: Pick<WorkshopIdea, 'impact' | 'effort'>): Quadrant | null {
  return idea.impact === null || idea.effort === null ? null : mapQuadrant(idea.impact, idea.effort);
}

export const IDEA_RANKING_EXPLANATION =
  'Ideas scored on impact and effort come first, by quadrant (quick wins, strategic bets, fill-ins, time sinks), ' +
  'then by impact (high first), effort (low first) and dot votes (most first). Unscored ideas follow, by dot votes, then in capture order.';

/** Ideas in the order the room should discuss them, by `IDEA_RANKING_EXPLANATION`. */
export function rankIdeas(ideas: readonly WorkshopIdea[]): WorkshopIdea[] {
  const quadrantRank = (idea: WorkshopIdea) => {
    const q = ideaQuadrant(idea);
    return q === null ? QUADRANTS.length : QUADRANTS.indexOf(q);
  };
  return [...ideas].sort(
    (a, b) =>
      quadrantRank(a) - quadrantRank(b) ||
      (b.impact ?? 0) - (a.impact ?? 0) ||
      (a.effort ?? 6) - (b.effort ?? 6) ||
      b.votes - a.votes ||
      a.number - b.number,
  );
}

export interface VoteBudget {
  participants: number;
  perParticipant: number;
  /** Dots available in the room; null when dot voting is off or the number of participants is unknown. */
  total: number | null;
  used: number;
  remaining: number | null;
}

export function voteBudget(
  workshop: Pick<Workshop, 'participants' | 'participantCount' | 'dotsPerParticipant'>,
  ideas: readonly WorkshopIdea[],
): VoteBudget {
  const participants = participantTotal(workshop);
  const used = ideas.reduce((sum, idea) => sum + idea.votes, 0);
  const total =
    workshop.dotsPerParticipant > 0 && participants > 0 ? participants * workshop.dotsPerParticipant : null;
  return {
    participants,
    perParticipant: workshop.dotsPerParticipant,
    total,
    used,
    remaining: total === null ? null : total - used,
  };
}

/** Why one more dot cannot be placed, or null when it can. */
export function voteRefusal(budget: VoteBudget): string | null {
  if (budget.perParticipant === 0)
    return tell('Dot voting is off for this workshop (0 dots per participant in the plan).');
  if (budget.remaining !== null && budget.remaining <= 0)
    return tell('All {{total}} dots are placed ({{participants}} participants × {{perParticipant}}).', {
      total: budget.total ?? 0,
      participants: budget.participants,
      perParticipant: budget.perParticipant,
    });
  return null;
}

/** Distinct themes, case-insensitively, in alphabetical order (the first spelling wins). */
export function themesOf(ideas: readonly WorkshopIdea[]): string[] {
  const seen = new Map<string, string>();
  for (const idea of [...ideas].sort((a, b) => a.number - b.number)) {
    const theme = idea.theme.trim();
    if (theme && !seen.has(theme.toLowerCase())) seen.set(theme.toLowerCase(), theme);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

export interface ThemeGroup {
  /** Null for ideas without a theme. */
  theme: string | null;
  ideas: WorkshopIdea[];
}

/** Ideas grouped by theme (alphabetical, capture order inside), ungrouped ideas last. */
export function ideasByTheme(ideas: readonly WorkshopIdea[]): ThemeGroup[] {
  const groups: ThemeGroup[] = themesOf(ideas).map((theme) => ({
    theme,
    ideas: ideas
      .filter((i) => i.theme.trim().toLowerCase() === theme.toLowerCase())
      .sort((a, b) => a.number - b.number),
  }));
  const loose = ideas.filter((i) => !i.theme.trim()).sort((a, b) => a.number - b.number);
  return loose.length ? [...groups, { theme: null, ideas: loose }] : groups;
}

export function outcomeCounts(ideas: readonly WorkshopIdea[]): Record<IdeaOutcome, number> {
  const counts = Object.fromEntries(IDEA_OUTCOMES.map((o) => [o, 0])) as Record<IdeaOutcome, number>;
  for (const idea of ideas) counts[idea.outcome] += 1;
  return counts;
}

export interface IdeaStats {
  ideas: number;
  scored: number;
  outcomes: Record<IdeaOutcome, number>;
  converted: number;
}

export function ideaStats(ideas: readonly WorkshopIdea[]): IdeaStats {
  return {
    ideas: ideas.length,
    scored: ideas.filter((i) => i.impact !== null && i.effort !== null).length,
    outcomes: outcomeCounts(ideas),
    converted: ideas.filter((i) => i.useCaseId !== null).length,
  };
}

export function agendaTotalMinutes(agenda: readonly Pick<AgendaItem, 'minutes'>[]): number {
  return agenda.reduce((sum, item) => sum + item.minutes, 0);
}

export interface ScheduledItem<T> {
  item: T;
  /** `HH:mm`, or null when the workshop has no start time. */
  starts: string | null;
  ends: string | null;
}

/** Start and end clock times of each agenda item from the workshop's start time (`HH:mm` or ''). */
export function agendaSchedule<T extends Pick<AgendaItem, 'minutes'>>(
  agenda: readonly T[],
  startTime: string,
): ScheduledItem<T>[] {
  if (!/^\d{2}:\d{2}$/.test(startTime)) return agenda.map((item) => ({ item, starts: null, ends: null }));
  // Read by hand: date-fns's `parse` would bring its whole format parser into the first screen's JavaScript.
  const [hours, minutes] = startTime.split(':').map(Number);
  let cursor = hours < 24 && minutes < 60 ? new Date(2000, 0, 1, hours, minutes) : new Date(NaN);
  return agenda.map((item) => {
    const starts = format(cursor, 'HH:mm');
    cursor = addMinutes(cursor, item.minutes);
    return { item, starts, ends: format(cursor, 'HH:mm') };
  });
}
