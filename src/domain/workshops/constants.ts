/**
 * Enumerations and limits of the workshop area, each with a human label map.
 */

/** What happens to an idea at the end of the workshop. `open` = not decided yet. */
export const IDEA_OUTCOMES = ['open', 'use-case', 'parked', 'dropped'] as const;
export type IdeaOutcome = (typeof IDEA_OUTCOMES)[number];

export const IDEA_OUTCOME_LABELS: Record<IdeaOutcome, string> = {
  open: 'Not decided',
  'use-case': 'Becomes a use case',
  parked: 'Parked',
  dropped: 'Dropped',
};

/**
 * The kind of work done during an agenda item. It decides what the facilitation and audience
 * screens put first: the agenda, the ideas as they come in, the impact/effort map or the decisions.
 */
export const AGENDA_ACTIVITIES = ['talk', 'capture', 'score', 'decide', 'next-steps'] as const;
export type AgendaActivity = (typeof AGENDA_ACTIVITIES)[number];

export const AGENDA_ACTIVITY_LABELS: Record<AgendaActivity, string> = {
  talk: 'Presentation or discussion',
  capture: 'Capture ideas',
  score: 'Score ideas',
  decide: 'Decide',
  'next-steps': 'Next steps',
};

/** 1-5 scores given to each idea in the room. Effort is plotted as is (5 = a lot of work). */
export const IDEA_SCORE_KEYS = ['impact', 'effort'] as const;
export type IdeaScoreKey = (typeof IDEA_SCORE_KEYS)[number];

export const IDEA_SCORE_LABELS: Record<IdeaScoreKey, string> = { impact: 'Impact', effort: 'Effort' };

export const WORKSHOP_STATUSES = ['planned', 'running', 'held'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

export const WORKSHOP_STATUS_LABELS: Record<WorkshopStatus, string> = {
  planned: 'Planned',
  running: 'In progress',
  held: 'Held',
};

export const MAX_AGENDA_ITEMS = 30;
export const MAX_AGENDA_MINUTES = 480;
export const MAX_PARTICIPANTS = 500;
export const MAX_DOTS_PER_PARTICIPANT = 10;
export const DEFAULT_DOTS_PER_PARTICIPANT = 3;
/** What the "+" key adds to the running agenda item. */
export const TIMER_EXTENSION_MS = 5 * 60_000;
