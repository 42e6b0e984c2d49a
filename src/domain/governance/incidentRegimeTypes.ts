import type { IncidentDeadline } from './incidentClocks';

/**
 * The two reporting regimes of an incident, side by side: GDPR Art. 33/34 (personal-data breach)
 * and EU AI Act Art. 73 (serious incident), each with its own state.
 */
export const REGIME_STATES = [
  'notApplicable',
  'toAssess',
  'clockRunning',
  'reported',
  'notNotifiable',
] as const;
export type RegimeState = (typeof REGIME_STATES)[number];
export const REGIME_STATE_LABELS: Record<RegimeState, string> = {
  notApplicable: 'Not applicable',
  toAssess: 'To assess',
  clockRunning: 'Clock running',
  reported: 'Reported',
  notNotifiable: 'Assessed: not notifiable',
};

export type RegimeId = 'gdpr' | 'aiAct';

/** A step of the regime: a report, a report in stages, the provider informed, people told. */
export interface RegimeStep {
  label: string;
  /** The moment it was done; null = still to do. */
  at: string | null;
  detail?: string;
}

/** GDPR Art. 34: telling the people concerned. */
export interface Art34View {
  state: 'notApplicable' | 'toDecide' | 'needed' | 'notNeeded' | 'done';
  label: string;
  why: string;
  doneAt: string | null;
}

export interface RegimeView {
  regime: RegimeId;
  title: string;
  article: string;
  url: string;
  /** Who the duty binds, and the scope it has (tier, from when). */
  binds: string;
  scope: string;
  state: RegimeState;
  /** Why the regime is in this state (tier, date, role, assessment). */
  why: string;
  /** What is still advisable, e.g. telling the provider when Art. 73 does not apply. */
  advice: string | null;
  /** The reporting deadline when one applies. */
  clock: IncidentDeadline | null;
  reportedAt: string | null;
  reportedOnTime: boolean | null;
  /** For "assessed: not notifiable": the reasoning and who decided. */
  decision: { reasoning: string; decidedBy: string } | null;
  steps: RegimeStep[];
  communication?: Art34View;
}
