import {
  REGISTER_IDS,
  linksField,
  longText,
  personField,
  requiredDate,
  requiredText,
  type RegisterDefinition,
} from './fieldTypes';

/** Register 10: the governance decisions log. */

const S = { decision: 'Decision', context: 'Related items' } as const;

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
    { key: 'decision', label: 'Decision', kind: 'text', section: S.decision, wide: true },
    { key: 'date', label: 'Date', kind: 'date', section: S.decision },
    { key: 'decidedBy', label: 'Decided by', kind: 'person', section: S.decision },
    { key: 'rationale', label: 'Rationale', kind: 'textarea', section: S.decision, wide: true },
    {
      key: 'relatedIds',
      label: 'Related register items',
      kind: 'links',
      section: S.context,
      linkTo: REGISTER_IDS.filter((id) => id !== 'governanceDecisions'),
      wide: true,
    },
    {
      key: 'useCaseIds',
      label: 'Use cases',
      kind: 'links',
      section: S.context,
      linkTo: ['useCases'],
      wide: true,
    },
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
      ? [{ field: 'date', message: 'Log a decision once it is taken: the date is in the future' }]
      : [],
};
