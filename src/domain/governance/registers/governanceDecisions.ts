import {
  REGISTER_IDS,
  linksField,
  longText,
  personField,
  requiredDate,
  requiredText,
  type RegisterDefinition,
} from './fieldTypes';
import { fieldsBySection } from './fieldBuilders';
import { tell } from '../../shared/language';

/** Register 10: the governance decisions log. */

const S = { decision: 'Decision', context: 'Related items' } as const;
const F = fieldsBySection(S);

export const governanceDecisionShape = {
  date: requiredDate('date of the decision'),
  decision: requiredText('decision', 500),
  rationale: longText('rationale'),
  decidedBy: personField('decision maker'),
  relatedIds: linksField,
  useCaseIds: linksField,
};

export const governanceDecisionsRegister: RegisterDefinition = {
  id: 'governanceDecisions',
  slug: 'decisions',
  title: 'Decisions log',
  singular: 'decision',
  description:
    'Governance decisions with their date, rationale and who took them, linked to the items they concern.',
  shape: governanceDecisionShape,
  sections: Object.values(S),
  titleField: 'decision',
  fields: [
    F.decision.text('decision', 'Decision', { wide: true }),
    F.decision.date('date', 'Date'),
    F.decision.person('decidedBy', 'Decided by'),
    F.decision.textarea('rationale', 'Rationale'),
    F.context.links(
      'relatedIds',
      'Related register items',
      REGISTER_IDS.filter((id) => id !== 'governanceDecisions'),
    ),
    F.context.links('useCaseIds', 'Use cases', ['useCases']),
  ],
  listColumns: ['date', 'decision', 'decidedBy', 'relatedIds'],
  filterFields: [],
  createFields: ['decision', 'date', 'decidedBy'],
  defaultSort: { field: 'date', direction: 'desc' },
  defaults: (today) => ({
    date: today,
    decision: '',
    rationale: '',
    decidedBy: '',
    relatedIds: [],
    useCaseIds: [],
  }),
  checks: (record, ctx) =>
    typeof record.date === 'string' && record.date > ctx.today
      ? [{ field: 'date', message: tell('Log a decision once it is taken: the date is in the future') }]
      : [],
};
