/**
 * Enumerations of the vendor / tool evaluation area, with the labels the UI shows.
 * One place for all of them, so a new value is added once.
 */

export const VENDOR_CATEGORIES = ['llm-platform', 'saas-with-ai', 'custom-build', 'consultancy'] as const;
export type VendorCategory = (typeof VENDOR_CATEGORIES)[number];
export const VENDOR_CATEGORY_LABELS: Record<VendorCategory, string> = {
  'llm-platform': 'LLM platform',
  'saas-with-ai': 'SaaS with AI features',
  'custom-build': 'Custom build',
  consultancy: 'Consultancy',
};

export const CERTIFICATIONS = ['soc2-type2', 'iso27001', 'iso42001'] as const;
export type Certification = (typeof CERTIFICATIONS)[number];
export const CERTIFICATION_LABELS: Record<Certification, string> = {
  'soc2-type2': 'SOC 2 Type II',
  iso27001: 'ISO/IEC 27001',
  iso42001: 'ISO/IEC 42001',
};

/** What the vendor offers as a data processing agreement. */
export const DPA_STATUSES = ['unknown', 'not-available', 'available', 'signed'] as const;
export type DpaStatus = (typeof DPA_STATUSES)[number];
export const DPA_STATUS_LABELS: Record<DpaStatus, string> = {
  unknown: 'Unknown',
  'not-available': 'Not available',
  available: 'Available',
  signed: 'Signed',
};

/** Does the vendor (or its model provider) train on customer data? */
export const TRAINING_POLICIES = ['unknown', 'yes', 'opt-out', 'contractually-no'] as const;
export type TrainingPolicy = (typeof TRAINING_POLICIES)[number];
export const TRAINING_POLICY_LABELS: Record<TrainingPolicy, string> = {
  unknown: 'Unknown',
  yes: 'Yes',
  'opt-out': 'Yes, with opt-out',
  'contractually-no': 'Contractually no',
};

/** A fact that is known to be true, known to be false, or not yet known. */
export const YES_NO_UNKNOWN = ['unknown', 'yes', 'no'] as const;
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];
export const YES_NO_UNKNOWN_LABELS: Record<YesNoUnknown, string> = {
  unknown: 'Unknown',
  yes: 'Yes',
  no: 'No',
};

/** Whether the vendor describes its sub-processors (a knock-out gate when it refuses). */
export const SUB_PROCESSOR_DISCLOSURES = ['unknown', 'disclosed', 'refused'] as const;
export type SubProcessorDisclosure = (typeof SUB_PROCESSOR_DISCLOSURES)[number];
export const SUB_PROCESSOR_DISCLOSURE_LABELS: Record<SubProcessorDisclosure, string> = {
  unknown: 'Unknown',
  disclosed: 'Disclosed',
  refused: 'Refused to disclose',
};

export const EVALUATION_STATUSES = ['draft', 'in-review', 'decided'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
export const EVALUATION_STATUS_LABELS: Record<EvaluationStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  decided: 'Decided',
};

export const VENDOR_DECISIONS = ['selected', 'shortlisted', 'rejected'] as const;
export type VendorDecisionValue = (typeof VENDOR_DECISIONS)[number];
export const VENDOR_DECISION_LABELS: Record<VendorDecisionValue, string> = {
  selected: 'Selected',
  shortlisted: 'Shortlisted',
  rejected: 'Rejected',
};

export const GATE_RESULTS = ['unknown', 'pass', 'fail'] as const;
export type GateResult = (typeof GATE_RESULTS)[number];
export const GATE_RESULT_LABELS: Record<GateResult, string> = {
  unknown: 'Unknown',
  pass: 'Pass',
  fail: 'Fail',
};

export const DD_TOPICS = [
  'data-handling',
  'security-evidence',
  'model-and-product',
  'commercial',
  'exit',
] as const;
export type DdTopic = (typeof DD_TOPICS)[number];
export const DD_TOPIC_LABELS: Record<DdTopic, string> = {
  'data-handling': 'Data handling',
  'security-evidence': 'Security evidence',
  'model-and-product': 'Model and product',
  commercial: 'Commercial',
  exit: 'Exit',
};

export const HISTORY_ACTIONS = [
  'status-changed',
  'decision-recorded',
  'decision-cleared',
  'reopened',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];
export const HISTORY_ACTION_LABELS: Record<HistoryAction, string> = {
  'status-changed': 'Status changed',
  'decision-recorded': 'Decision recorded',
  'decision-cleared': 'Decision cleared',
  reopened: 'Reopened',
};

/** Scores are whole numbers on this scale (the same scale as every 1-5 score of the app). */
export { SCORE_MAX, SCORE_MIN } from '../shared/scoreInput';
export const SCORE_LABELS: Record<number, string> = {
  1: 'Poor',
  2: 'Weak',
  3: 'Adequate',
  4: 'Good',
  5: 'Excellent',
};

/** Criteria weights are percentages and must add up to this. */
export const WEIGHT_TOTAL = 100;
