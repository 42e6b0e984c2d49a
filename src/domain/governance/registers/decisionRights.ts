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
  options,
  personField,
  requiredText,
  type RegisterDefinition,
} from './fieldTypes';

/** Register 4: which decisions always require a human, and who may stop the system. */

const S = {
  decision: 'Decision',
  oversight: 'Human oversight',
  recourse: 'Accountability and recourse',
} as const;

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
    {
      key: 'decisionType',
      label: 'Decision',
      kind: 'text',
      section: S.decision,
      hint: 'e.g. "Rejecting a candidate".',
    },
    {
      key: 'aiRole',
      label: 'Role of the AI',
      kind: 'select',
      section: S.decision,
      options: options(AI_ROLES_IN_DECISION, AI_ROLE_IN_DECISION_LABELS),
    },
    {
      key: 'rule',
      label: 'The rule',
      kind: 'textarea',
      section: S.decision,
      wide: true,
      hint: 'In one sentence, e.g. "No candidate is rejected without a recruiter\'s review."',
    },
    {
      key: 'aiSystemIds',
      label: 'AI systems',
      kind: 'links',
      section: S.decision,
      linkTo: ['aiSystems'],
      wide: true,
    },
    {
      key: 'useCaseIds',
      label: 'Use cases',
      kind: 'links',
      section: S.decision,
      linkTo: ['useCases'],
      wide: true,
    },
    {
      key: 'humanApproval',
      label: 'Human approval',
      kind: 'select',
      section: S.oversight,
      options: options(HUMAN_APPROVALS, HUMAN_APPROVAL_LABELS),
    },
    {
      key: 'approvalThreshold',
      label: 'Threshold or sample',
      kind: 'text',
      section: S.oversight,
      hint: 'When approval is above a threshold or by sample.',
    },
    { key: 'approverRole', label: 'Approver role', kind: 'text', section: S.oversight },
    { key: 'killSwitch', label: 'Who may stop the system', kind: 'person', section: S.oversight },
    {
      key: 'accountableWhenWrong',
      label: 'Accountable when the AI errs',
      kind: 'person',
      section: S.recourse,
    },
    {
      key: 'appealRoute',
      label: 'How affected people complain or appeal',
      kind: 'textarea',
      section: S.recourse,
      wide: true,
    },
    { key: 'notes', label: 'Notes', kind: 'textarea', section: S.recourse, wide: true },
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
            message: 'When the AI decides without human approval, first name who is accountable when it errs',
          },
        ]
      : [],
};
