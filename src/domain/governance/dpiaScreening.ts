import { z } from 'zod';
import { tell } from '../shared/language';

/**
 * DPIA screening (GDPR Art. 35) with the nine criteria of the EDPB-endorsed WP248 guidelines.
 * Processing that meets two or more criteria is likely to require a DPIA.
 */

export const DPIA_CRITERION_IDS = [
  'evaluationScoring',
  'automatedDecision',
  'systematicMonitoring',
  'sensitiveData',
  'largeScale',
  'matchingDatasets',
  'vulnerableSubjects',
  'innovativeTechnology',
  'preventsRightOrService',
] as const;
export type DpiaCriterionId = (typeof DPIA_CRITERION_IDS)[number];

export interface DpiaCriterion {
  id: DpiaCriterionId;
  label: string;
  explanation: string;
}

export const DPIA_CRITERIA: readonly DpiaCriterion[] = [
  {
    id: 'evaluationScoring',
    label: 'Evaluation or scoring',
    explanation:
      'Profiling or predicting aspects of people, e.g. performance at work, reliability, behaviour, economic situation. Ranking or summarising job candidates counts.',
  },
  {
    id: 'automatedDecision',
    label: 'Automated decision with legal or similar effect',
    explanation:
      'Decisions taken by the system that have legal effects on people or affect them similarly significantly, e.g. rejecting an application without human review.',
  },
  {
    id: 'systematicMonitoring',
    label: 'Systematic monitoring',
    explanation:
      "Observing, monitoring or controlling people, e.g. tracking employees' activity or monitoring a publicly accessible area.",
  },
  {
    id: 'sensitiveData',
    label: 'Sensitive or highly personal data',
    explanation:
      'Special categories (health, ethnicity, religion, political views...), criminal records, or highly personal data such as financial data, location or private communications.',
  },
  {
    id: 'largeScale',
    label: 'Large scale',
    explanation: 'Many people, much data, a long duration or a wide geographical reach.',
  },
  {
    id: 'matchingDatasets',
    label: 'Matching or combining datasets',
    explanation:
      'Combining data from different sources or purposes in ways people would not reasonably expect.',
  },
  {
    id: 'vulnerableSubjects',
    label: 'Vulnerable data subjects',
    explanation:
      'People in an unequal relationship with the controller: employees, job candidates, children, patients, elderly people, asylum seekers.',
  },
  {
    id: 'innovativeTechnology',
    label: 'Innovative technology',
    explanation:
      'New technological or organisational solutions whose consequences are not yet well understood. AI systems count.',
  },
  {
    id: 'preventsRightOrService',
    label: 'Prevents exercising a right or using a service',
    explanation:
      'The processing itself can stop people from exercising a right, using a service or entering a contract, e.g. a credit check before a loan.',
  },
];

/** Shown next to the result so the user sees how it was reached. */
export const DPIA_RULE_EXPLANATION =
  'A DPIA is likely required when the processing meets two or more of the nine EDPB/WP248 criteria. One criterion alone can still require a DPIA; record your reasoning either way.';

export const DPIA_LIKELY_THRESHOLD = 2;

export const dpiaSelectionSchema = z.array(
  z.enum(DPIA_CRITERION_IDS, { error: () => tell('Unknown DPIA criterion') }),
);

export interface DpiaScreeningResult {
  /** Number of distinct criteria met. */
  count: number;
  likelyRequired: boolean;
  /** All nine criteria in their standard order, each with whether it was selected. */
  criteria: (DpiaCriterion & { selected: boolean })[];
  /** Ids passed in that are not criteria (ignored in the count). */
  unknownIds: string[];
}

export function screenDpia(selectedCriteriaIds: readonly string[]): DpiaScreeningResult {
  const selected = new Set(selectedCriteriaIds);
  const criteria = DPIA_CRITERIA.map((criterion) => ({ ...criterion, selected: selected.has(criterion.id) }));
  const count = criteria.filter((c) => c.selected).length;
  const known = new Set<string>(DPIA_CRITERION_IDS);
  const unknownIds = [...selected].filter((id) => !known.has(id));
  return { count, likelyRequired: count >= DPIA_LIKELY_THRESHOLD, criteria, unknownIds };
}
