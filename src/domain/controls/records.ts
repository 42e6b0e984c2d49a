/**
 * What a client's controls programme stores: the controls (copied from the library or its own), the
 * applicability decision per requirement, evidence items and reviews. Derived figures (requirement
 * status, coverage, readiness) are computed when read (`coverage.ts`), never stored.
 */

export const CONTROL_STATUSES = ['notStarted', 'inProgress', 'implemented'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];
export const CONTROL_STATUS_LABELS: Record<ControlStatus, string> = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  implemented: 'Implemented',
};

/** Why a requirement is included (ISO/IEC 42001 6.1.3 asks for the justification). */
export const INCLUSION_REASONS = ['riskAssessment', 'legal', 'contractual', 'bestPractice'] as const;
export type InclusionReason = (typeof INCLUSION_REASONS)[number];
export const INCLUSION_REASON_LABELS: Record<InclusionReason, string> = {
  riskAssessment: 'Risk assessment',
  legal: 'Legal or regulatory',
  contractual: 'Contractual',
  bestPractice: 'Best practice',
};

export type Applicability = 'applicable' | 'excluded';

/** Fields shared by a library control and a client's copy of it. */
export interface ControlDefinition {
  title: string;
  description: string;
  /** Framework requirements the control addresses (ids of the framework pack). */
  requirementIds: string[];
  /** Who should own it, as a role ("HR lead"); a client's control also names the person. */
  ownerRole: string;
  evidenceExpected: string;
  /** Months between reviews. */
  reviewIntervalMonths: number;
}

/** A control of the consultant-wide library (no clientId: shared by all clients). */
export interface LibraryControl extends ControlDefinition {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface ClientControl extends ControlDefinition {
  id: string;
  clientId: string;
  /** The library control it was copied from (null for a control made for this client). */
  libraryControlId: string | null;
  status: ControlStatus;
  /** The person who owns it, usually a name from the client's RACI. */
  owner: string;
  riskIds: string[];
  aiSystemIds: string[];
  policyIds: string[];
  /** EU AI Act obligation ids of the rule pack (e.g. `art26.oversight`). */
  obligationIds: string[];
  /** YYYY-MM-DD; set to the last review plus the interval when a review is recorded. */
  nextReviewDate: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** The client's decision on one requirement; no record = not decided yet. */
export interface RequirementDecision {
  id: string;
  clientId: string;
  requirementId: string;
  applicability: Applicability;
  /** For an applicable requirement: why it is included. */
  reasons: InclusionReason[];
  /** Why included (optional detail) or excluded (required). */
  justification: string;
  decidedOn: string;
  createdAt: string;
  updatedAt: string;
}

export interface EvidenceFile {
  name: string;
  /** The type found from the content, not the name. */
  mimeType: string;
  size: number;
  data: Uint8Array;
}

export interface EvidenceItem {
  id: string;
  clientId: string;
  controlId: string;
  title: string;
  kind: 'file' | 'link';
  file: EvidenceFile | null;
  url: string;
  /** YYYY-MM-DD the evidence is from. */
  date: string;
  /** YYYY-MM-DD after which it no longer counts; null = does not expire. */
  validUntil: string | null;
  providedBy: string;
  createdAt: string;
  updatedAt: string;
}

/** Evidence counts on a day when it is dated on or before it and not past its "valid until". */
export function evidenceCurrent(item: Pick<EvidenceItem, 'date' | 'validUntil'>, today: string): boolean {
  return item.date <= today && (item.validUntil === null || item.validUntil >= today);
}

export function evidenceExpired(item: Pick<EvidenceItem, 'validUntil'>, today: string): boolean {
  return item.validUntil !== null && item.validUntil < today;
}

/** Register items (and controls) that can be reviewed on a cycle. */
export const REVIEW_SUBJECT_TABLES = [
  'controls',
  'policies',
  'aiSystems',
  'risks',
  'privacyRecords',
] as const;
export type ReviewSubjectTable = (typeof REVIEW_SUBJECT_TABLES)[number];

export interface ReviewRecord {
  id: string;
  clientId: string;
  subjectTable: ReviewSubjectTable;
  subjectId: string;
  date: string;
  reviewer: string;
  outcome: 'effective' | 'needsImprovement' | 'notEffective';
  note: string;
  createdAt: string;
  updatedAt: string;
}

export interface PolicyAcknowledgement {
  /** The person or group of the AI-literacy register who acknowledged it. */
  trainingRecordId: string;
  person: string;
  date: string;
}

/** One version of a policy's text; the policy register holds the current version number. */
export interface PolicyVersion {
  id: string;
  clientId: string;
  policyId: string;
  version: string;
  date: string;
  text: string;
  changeNote: string;
  acknowledgements: PolicyAcknowledgement[];
  createdAt: string;
  updatedAt: string;
}
