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
  personField,
  requiredText,
  scoreField,
  type RecordIssue,
  type RegisterDefinition,
} from './fieldTypes';
import { fieldsBySection } from './fieldBuilders';
import { tell } from '../../shared/language';

/**
 * Register 7: risks scored for likelihood and severity (1-5) at three levels: inherent (before controls),
 * current (inherent until the treatment's controls are marked in place) and target (after treatment).
 */

const S = { risk: 'Risk', scores: 'Likelihood and severity', treatment: 'Treatment' } as const;
const F = fieldsBySection(S);
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
  controlsInPlace: z
    .boolean({ error: () => tell('Answer whether the controls are in place') })
    .default(false),
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
    F.risk.text('title', 'Title'),
    F.risk.select('category', 'Category', RISK_CATEGORIES, RISK_CATEGORY_LABELS),
    F.risk.textarea('description', 'Description'),
    F.risk.links('aiSystemIds', 'AI systems', ['aiSystems']),
    F.risk.links('useCaseIds', 'Use cases', ['useCases']),
    F.scores.number('likelihoodBefore', 'Inherent likelihood (before controls)', { hint: SCALE_HINT }),
    F.scores.number('severityBefore', 'Inherent severity (before controls)'),
    F.scores.number('likelihoodAfter', 'Target likelihood (after controls)'),
    F.scores.number('severityAfter', 'Target severity (after controls)'),
    F.scores.textarea('controls', 'Controls'),
    F.scores.boolean('controlsInPlace', 'Controls in place', {
      hint: 'Until the controls are in place, the current level is the inherent one; then it is the target.',
    }),
    F.treatment.select('treatment', 'Treatment', RISK_TREATMENTS, RISK_TREATMENT_LABELS),
    F.treatment.person('owner', 'Owner'),
    F.treatment.select('status', 'Status', RISK_STATUSES, RISK_STATUS_LABELS),
    F.treatment.date('dueDate', 'Treatment due', { notInPast: true }),
    F.treatment.date('reviewDate', 'Next review', { notInPast: true }),
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
      ['likelihoodAfter', 'likelihoodBefore', () => tell('Score the likelihood before controls first')],
      ['severityAfter', 'severityBefore', () => tell('Score the severity before controls first')],
    ] as const;
    for (const [after, before, message] of pairs) {
      if (record[after] !== null && record[before] === null) {
        issues.push({ field: after, related: [before], message: message() });
      }
    }
    return issues;
  },
};
