import {
  createEvaluation,
  DEFAULT_GATE_IDS,
  setGateResult,
  setScore,
  VendorProfileSchema,
  type Evaluation,
  type EvaluationChange,
  type VendorProfile,
} from '../../../../src/domain/vendors';

/**
 * The demo story: Brightside Staffing (50 employees) evaluates three fictional vendors for
 * summarising CVs. TalentLens has the highest raw score but trains on customer data without opt-out;
 * CVSense wins on data handling; Summa HR is a solid middle option.
 */

export const T0 = '2025-03-03T09:00:00.000Z';
export const T1 = '2025-03-10T14:30:00.000Z';
export const T2 = '2025-03-17T10:00:00.000Z';

export const CLIENTS = [
  { id: 'client-brightside', name: 'Brightside Staffing' },
  { id: 'client-ledger', name: 'Ledger & Co Accountants' },
];

export function profile(fields: Partial<VendorProfile> & Pick<VendorProfile, 'id' | 'name'>): VendorProfile {
  return VendorProfileSchema.parse({ category: 'saas-with-ai', createdAt: T0, updatedAt: T0, ...fields });
}

export const TALENTLENS = profile({
  id: 'v-talentlens',
  name: 'TalentLens AI',
  product: 'TalentLens Recruit',
  headquarters: 'US (Delaware)',
  dataLocations: ['US'],
  dpa: 'available',
  trainsOnCustomerData: 'yes',
  encryptionAtRest: 'yes',
  subProcessors: [
    { name: 'OpenModel Inc.', purpose: 'LLM inference', location: 'US', isModelProvider: true },
  ],
  subProcessorDisclosure: 'disclosed',
});

export const CVSENSE = profile({
  id: 'v-cvsense',
  name: 'CVSense',
  product: 'CVSense Summaries',
  headquarters: 'Netherlands',
  dataLocations: ['EU (Amsterdam)'],
  dpa: 'signed',
  trainsOnCustomerData: 'contractually-no',
  zeroRetentionOption: 'yes',
  encryptionAtRest: 'yes',
  certifications: ['iso27001', 'iso42001'],
  subProcessors: [
    { name: 'EuroLLM Cloud', purpose: 'LLM inference', location: 'EU (Paris)', isModelProvider: true },
  ],
  subProcessorDisclosure: 'disclosed',
});

export const SUMMA = profile({
  id: 'v-summa',
  name: 'Summa HR',
  category: 'llm-platform',
  headquarters: 'Ireland',
  dataLocations: ['EU (Dublin)', 'US'],
  transferMechanism: 'SCCs',
  dpa: 'available',
  trainsOnCustomerData: 'opt-out',
  encryptionAtRest: 'yes',
  certifications: ['soc2-type2'],
});

export const PROFILES = [TALENTLENS, CVSENSE, SUMMA];

/** Scores per default criterion: quality, security, integration, tco, support, viability, compliance. */
const SCORES: Record<string, [number, number, number, number, number, number, number]> = {
  'v-talentlens': [5, 2, 5, 4, 4, 4, 3], // 3.95
  'v-cvsense': [4, 5, 3, 3, 4, 3, 5], // 3.85
  'v-summa': [4, 4, 4, 3, 3, 3, 3], // 3.60
};
const CRITERIA = ['quality', 'security', 'integration', 'tco', 'support', 'viability', 'compliance'];

export function unwrap(change: EvaluationChange): Evaluation {
  if (!change.ok) throw new Error(`Expected ok, got: ${change.reasons.join(' | ')}`);
  return change.evaluation;
}

/** A fresh draft with the three vendors and no scores. */
export function draftEvaluation(): Evaluation {
  return unwrap(
    createEvaluation(
      {
        clientId: 'client-brightside',
        useCaseId: 'uc-cv-summaries',
        title: 'CV summarisation tool',
        vendorIds: PROFILES.map((p) => p.id),
      },
      T0,
      () => 'eval-cv',
    ),
  );
}

/** The draft scored with evidence (TalentLens' support score has none) and the training gate confirmed. */
export function scoredEvaluation(): Evaluation {
  let evaluation = draftEvaluation();
  for (const [vendorId, scores] of Object.entries(SCORES)) {
    scores.forEach((score, i) => {
      const unverified = vendorId === 'v-talentlens' && CRITERIA[i] === 'support';
      const evidence = unverified ? '' : `Trial on 40 anonymised CVs, criterion ${CRITERIA[i]}`;
      evaluation = unwrap(setScore(evaluation, vendorId, CRITERIA[i], { score, evidence }, T1));
    });
  }
  evaluation = unwrap(
    setGateResult(
      evaluation,
      'v-talentlens',
      DEFAULT_GATE_IDS.training,
      { result: 'fail', note: 'Terms s.7: CVs are used to improve models; no opt-out offered.' },
      T1,
    ),
  );
  for (const vendorId of ['v-cvsense', 'v-summa']) {
    evaluation = unwrap(
      setGateResult(evaluation, vendorId, DEFAULT_GATE_IDS.training, { result: 'pass', note: '' }, T1),
    );
  }
  return evaluation;
}
