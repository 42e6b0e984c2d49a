import { POLICY_STATUS_LABELS, POLICY_STATUSES, POLICY_TYPE_LABELS, POLICY_TYPES } from './constants';
import {
  dateField,
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

/** Register 8: the AI policy, the acceptable-use policy and other rules, with versions and review dates. */

const S = { policy: 'Policy', approval: 'Approval and review', text: 'Text' } as const;
const F = fieldsBySection(S);

export const policyShape = {
  title: requiredText('title'),
  policyType: enumField(POLICY_TYPES, POLICY_TYPE_LABELS, 'type of policy'),
  version: optionalText('version', 40),
  owner: personField('owner'),
  approvedBy: personField('approver'),
  effectiveDate: dateField('effective date'),
  reviewDate: dateField('review date'),
  status: enumField(POLICY_STATUSES, POLICY_STATUS_LABELS, 'status'),
  documentReference: optionalText('document reference', 500),
  text: longText('policy text'),
  aiSystemIds: linksField,
};

export const policiesRegister: RegisterDefinition = {
  id: 'policies',
  slug: 'policies',
  title: 'Policies',
  singular: 'policy',
  description:
    'The AI policy, the acceptable-use policy and other rules: version, owner, approval, effective and review dates.',
  shape: policyShape,
  sections: Object.values(S),
  titleField: 'title',
  fields: [
    F.policy.text('title', 'Title'),
    F.policy.select('policyType', 'Type', POLICY_TYPES, POLICY_TYPE_LABELS),
    F.policy.text('version', 'Version'),
    F.policy.person('owner', 'Owner'),
    F.policy.links('aiSystemIds', 'AI systems it governs', ['aiSystems']),
    F.approval.select('status', 'Status', POLICY_STATUSES, POLICY_STATUS_LABELS),
    F.approval.person('approvedBy', 'Approved by'),
    F.approval.date('effectiveDate', 'Effective from'),
    F.approval.date('reviewDate', 'Next review', { notInPast: true }),
    F.text.text('documentReference', 'Document reference', {
      wide: true,
      hint: 'Where the signed version lives, e.g. a file path or intranet page.',
    }),
    F.text.textarea('text', 'Policy text'),
  ],
  listColumns: ['title', 'policyType', 'version', 'status', 'effectiveDate', 'reviewDate'],
  filterFields: ['policyType', 'status'],
  createFields: ['title', 'policyType', 'owner', 'reviewDate'],
  defaultSort: { field: 'title', direction: 'asc' },
  defaults: () => ({
    title: '',
    policyType: 'aiPolicy',
    version: '0.1',
    owner: '',
    approvedBy: '',
    effectiveDate: null,
    reviewDate: null,
    status: 'draft',
    documentReference: '',
    text: '',
    aiSystemIds: [],
  }),
  checks: (record) =>
    record.status === 'approved' && !String(record.approvedBy ?? '').trim()
      ? [
          {
            field: 'status',
            related: ['approvedBy'],
            message: tell('Name who approved the policy before marking it approved'),
          },
        ]
      : [],
};
