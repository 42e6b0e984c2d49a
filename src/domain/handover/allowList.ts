/**
 * What a client receives in a handover (data file and readable document): per table, the fields that
 * leave the machine. Everything else stays: a table not listed here is never handed over, and a field
 * not listed is dropped. Some things leave only when the consultant ticks their category in the
 * preview (off by default). Both the data file and the document are made from what this list lets
 * through (`selectHandoverRecords`), so they can never disagree.
 */
import { BLANK_COMMERCIAL_TERMS } from '../clients/client';

export const HANDOVER_CATEGORIES = [
  'workingNotes',
  'commercialTerms',
  'engagementLog',
  'changeHistory',
  'libraryNotes',
] as const;
export type HandoverCategory = (typeof HANDOVER_CATEGORIES)[number];

export const HANDOVER_CATEGORY_TEXT: Record<HandoverCategory, { label: string; hint: string }> = {
  workingNotes: {
    label: 'Your working notes',
    hint: 'The “Notes” fields of the client profile, registers, evaluations, contracts, workshops and controls.',
  },
  commercialTerms: {
    label: 'Your commercial terms',
    hint: 'Your rate, the agreed hours or days, the engagement start and renewal date.',
  },
  engagementLog: { label: 'Your engagement log', hint: 'Hours per activity, with their notes.' },
  changeHistory: {
    label: 'Change history',
    hint: 'Earlier values of the fields that leave, including text that was later deleted.',
  },
  libraryNotes: {
    label: 'Notes from your vendor library',
    hint: 'Consultant-wide notes on vendors; they may name other clients.',
  },
};

export interface HandoverTableRule {
  /** Fields that always leave (the record's identity and the client-facing content). */
  leaves: readonly string[];
  /** Fields that leave only when their category is ticked. */
  optional?: Partial<Record<HandoverCategory, readonly string[]>>;
  /** The whole table leaves only when this category is ticked. */
  onlyWith?: HandoverCategory;
  /**
   * Fields that never leave (or leave only when ticked), with the value an import fills in when they are
   * absent, so the data file still imports into another workspace and every screen has its field.
   */
  blanks?: Readonly<Record<string, unknown>>;
}

const BASE = ['id', 'clientId', 'createdAt', 'updatedAt'] as const;
const STAMPS = ['id', 'createdAt', 'updatedAt'] as const;
/** The text of a control, as the library holds it and as it is copied into a client's programme. */
const CONTROL_TEXT = [
  'title',
  'description',
  'requirementIds',
  'ownerRole',
  'evidenceExpected',
  'reviewIntervalMonths',
] as const;
const NOTES = { workingNotes: ['notes'] } as const;
const BLANK_NOTES = { notes: '' } as const;

