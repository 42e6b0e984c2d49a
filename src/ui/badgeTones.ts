import type { DisplayTier } from '../domain/governance';
import type { GateDecisionKind, KpiStatus, Stage } from '../domain/portfolio';
import type {
  CriterionStatus,
  DpaStatus,
  EvaluationStatus,
  GateResult,
  TrainingPolicy,
  VendorDecisionValue,
} from '../domain/vendors';
import type { IdeaOutcome } from '../domain/workshops';
import type { SyncState } from '../domain/sync/settings';

/** The five looks a badge can have; every status, tier and stage of the domain is one of them (table below). */
export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** The one table from the domain's own values to badge tones. */
export const BADGE_TONES = {
  stage: {
    idea: 'neutral',
    assessment: 'info',
    pilot: 'info',
    evaluation: 'info',
    structural: 'success',
    retired: 'neutral',
    stopped: 'danger',
    parked: 'warning',
  } satisfies Record<Stage, BadgeTone>,
  // The tier's colour family as on the impact/effort map and the slides (RISK_TIER_COLOURS): high red, limited amber.
  aiActTier: {
    prohibited: 'danger',
    high: 'danger',
    limited: 'warning',
    minimal: 'success',
    unclassified: 'neutral',
  } satisfies Record<DisplayTier, BadgeTone>,
  kpiStatus: {
    'on-track': 'success',
    'at-risk': 'warning',
    'off-track': 'danger',
    'no-data': 'neutral',
  } satisfies Record<KpiStatus, BadgeTone>,
  gateDecision: { scale: 'success', iterate: 'info', stop: 'danger', park: 'warning' } satisfies Record<
    GateDecisionKind,
    BadgeTone
  >,
  ideaOutcome: {
    open: 'neutral',
    'use-case': 'success',
    parked: 'warning',
    dropped: 'neutral',
  } satisfies Record<IdeaOutcome, BadgeTone>,
  evaluationStatus: { draft: 'neutral', 'in-review': 'info', decided: 'success' } satisfies Record<
    EvaluationStatus,
    BadgeTone
  >,
  vendorDecision: { selected: 'success', shortlisted: 'info', rejected: 'danger' } satisfies Record<
    VendorDecisionValue,
    BadgeTone
  >,
  gateResult: { pass: 'success', fail: 'danger', unknown: 'neutral' } satisfies Record<GateResult, BadgeTone>,
  criterionStatus: { verified: 'success', unverified: 'warning', 'not-scored': 'neutral' } satisfies Record<
    CriterionStatus,
    BadgeTone
  >,
  dpa: {
    signed: 'success',
    available: 'info',
    'not-available': 'danger',
    unknown: 'neutral',
  } satisfies Record<DpaStatus, BadgeTone>,
  trainingPolicy: {
    'contractually-no': 'success',
    'opt-out': 'warning',
    yes: 'danger',
    unknown: 'neutral',
  } satisfies Record<TrainingPolicy, BadgeTone>,
  syncState: {
    synced: 'success',
    syncing: 'info',
    pending: 'warning',
    offline: 'neutral',
    error: 'danger',
    paused: 'neutral',
  } satisfies Record<SyncState, BadgeTone>,
  /** Register select values that deserve a colour, by "field-value"; other values are shown as plain text. */
  registerValue: {
    'status-banned': 'danger',
    'severity-verySerious': 'danger',
    'status-restricted': 'warning',
    'severity-serious': 'warning',
    'status-approved': 'success',
    'dpiaStatus-completed': 'success',
  } satisfies Record<string, BadgeTone> as Record<string, BadgeTone | undefined>,
} as const;
