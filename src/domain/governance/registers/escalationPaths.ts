import { z } from 'zod';
import { ISSUE_TYPE_LABELS, ISSUE_TYPES } from './constants';
import {
  enumField,
  linksField,
  longText,
  optionalText,
  personField,
  requiredText,
  type RegisterDefinition,
} from './fieldTypes';
import { fieldsBySection } from './fieldBuilders';

/** Register 5: per type of issue, who is contacted first, the escalation steps with response times, and who decides. */

const S = { path: 'Path', steps: 'After the first contact' } as const;
const F = fieldsBySection(S);

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
    F.path.text('title', 'Name'),
    F.path.select('issueType', 'Type of issue', ISSUE_TYPES, ISSUE_TYPE_LABELS),
    F.path.person('firstContact', 'First contact'),
    F.path.text('firstResponseTime', 'First response within', { hint: 'e.g. "1 working hour"' }),
    F.path.person('finalDecisionMaker', 'Final decision maker'),
    F.path.links('aiSystemIds', 'AI systems', ['aiSystems']),
    F.steps.steps('steps', 'Escalation steps'),
    F.steps.textarea('notes', 'Notes'),
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