export const HANDOVER_TABLES: Readonly<Record<string, HandoverTableRule>> = {
  clients: {
    leaves: [
      ...STAMPS,
      'name',
      'shortName',
      'sector',
      'employees',
      'country',
      'logo',
      'brandColor',
      'contactName',
      'contactRole',
      'contactEmail',
      'maturity',
      'pilotLimit',
      'reportCadence',
      'reportLanguage',
      'status',
      'isDemo',
    ],
    optional: {
      workingNotes: ['notes'],
      commercialTerms: ['engagementStart', 'agreedAmount', 'agreedUnit', 'rate', 'rateUnit', 'renewalDate'],
    },
    blanks: {
      notes: '',
      ...BLANK_COMMERCIAL_TERMS,
    },
  },
  engagementLog: { onlyWith: 'engagementLog', leaves: [...BASE, 'date', 'hours', 'activity', 'note'] },
  changes: {
    onlyWith: 'changeHistory',
    leaves: [
      'id',
      'clientId',
      'entity',
      'entityId',
      'field',
      'oldValue',
      'newValue',
      'at',
      'by',
      'kind',
      'deviceId',
      'seq',
      'typed',
      'note',
    ],
  },
  /** Board reports as sent: the frozen snapshot also holds the hours used and agreed, so it stays. */
  reports: {
    leaves: [...BASE, 'periodKey', 'slides', 'texts', 'exportedAt', 'version', 'previousVersionId'],
    blanks: { snapshot: null },
  },
  useCases: {
    leaves: [
      ...BASE,
      'title',
      'process',
      'problemStatement',
      'intendedUse',
      'outOfScopeUse',
      'users',
      'affectedPersons',
      'businessOwner',
      'projectOwner',
      'sponsor',
      'stage',
      'stageHistory',
      'scores',
      'riskTier',
      'charter',
      'pilotLimitOverride',
      'unclassifiedPilotReason',
      'aiSystemIds',
      'vendorEvaluationIds',
      'riskIds',
      'incidentIds',
      'decisionRightIds',
      'workshopIdeaId',
    ],
  },
  kpis: {
    leaves: [
      ...BASE,
      'useCaseId',
      'name',
      'definition',
      'unit',
      'unitLabel',
      'direction',
      'baselineValue',
      'baselineDate',
      'targetValue',
      'scaleUpThreshold',
      'tasksPerMonth',
    ],
  },
  kpiMeasurements: { leaves: [...BASE, 'useCaseId', 'kpiId', 'date', 'value', 'note', 'confidence'] },
  gateDecisions: {
    leaves: [...BASE, 'useCaseId', 'date', 'decision', 'fromStage', 'rationale', 'decidedBy', 'evidence'],
  },
  /** Library vendors: only those the client's records refer to; the consultant's notes on them stay. */
  vendorProfiles: {
    leaves: [
      ...STAMPS,
      'name',
      'product',
      'category',
      'website',
      'contact',
      'headquarters',
      'dataLocations',
      'transferMechanism',
      'subProcessors',
      'subProcessorDisclosure',
      'certifications',
      'dpa',
      'trainsOnCustomerData',
      'retention',
      'zeroRetentionOption',
      'encryptionAtRest',
      'sso',
      'pricingModel',
      'exitOptions',
    ],
    optional: { libraryNotes: ['notes'] },
    blanks: BLANK_NOTES,
  },
  evaluations: {
    leaves: [
      ...BASE,
      'useCaseId',
      'aiSystemId',
      'useCaseName',
      'title',
      'permittedLocations',
      'templateId',
      'criteria',
      'gates',
      'ddQuestions',
      'vendors',
      'vendorIds',
      'status',
      'history',
    ],
    optional: NOTES,
    blanks: BLANK_NOTES,
  },
  vendorContracts: {
    leaves: [...BASE, 'vendorId', 'dpaSigned', 'dpaSignedOn', 'contractStart', 'contractEnd', 'noticeBy'],
    optional: NOTES,
    blanks: BLANK_NOTES,
  },
  aiSystems: {
    leaves: [
      ...BASE,
      'name',
      'vendor',
      'product',
      'modelVersion',
      'purpose',
      'deployment',
      'status',
      'usageConditions',
      'businessOwner',
      'technicalOwner',
      'users',
      'departments',
      'personalData',
      'specialCategories',
      'dataSubjects',
      'dataCategories',
      'humanOversight',
      'dpiaCriteria',
      'dpiaStatus',
      'dpiaDate',
      'dpiaReference',
      'lastReviewDate',
      'nextReviewDate',
      'useCaseIds',
      'classification',
      'obligationsMet',
      'obligationDates',
    ],
    optional: NOTES,
    /** A half-done classification is the consultant's working state. */
    blanks: { ...BLANK_NOTES, classificationDraft: {} },
  },
  privacyRecords: {
    leaves: [
      ...BASE,
      'title',
      'owner',
      'purpose',
      'dataCategories',
      'dataSubjects',
      'lawfulBasis',
      'recipients',
      'transferMechanism',
      'transferCountries',
      'retention',
      'dpaStatus',
      'dpaVendor',
      'dpaSignedDate',
      'dpaReference',
      'dpiaCriteria',
      'dpiaStatus',
      'dpiaDate',
      'dpoAdvice',
      'reviewDate',
      'aiSystemIds',
    ],
    optional: NOTES,
    blanks: BLANK_NOTES,
  },
  raciEntries: {
    leaves: [
      ...BASE,
      'subject',
      'scope',
      'aiSystemIds',
      'responsible',
      'accountable',
      'consulted',
      'informed',
    ],
    optional: NOTES,
    blanks: BLANK_NOTES,
  },
  decisionRights: {
    leaves: [
      ...BASE,
      'decisionType',
      'rule',
      'aiSystemIds',
      'useCaseIds',
      'aiRole',
      'humanApproval',
      'approvalThreshold',
      'approverRole',
      'killSwitch',
      'accountableWhenWrong',
      'appealRoute',
    ],
    optional: NOTES,
    blanks: BLANK_NOTES,
  },
  escalationPaths: {
    leaves: [
      ...BASE,
      'title',
      'issueType',
      'firstContact',
      'firstResponseTime',
      'steps',
      'finalDecisionMaker',
      'aiSystemIds',
    ],
    optional: NOTES,
    blanks: BLANK_NOTES,
  },
  incidents: {
    leaves: [
      ...BASE,
      'title',
      'occurredAt',
      'detectedAt',
      'reporter',
      'aiSystemIds',
      'useCaseIds',
      'riskIds',
      'description',
      'type',
      'severity',
      'affectedPersons',
      'aiActSerious',
      'aiActAssessment',
      'aiActAssessedBy',
      'providerInformedAt',
      'aiActReportedAt',
      'aiActReportStage',
      'aiActCompletedAt',
      'personalDataBreach',
      'gdprRisk',
      'gdprAssessment',
      'gdprAssessedBy',
      'gdprReportedAt',
      'gdprReportStage',
      'gdprCompletedAt',
      'art34Exception',
      'art34Reasoning',
      'dataSubjectsInformedAt',
      'containment',
      'useSuspended',
      'rootCause',
      'correctiveActions',
      'lessonsLearned',
      'status',
      'closedDate',
    ],
  },
  risks: {
    leaves: [
      ...BASE,
      'title',
      'description',
      'category',
      'aiSystemIds',
      'useCaseIds',
      'likelihoodBefore',
      'severityBefore',
      'controls',
      'controlsInPlace',
      'likelihoodAfter',
      'severityAfter',
      'treatment',
      'owner',
      'dueDate',
      'status',
      'reviewDate',
    ],
  },
  policies: {
    leaves: [
      ...BASE,
      'title',
      'policyType',
      'version',
      'owner',
      'approvedBy',
      'effectiveDate',
      'reviewDate',
      'status',
      'documentReference',
      'text',
      'aiSystemIds',
    ],
  },
  trainingRecords: {
    leaves: [...BASE, 'person', 'headcount', 'role', 'aiSystemIds', 'training', 'trainingDate', 'refreshDue'],
    optional: NOTES,
    blanks: BLANK_NOTES,
  },
  governanceDecisions: {
    leaves: [...BASE, 'date', 'decision', 'rationale', 'decidedBy', 'relatedIds', 'useCaseIds'],
  },
  governanceActions: {
    leaves: [...BASE, 'title', 'owner', 'dueDate', 'status', 'completedDate', 'relatedIds'],
    optional: NOTES,
    blanks: BLANK_NOTES,
  },
  workshops: {
    leaves: [
      ...BASE,
      'title',
      'date',
      'startTime',
      'location',
      'facilitator',
      'objective',
      'participants',
      'participantCount',
      'agenda',
      'dotsPerParticipant',
      'nextSteps',
      'startedAt',
      'endedAt',
    ],
    optional: NOTES,
    /** Where the facilitation screen stood (timer, selected idea) is this device's state. */
    blanks: { ...BLANK_NOTES, session: null },
  },
  workshopIdeas: {
    leaves: [
      ...BASE,
      'workshopId',
      'number',
      'title',
      'description',
      'process',
      'proposer',
      'theme',
      'impact',
      'effort',
      'votes',
      'outcome',
      'decisionNote',
      'useCaseId',
    ],
  },
  /** Library controls: only those the client's controls were copied from. */
  libraryControls: {
    leaves: [...STAMPS, ...CONTROL_TEXT],
  },
  controlProgrammes: { leaves: [...BASE, 'frameworks', 'scope'] },
  controls: {
    leaves: [
      ...BASE,
      'libraryControlId',
      ...CONTROL_TEXT,
      'status',
      'owner',
      'riskIds',
      'aiSystemIds',
      'policyIds',
      'obligationIds',
      'nextReviewDate',
    ],
    optional: NOTES,
    blanks: BLANK_NOTES,
  },
  requirementDecisions: {
    leaves: [...BASE, 'requirementId', 'applicability', 'reasons', 'justification', 'decidedOn'],
  },
  evidence: {
    leaves: [...BASE, 'controlId', 'title', 'date', 'validUntil', 'providedBy', 'kind', 'url', 'file'],
  },
  reviews: { leaves: [...BASE, 'subjectTable', 'subjectId', 'date', 'reviewer', 'outcome', 'note'] },
  policyVersions: {
    leaves: [...BASE, 'policyId', 'version', 'date', 'text', 'changeNote', 'acknowledgements'],
  },
  questionnaires: {
    leaves: [
      ...BASE,
      'templateId',
      'version',
      'kind',
      'title',
      'intro',
      'audience',
      'sections',
      'expectedResponses',
      'evaluationId',
      'vendorId',
      'prefill',
    ],
  },
  questionnaireResponses: {
    leaves: [
      ...BASE,
      'questionnaireId',
      'questionnaireVersion',
      'respondent',
      'respondentKey',
      'submittedAt',
      'importedAt',
      'answers',
      'applied',
      'checksum',
    ],
  },
};

