/** The enumerations of the governance registers, in plain words, in one place. */

export const AI_SYSTEM_STATUSES = [
  'fromUseCases',
  'approved',
  'restricted',
  'banned',
  'inPilot',
  'retired',
] as const;
export type AiSystemStatus = (typeof AI_SYSTEM_STATUSES)[number];
export const AI_SYSTEM_STATUS_LABELS: Record<AiSystemStatus, string> = {
  fromUseCases: 'Follows its use cases',
  approved: 'Approved',
  restricted: 'Restricted',
  banned: 'Banned',
  inPilot: 'In pilot',
  retired: 'Retired',
};
/** Systems that are used (gaps are only flagged for these). */
export const AI_SYSTEM_IN_USE: readonly string[] = ['approved', 'restricted', 'inPilot', 'inUse'];

export const DEPLOYMENTS = ['saas', 'api', 'onPremise', 'embedded'] as const;
export const DEPLOYMENT_LABELS: Record<(typeof DEPLOYMENTS)[number], string> = {
  saas: 'SaaS',
  api: 'API',
  onPremise: 'On-premise',
  embedded: 'Built into another product',
};

export const OVERSIGHT_MODELS = ['unset', 'inTheLoop', 'onTheLoop', 'none'] as const;
export type OversightModel = (typeof OVERSIGHT_MODELS)[number];
export const OVERSIGHT_MODEL_LABELS: Record<OversightModel, string> = {
  unset: 'Not decided',
  inTheLoop: 'Human-in-the-loop (approves each output)',
  onTheLoop: 'Human-on-the-loop (monitors, can intervene)',
  none: 'No human oversight',
};

export const YES_NO_UNKNOWN = ['unknown', 'yes', 'no'] as const;
export const YES_NO_UNKNOWN_LABELS: Record<(typeof YES_NO_UNKNOWN)[number], string> = {
  unknown: 'Not known yet',
  yes: 'Yes',
  no: 'No',
};

export const DATA_SUBJECTS = [
  'candidates',
  'employees',
  'customers',
  'clientStaff',
  'suppliers',
  'public',
  'children',
  'patients',
] as const;
export const DATA_SUBJECT_LABELS: Record<(typeof DATA_SUBJECTS)[number], string> = {
  candidates: 'Candidates',
  employees: 'Employees',
  customers: 'Customers',
  clientStaff: 'Staff of clients',
  suppliers: 'Suppliers',
  public: 'General public',
  children: 'Children',
  patients: 'Patients',
};

export const DPIA_STATUSES = ['notScreened', 'notRequired', 'required', 'inProgress', 'completed'] as const;
export type DpiaStatus = (typeof DPIA_STATUSES)[number];
export const DPIA_STATUS_LABELS: Record<DpiaStatus, string> = {
  notScreened: 'Not screened',
  notRequired: 'Not required',
  required: 'Required, not started',
  inProgress: 'In progress',
  completed: 'Completed',
};

export const LAWFUL_BASES = [
  'unset',
  'consent',
  'contract',
  'legalObligation',
  'vitalInterests',
  'publicTask',
  'legitimateInterests',
] as const;
export const LAWFUL_BASIS_LABELS: Record<(typeof LAWFUL_BASES)[number], string> = {
  unset: 'Not decided',
  consent: 'Consent (Art. 6(1)(a))',
  contract: 'Contract (Art. 6(1)(b))',
  legalObligation: 'Legal obligation (Art. 6(1)(c))',
  vitalInterests: 'Vital interests (Art. 6(1)(d))',
  publicTask: 'Public task (Art. 6(1)(e))',
  legitimateInterests: 'Legitimate interests (Art. 6(1)(f))',
};

export const TRANSFER_MECHANISMS = [
  'none',
  'adequacy',
  'dataPrivacyFramework',
  'scc',
  'bcr',
  'derogation',
  'unknown',
] as const;
export const TRANSFER_MECHANISM_LABELS: Record<(typeof TRANSFER_MECHANISMS)[number], string> = {
  none: 'No transfer outside the EU/EEA',
  adequacy: 'Adequacy decision',
  dataPrivacyFramework: 'EU-US Data Privacy Framework',
  scc: 'Standard contractual clauses',
  bcr: 'Binding corporate rules',
  derogation: 'Derogation (Art. 49)',
  unknown: 'Transfer, mechanism not known',
};

export const DPA_STATUSES = ['none', 'requested', 'signed', 'notNeeded'] as const;
export const DPA_STATUS_LABELS: Record<(typeof DPA_STATUSES)[number], string> = {
  none: 'No DPA',
  requested: 'Requested',
  signed: 'Signed',
  notNeeded: 'Not needed (no processor)',
};

export const AI_ROLES_IN_DECISION = ['suggests', 'drafts', 'decides'] as const;
export const AI_ROLE_IN_DECISION_LABELS: Record<(typeof AI_ROLES_IN_DECISION)[number], string> = {
  suggests: 'Suggests',
  drafts: 'Drafts',
  decides: 'Decides',
};

