import { z } from 'zod';
import {
  linksField,
  longText,
  optionalText,
  peopleField,
  requiredText,
  type RegisterDefinition,
} from './fieldTypes';
import { fieldsBySection } from './fieldBuilders';
import { tell } from '../../shared/language';

/** Register 3: per AI system or process, who is Responsible, Accountable, Consulted and Informed. */

export const RACI_NEEDS_ACCOUNTABLE =
  'A RACI needs an accountable person: name the one person who answers for this system or process';
const needsAccountable = {
  error: () =>
    tell('A RACI needs an accountable person: name the one person who answers for this system or process'),
};

const S = { scope: 'Scope', roles: 'Roles' } as const;
const F = fieldsBySection(S);
const PERSON_HINT = 'Name and role, e.g. "Marieke de Vries (Operations Director)".';

export const raciShape = {
  subject: requiredText('AI system or process this RACI covers'),
  aiSystemIds: linksField,
  responsible: peopleField('Responsible'),
  accountable: z
    .string(needsAccountable)
    .trim()
    .min(1, needsAccountable)
    .max(200, { error: () => tell('Keep the accountable person under 200 characters') }),
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
    F.scope.text('subject', 'AI system or process'),
    F.scope.text('scope', 'Activity', {
      hint: 'e.g. "Day-to-day use", "Changes to prompts", "Vendor management".',
    }),
    F.scope.links('aiSystemIds', 'AI systems covered', ['aiSystems']),
    F.roles.person('accountable', 'Accountable', { hint: `One person. ${PERSON_HINT}` }),
    F.roles.people('responsible', 'Responsible', { hint: PERSON_HINT }),
    F.roles.people('consulted', 'Consulted'),
    F.roles.people('informed', 'Informed'),
    F.roles.textarea('notes', 'Notes'),
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
