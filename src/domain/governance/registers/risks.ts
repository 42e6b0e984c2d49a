import { z } from 'zod';
import {
  RISK_CATEGORIES,
  RISK_CATEGORY_LABELS,
  RISK_STATUS_LABELS,
  RISK_STATUSES,
  RISK_TREATMENT_LABELS,
  RISK_TREATMENTS,
} from './constants';
import {
  dateField,
  enumField,
  linksField,
  longText,
  options,
  personField,
  requiredText,
  scoreField,
  type RecordIssue,
  type RegisterDefinition,
} from './fieldTypes';

/**
 * Register 7: risks scored for likelihood and severity (1-5) at three levels: inherent (before controls),
 * current (inherent until the treatment's controls are marked in place) and target (after treatment).
 */

const S = { risk: 'Risk', scores: 'Likelihood and severity', treatment: 'Treatment' } as const;
const SCALE_HINT = '1 = rare / negligible … 5 = almost certain / severe.';

export const riskShape = {
  title: requiredText('title'),
  description: longText('description'),
  category: enumField(RISK_CATEGORIES, RISK_CATEGORY_LABELS, 'category'),
  aiSystemIds: linksField,
  useCaseIds: linksField,
  likelihoodBefore: scoreField('Likelihood'),
  severityBefore: scoreField('Severity'),
  controls: longText('controls'),
  /** The treatment's controls are in place: only then does the current level drop to the target. */
  controlsInPlace: z.boolean({ error: 'Answer whether the controls are in place' }).default(false),
  likelihoodAfter: scoreField('Likelihood after controls'),
  severityAfter: scoreField('Severity after controls'),
  treatment: enumField(RISK_TREATMENTS, RISK_TREATMENT_LABELS, 'treatment'),
  owner: personField('owner'),
  dueDate: dateField('due date'),
  status: enumField(RISK_STATUSES, RISK_STATUS_LABELS, 'status'),
  reviewDate: dateField('review date'),
};

export const risksRegister: RegisterDefinition = {
  id: 'risks',
  slug: 'risks',
  title: 'Risks',
  singular: 'risk',
  description:
    'AI risks scored for likelihood and severity before and after controls, with their treatment and owner, on a 5x5 heat map.',
  shape: riskShape,
  sections: Object.values(S),
  titleField: 'title',
  fields: [
    { key: 'title', label: 'Title', kind: 'text', section: S.risk },
    {
      key: 'category',
      label: 'Category',
      kind: 'select',
      section: S.risk,
      options: options(RISK_CATEGORIES, RISK_CATEGORY_LABELS),
    },
    { key: 'description', label: 'Description', kind: 'textarea', section: S.risk, wide: true },
    {
      key: 'aiSystemIds',
      label: 'AI systems',
      kind: 'links',
      section: S.risk,
      linkTo: ['aiSystems'],
      wide: true,
    },
    {
      key: 'useCaseIds',
      label: 'Use cases',
      kind: 'links',
      section: S.risk,
      linkTo: ['useCases'],
      wide: true,
    },
    {
      key: 'likelihoodBefore',
      label: 'Inherent likelihood (before controls)',
      kind: 'number',
      section: S.scores,
      hint: SCALE_HINT,
    },
    {
      key: 'severityBefore',
      label: 'Inherent severity (before controls)',
      kind: 'number',
      section: S.scores,
    },
    {
      key: 'likelihoodAfter',
      label: 'Target likelihood (after controls)',
      kind: 'number',
      section: S.scores,
    },
    { key: 'severityAfter', label: 'Target severity (after controls)', kind: 'number', section: S.scores },
    { key: 'controls', label: 'Controls', kind: 'textarea', section: S.scores, wide: true },
    {
      key: 'controlsInPlace',
      label: 'Controls in place',
      kind: 'boolean',
      section: S.scores,
      hint: 'Until the controls are in place, the current level is the inherent one; then it is the target.',
    },
    {
      key: 'treatment',
      label: 'Treatment',
      kind: 'select',
      section: S.treatment,
      options: options(RISK_TREATMENTS, RISK_TREATMENT_LABELS),
    },
    { key: 'owner', label: 'Owner', kind: 'person', section: S.treatment },
    {
      key: 'status',
      label: 'Status',
      kind: 'select',
      section: S.treatment,
      options: options(RISK_STATUSES, RISK_STATUS_LABELS),
    },
    { key: 'dueDate', label: 'Treatment due', kind: 'date', section: S.treatment, notInPast: true },
    { key: 'reviewDate', label: 'Next review', kind: 'date', section: S.treatment, notInPast: true },
  ],
  listColumns: [
    'title',
    'category',
    'likelihoodBefore',
    'severityBefore',
    'likelihoodAfter',
    'severityAfter',
    'owner',
    'status',
  ],
  filterFields: ['category', 'status', 'treatment'],
  createFields: ['title', 'category', 'likelihoodBefore', 'severityBefore', 'owner', 'reviewDate'],
  defaultSort: { field: 'title', direction: 'asc' },
  defaults: () => ({
    title: '',
    description: '',
    category: 'accuracy',
    aiSystemIds: [],
    useCaseIds: [],
    likelihoodBefore: null,
    severityBefore: null,
    controls: '',
    controlsInPlace: false,
    likelihoodAfter: null,
    severityAfter: null,
    treatment: 'mitigate',
    owner: '',
    dueDate: null,
    status: 'open',
    reviewDate: null,
  }),
  checks: (record) => {
    const issues: RecordIssue[] = [];
    const pairs = [
      ['likelihoodAfter', 'likelihoodBefore', 'likelihood'],
      ['severityAfter', 'severityBefore', 'severity'],
    ] as const;
    for (const [after, before, label] of pairs) {
      if (record[after] !== null && record[before] === null) {
        issues.push({ field: after, related: [before], message: `Score the ${label} before controls first` });
      }
    }
    return issues;
  },
};
