import { z } from 'zod';
import {
  linksField,
  longText,
  optionalText,
  peopleField,
  requiredText,
  type RegisterDefinition,
} from './fieldTypes';

/** Register 3: per AI system or process, who is Responsible, Accountable, Consulted and Informed. */

export const RACI_NEEDS_ACCOUNTABLE =
  'A RACI needs an accountable person: name the one person who answers for this system or process';

const S = { scope: 'Scope', roles: 'Roles' } as const;
const PERSON_HINT = 'Name and role, e.g. "Marieke de Vries (Operations Director)".';

export const raciShape = {
  subject: requiredText('AI system or process this RACI covers'),
  aiSystemIds: linksField,
  responsible: peopleField('Responsible'),
  accountable: z
    .string({ error: RACI_NEEDS_ACCOUNTABLE })
    .trim()
    .min(1, RACI_NEEDS_ACCOUNTABLE)
    .max(200, 'Keep the accountable person under 200 characters'),
  consulted: peopleField('Consulted'),
  informed: peopleField('Informed'),
  notes: longText('notes'),
  scope: optionalText('scope'),
};

export const raciEntriesRegister: RegisterDefinition = {
  id: 'raciEntries',
  slug: 'raci',
  title: 'Responsibilities (RACI)',
  singular: 'RACI entry',
  description:
    'Who is Responsible, Accountable, Consulted and Informed for each AI system or process. A system without an accountable person is flagged.',
  shape: raciShape,
  sections: Object.values(S),
  titleField: 'subject',
  fields: [
    { key: 'subject', label: 'AI system or process', kind: 'text', section: S.scope },
    {
      key: 'scope',
      label: 'Activity',
      kind: 'text',
      section: S.scope,
      hint: 'e.g. "Day-to-day use", "Changes to prompts", "Vendor management".',
    },
    {
      key: 'aiSystemIds',
      label: 'AI systems covered',
      kind: 'links',
      section: S.scope,
      linkTo: ['aiSystems'],
      wide: true,
    },
    {
      key: 'accountable',
      label: 'Accountable',
      kind: 'person',
      section: S.roles,
      hint: `One person. ${PERSON_HINT}`,
    },
    {
      key: 'responsible',
      label: 'Responsible',
      kind: 'people',
      section: S.roles,
      wide: true,
      hint: PERSON_HINT,
    },
    { key: 'consulted', label: 'Consulted', kind: 'people', section: S.roles, wide: true },
    { key: 'informed', label: 'Informed', kind: 'people', section: S.roles, wide: true },
    { key: 'notes', label: 'Notes', kind: 'textarea', section: S.roles, wide: true },
  ],
  listColumns: ['subject', 'scope', 'accountable', 'responsible', 'aiSystemIds'],
  filterFields: [],
  createFields: ['subject', 'accountable'],
  defaultSort: { field: 'subject', direction: 'asc' },
  defaults: () => ({
    subject: '',
    scope: '',
    aiSystemIds: [],
    responsible: [],
    accountable: '',
    consulted: [],
    informed: [],
    notes: '',
  }),
};