/** Tables that never leave, with the reason (a table added to the schema must be listed in one of the two). */
export const NEVER_HANDED_OVER: Readonly<Record<string, string>> = {
  settings: 'This device’s settings and the consultant’s preferences.',
  criteriaTemplates:
    'The consultant’s own evaluation templates; each evaluation carries the criteria it used.',
  questionnaireTemplates:
    'The consultant’s template library; each questionnaire carries a snapshot of its questions.',
};

export type HandoverChoices = Readonly<Record<HandoverCategory, boolean>>;

export const NOTHING_EXTRA: HandoverChoices = {
  workingNotes: false,
  commercialTerms: false,
  engagementLog: false,
  changeHistory: false,
  libraryNotes: false,
};

/** The fields of `table` that leave with these choices; null when the table does not leave at all. */
export function fieldsThatLeave(table: string, choices: HandoverChoices): ReadonlySet<string> | null {
  const rule = HANDOVER_TABLES[table];
  if (!rule || (rule.onlyWith && !choices[rule.onlyWith])) return null;
  const ticked = HANDOVER_CATEGORIES.filter((c) => choices[c]).flatMap((c) => rule.optional?.[c] ?? []);
  return new Set([...rule.leaves, ...ticked]);
}

/** On import: a handover record gets the blank value of each field that did not leave (the record's own values win). */
export function completeHandoverRecord(
  table: string,
  record: Record<string, unknown>,
): Record<string, unknown> {
  const blanks = HANDOVER_TABLES[table]?.blanks;
  if (!blanks) return record;
  const missing = Object.entries(blanks).filter(([field]) => !Object.hasOwn(record, field));
  return missing.length === 0
    ? record
    : { ...Object.fromEntries(missing.map(([f, v]) => [f, structuredClone(v)])), ...record };
}
