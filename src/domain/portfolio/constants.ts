/**
 * Enumerations of the use-case portfolio, each with a human label map.
 * One place for every typed constant of this area.
 */

/** Lifecycle of a use case. `stopped` and `parked` are exits from the main flow. */
export const STAGES = [
  'idea',
  'assessment',
  'pilot',
  'evaluation',
  'structural',
  'retired',
  'stopped',
  'parked',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  idea: 'Idea',
  assessment: 'Assessment',
  pilot: 'Pilot',
  evaluation: 'Evaluation',
  structural: 'Structural (in production)',
  retired: 'Retired',
  stopped: 'Stopped',
  parked: 'Parked',
};

/** The main flow, in order. A move to a later stage of this list is a move "forward". */
export const MAIN_FLOW: readonly Stage[] = [
  'idea',
  'assessment',
  'pilot',
  'evaluation',
  'structural',
  'retired',
];

/** Stages that count against the client's pilot limit. */
export const ACTIVE_PILOT_STAGES: readonly Stage[] = ['pilot', 'evaluation'];

/** Default maximum number of use cases in pilot + evaluation at once (the client may set another). */
export const DEFAULT_PILOT_LIMIT = 3;

/** EU AI Act risk tier, as it comes from the classification (see eu-ai-act.md). */
export const RISK_TIERS = ['prohibited', 'high', 'limited', 'minimal', 'unclassified'] as const;
export type RiskTier = (typeof RISK_TIERS)[number];

export const RISK_TIER_LABELS: Record<RiskTier, string> = {
  prohibited: 'Prohibited',
  high: 'High risk',
  limited: 'Limited risk (transparency)',
  minimal: 'Minimal risk',
  unclassified: 'Not yet classified',
};

/** The five 1-5 prioritisation scores of a use case. */
export const SCORE_KEYS = ['impact', 'reach', 'feasibility', 'dataReadiness', 'confidence'] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];

export const SCORE_LABELS: Record<ScoreKey, string> = {
  impact: 'Impact',
  reach: 'Reach',
  feasibility: 'Feasibility',
  dataReadiness: 'Data readiness',
  confidence: 'Confidence',
};

/** Impact/effort map quadrants. */
export const QUADRANTS = ['quick-win', 'strategic-bet', 'fill-in', 'time-sink'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  'quick-win': 'Quick win',
  'strategic-bet': 'Strategic bet',
  'fill-in': 'Fill-in',
  'time-sink': 'Time sink',
};

/** The quadrants as a board or a workshop names them (the map of a portfolio uses the singular). */
export const QUADRANT_PLURALS: Record<Quadrant, string> = {
  'quick-win': 'Quick wins',
  'strategic-bet': 'Strategic bets',
  'fill-in': 'Fill-ins',
  'time-sink': 'Time sinks',
};

/** Hard filters, applied before the priority score. */
export const HARD_FILTER_IDS = ['prohibited', 'no-business-owner', 'no-measurable-kpi'] as const;
export type HardFilterId = (typeof HARD_FILTER_IDS)[number];

export const HARD_FILTER_EFFECTS = ['stop', 'park', 'no-pilot'] as const;
export type HardFilterEffect = (typeof HARD_FILTER_EFFECTS)[number];

export const HARD_FILTER_EFFECT_LABELS: Record<HardFilterEffect, string> = {
  stop: 'Stop',
  park: 'Park',
  'no-pilot': 'Cannot enter pilot',
};

export const KPI_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export const KPI_DIRECTION_LABELS: Record<KpiDirection, string> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
};

/**
 * KPI units. Time and money units feed "value realised" in the portfolio overview;
 * per-task units only do so when the KPI records a monthly task volume.
 * Use `other` with a `unitLabel` for anything else.
 */
export const KPI_UNITS = [
  'percent',
  'minutes-per-task',
  'hours-per-task',
  'hours-per-week',
  'hours-per-month',
  'eur-per-task',
  'eur-per-month',
  'eur-per-year',
  'count',
  'score',
  'other',
] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export const KPI_UNIT_LABELS: Record<KpiUnit, string> = {
  percent: '%',
  'minutes-per-task': 'minutes per task',
  'hours-per-task': 'hours per task',
  'hours-per-week': 'hours per week',
  'hours-per-month': 'hours per month',
  'eur-per-task': 'EUR per task',
  'eur-per-month': 'EUR per month',
  'eur-per-year': 'EUR per year',
  count: 'count',
  score: 'score',
  other: 'other',
};

export const MEASUREMENT_CONFIDENCES = ['low', 'medium', 'high'] as const;
export type MeasurementConfidence = (typeof MEASUREMENT_CONFIDENCES)[number];

export const MEASUREMENT_CONFIDENCE_LABELS: Record<MeasurementConfidence, string> = {
  low: 'Low (estimate)',
  medium: 'Medium (sample)',
  high: 'High (measured)',
};

export const KPI_STATUSES = ['on-track', 'at-risk', 'off-track', 'no-data'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

export const KPI_STATUS_LABELS: Record<KpiStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'no-data': 'No data yet',
};

/** Gate decisions taken when a use case leaves pilot or evaluation. */
export const GATE_DECISIONS = ['scale', 'iterate', 'stop', 'park'] as const;
export type GateDecisionKind = (typeof GATE_DECISIONS)[number];

export const GATE_DECISION_LABELS: Record<GateDecisionKind, string> = {
  scale: 'Scale',
  iterate: 'Iterate',
  stop: 'Stop',
  park: 'Park',
};

/** Stages in which a gate decision can be taken. */
export const GATE_STAGES = ['pilot', 'evaluation'] as const;
export type GateStage = (typeof GATE_STAGES)[number];
