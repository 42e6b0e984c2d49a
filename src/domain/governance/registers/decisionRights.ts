import {
  AI_ROLE_IN_DECISION_LABELS,
  AI_ROLES_IN_DECISION,
  HUMAN_APPROVAL_LABELS,
  HUMAN_APPROVALS,
} from './constants';
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
import { tell } from '../../shared/language';

/** Register 4: which decisions always require a human, and who may stop the system. */

const S = {
  decision: 'Decision',
  oversight: 'Human oversight',
  recourse: 'Accountability and recourse',
} as const;
const F = fieldsBySection(S);

export const decisionRightShape = {
  decisionType: requiredText('decision'),
  rule: longText('rule'),
  aiSystemIds: linksField,
  useCaseIds: linksField,
  aiRole: enumField(AI_ROLES_IN_DECISION, AI_ROLE_IN_DECISION_LABELS, 'role of the AI'),
  humanApproval: enumField(HUMAN_APPROVALS, HUMAN_APPROVAL_LABELS, 'human approval'),
  approvalThreshold: optionalText('threshold or sample'),
  approverRole: optionalText('approver role'),
  killSwitch: personField('person who may stop the system'),
  accountableWhenWrong: personField('person accountable when the AI errs'),
  appealRoute: longText('complaint and appeal route'),
  notes: longText('notes'),
};

export const decisionRightsRegister: RegisterDefinition = {
  id: 'decisionRights',
  slug: 'decision-rights',
  title: 'Decision rights and oversight',
  singular: 'decision right',
  description:
    'Which decisions always require a human, who approves, who may stop the system, and how affected people can complain or appeal.',
  shape: decisionRightShape,
  sections: Object.values(S),
  titleField: 'decisionType',
  fields: [
    F.decision.text('decisionType', 'Decision', { hint: 'e.g. "Rejecting a candidate".' }),
    F.decision.select('aiRole', 'Role of the AI', AI_ROLES_IN_DECISION, AI_ROLE_IN_DECISION_LABELS),
    F.decision.textarea('rule', 'The rule', {
      hint: 'In one sentence, e.g. "No candidate is rejected without a recruiter\'s review."',
    }),
    F.decision.links('aiSystemIds', 'AI systems', ['aiSystems']),
    F.decision.links('useCaseIds', 'Use cases', ['useCases']),
    F.oversight.select('humanApproval', 'Human approval', HUMAN_APPROVALS, HUMAN_APPROVAL_LABELS),
    F.oversight.text('approvalThreshold', 'Threshold or sample', {
      hint: 'When approval is above a threshold or by sample.',
    }),
    F.oversight.text('approverRole', 'Approver role'),
    F.oversight.person('killSwitch', 'Who may stop the system'),
    F.recourse.person('accountableWhenWrong', 'Accountable when the AI errs'),
    F.recourse.textarea('appealRoute', 'How affected people complain or appeal'),
    F.recourse.textarea('notes', 'Notes'),
  ],
  listColumns: ['decisionType', 'aiRole', 'humanApproval', 'approverRole', 'aiSystemIds'],
  filterFields: ['aiRole', 'humanApproval'],
  createFields: ['decisionType', 'aiRole', 'humanApproval'],
  defaultSort: { field: 'decisionType', direction: 'asc' },
  defaults: () => ({
    decisionType: '',
    rule: '',
    aiSystemIds: [],
    useCaseIds: [],
    aiRole: 'suggests',
    humanApproval: 'always',
    approvalThreshold: '',
    approverRole: '',
    killSwitch: '',
    accountableWhenWrong: '',
    appealRoute: '',
    notes: '',
  }),
  checks: (record) =>
    record.aiRole === 'decides' &&
    record.humanApproval === 'none' &&
    !String(record.accountableWhenWrong ?? '').trim()
      ? [
          {
            field: 'humanApproval',
            related: ['aiRole', 'accountableWhenWrong'],
            message: tell(
              'When the AI decides without human approval, first name who is accountable when it errs',
            ),
          },
        ]
      : [],
};
