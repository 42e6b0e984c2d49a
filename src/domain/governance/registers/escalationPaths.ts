import { z } from 'zod';
import { ISSUE_TYPE_LABELS, ISSUE_TYPES } from './constants';
import {
  enumField,
  linksField,
  longText,
  optionalText,
  options,
  personField,
  requiredText,
  type RegisterDefinition,
} from './fieldTypes';

/** Register 5: per type of issue, who is contacted first, the escalation steps with response times, and who decides. */

const S = { path: 'Path', steps: 'After the first contact' } as const;

export const escalationStepSchema = z.object({
  contact: requiredText('contact of the step'),
  responseTime: optionalText('response time', 80),
});
export type EscalationStep = z.infer<typeof escalationStepSchema>;

export const escalationPathShape = {
  title: requiredText('name of the escalation path'),
  issueType: enumField(ISSUE_TYPES, ISSUE_TYPE_LABELS, 'type of issue'),
  firstContact: personField('first contact'),
  firstResponseTime: optionalText('first response time', 80),
  steps: z.array(escalationStepSchema).max(20, 'Keep an escalation path under 20 steps'),
  finalDecisionMaker: personField('final decision maker'),
  aiSystemIds: linksField,
  notes: longText('notes'),
};

export const escalationPathsRegister: RegisterDefinition = {
  id: 'escalationPaths',
  slug: 'escalation',
  title: 'Escalation paths',
  singular: 'escalation path',
  description:
    'For each type of issue: who is told first, the escalation steps with response times, and who takes the final decision.',
  shape: escalationPathShape,
  sections: Object.values(S),
  titleField: 'title',
  fields: [
    { key: 'title', label: 'Name', kind: 'text', section: S.path },
    {
      key: 'issueType',
      label: 'Type of issue',
      kind: 'select',
      section: S.path,
      options: options(ISSUE_TYPES, ISSUE_TYPE_LABELS),
    },
    { key: 'firstContact', label: 'First contact', kind: 'person', section: S.path },
    {
      key: 'firstResponseTime',
      label: 'First response within',
      kind: 'text',
      section: S.path,
      hint: 'e.g. "1 working hour"',
    },
    { key: 'finalDecisionMaker', label: 'Final decision maker', kind: 'person', section: S.path },
    {
      key: 'aiSystemIds',
      label: 'AI systems',
      kind: 'links',
      section: S.path,
      linkTo: ['aiSystems'],
      wide: true,
    },
    { key: 'steps', label: 'Escalation steps', kind: 'steps', section: S.steps, wide: true },
    { key: 'notes', label: 'Notes', kind: 'textarea', section: S.steps, wide: true },
  ],
  listColumns: ['title', 'issueType', 'firstContact', 'firstResponseTime', 'finalDecisionMaker'],
  filterFields: ['issueType'],
  createFields: ['title', 'issueType', 'firstContact'],
  defaultSort: { field: 'title', direction: 'asc' },
  defaults: () => ({
    title: '',
    issueType: 'aiError',
    firstContact: '',
    firstResponseTime: '',
    steps: [],
    finalDecisionMaker: '',
    aiSystemIds: [],
    notes: '',
  }),
};