export const HUMAN_APPROVALS = ['always', 'aboveThreshold', 'bySample', 'none'] as const;
export const HUMAN_APPROVAL_LABELS: Record<(typeof HUMAN_APPROVALS)[number], string> = {
  always: 'Always',
  aboveThreshold: 'Above a threshold',
  bySample: 'By sample',
  none: 'Not required',
};

export const ISSUE_TYPES = [
  'aiError',
  'dataLeak',
  'biasComplaint',
  'vendorOutage',
  'security',
  'misuse',
  'other',
] as const;
export const ISSUE_TYPE_LABELS: Record<(typeof ISSUE_TYPES)[number], string> = {
  aiError: 'AI error',
  dataLeak: 'Data leak',
  biasComplaint: 'Bias complaint',
  vendorOutage: 'Vendor outage',
  security: 'Security issue',
  misuse: 'Misuse',
  other: 'Other',
};

export const INCIDENT_TYPES = [
  'malfunction',
  'wrongOutput',
  'bias',
  'dataLeak',
  'misuse',
  'security',
  'vendorOutage',
] as const;
export const INCIDENT_TYPE_LABELS: Record<(typeof INCIDENT_TYPES)[number], string> = {
  malfunction: 'Malfunction',
  wrongOutput: 'Wrong output',
  bias: 'Bias',
  dataLeak: 'Data leak',
  misuse: 'Misuse',
  security: 'Security',
  vendorOutage: 'Vendor outage',
};

export const INCIDENT_SEVERITIES = ['minor', 'serious', 'verySerious'] as const;
export const INCIDENT_SEVERITY_LABELS: Record<(typeof INCIDENT_SEVERITIES)[number], string> = {
  minor: 'Minor',
  serious: 'Serious',
  verySerious: 'Very serious',
};

export const INCIDENT_STATUSES = ['open', 'investigating', 'mitigated', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  open: 'Open',
  investigating: 'Investigating',
  mitigated: 'Mitigated',
  closed: 'Closed',
};
export const OPEN_INCIDENT_STATUSES: readonly IncidentStatus[] = ['open', 'investigating', 'mitigated'];

/** "Serious incident under the EU AI Act?" not assessed, `no`, or one of the types that set the clock (Art. 73). */
export const AI_ACT_SERIOUS_OPTIONS = [
  'notAssessed',
  'no',
  'death',
  'widespreadInfringement',
  'criticalInfrastructure',
  'other',
] as const;
export type AiActSeriousOption = (typeof AI_ACT_SERIOUS_OPTIONS)[number];
export const AI_ACT_SERIOUS_LABELS: Record<AiActSeriousOption, string> = {
  notAssessed: 'Not assessed yet',
  no: 'No: assessed, not a serious incident',
  death: 'Yes: death of a person (10 days)',
  widespreadInfringement: 'Yes: widespread infringement (2 days)',
  criticalInfrastructure: 'Yes: serious critical-infrastructure disruption (2 days)',
  other: 'Yes: other serious harm (15 days)',
};

export const RISK_CATEGORIES = [
  'privacy',
  'security',
  'bias',
  'accuracy',
  'ip',
  'vendor',
  'legal',
  'reputational',
  'operational',
] as const;
export const RISK_CATEGORY_LABELS: Record<(typeof RISK_CATEGORIES)[number], string> = {
  privacy: 'Privacy',
  security: 'Security',
  bias: 'Bias / fairness',
  accuracy: 'Accuracy / hallucination',
  ip: 'Intellectual property',
  vendor: 'Vendor',
  legal: 'Legal',
  reputational: 'Reputational',
  operational: 'Operational',
};

export const RISK_TREATMENTS = ['mitigate', 'transfer', 'avoid', 'accept'] as const;
export const RISK_TREATMENT_LABELS: Record<(typeof RISK_TREATMENTS)[number], string> = {
  mitigate: 'Mitigate',
  transfer: 'Transfer',
  avoid: 'Avoid',
  accept: 'Accept',
};

export const RISK_STATUSES = ['open', 'treating', 'monitoring', 'closed'] as const;
export const RISK_STATUS_LABELS: Record<(typeof RISK_STATUSES)[number], string> = {
  open: 'Open',
  treating: 'Being treated',
  monitoring: 'Monitoring',
  closed: 'Closed',
};

export const POLICY_TYPES = ['aiPolicy', 'acceptableUse', 'dataHandling', 'procurement', 'other'] as const;
export const POLICY_TYPE_LABELS: Record<(typeof POLICY_TYPES)[number], string> = {
  aiPolicy: 'AI policy',
  acceptableUse: 'Acceptable-use policy',
  dataHandling: 'Data-handling rules',
  procurement: 'AI procurement rules',
  other: 'Other',
};

export const POLICY_STATUSES = ['draft', 'inReview', 'approved', 'retired'] as const;
export const POLICY_STATUS_LABELS: Record<(typeof POLICY_STATUSES)[number], string> = {
  draft: 'Draft',
  inReview: 'In review',
  approved: 'Approved',
  retired: 'Retired',
};

export const ACTION_STATUSES = ['open', 'inProgress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  inProgress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};
export const CLOSED_ACTION_STATUSES: readonly ActionStatus[] = ['done', 'cancelled'];
