import { POLICY_STATUS_LABELS, POLICY_STATUSES, POLICY_TYPE_LABELS, POLICY_TYPES } from './constants';
import {
  dateField,
  enumField,
  linksField,
  longText,
  optionalText,
  options,
  personField,
  requiredText,
  type RegisterDefinition,
} from './fieldTypes';

/** Register 8: the AI policy, the acceptable-use policy and other rules, with versions and review dates. */

const S = { policy: 'Policy', approval: 'Approval and review', text: 'Text' } as const;

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
    { key: 'title', label: 'Title', kind: 'text', section: S.policy },
    {
      key: 'policyType',
      label: 'Type',
      kind: 'select',
      section: S.policy,
      options: options(POLICY_TYPES, POLICY_TYPE_LABELS),
    },
    { key: 'version', label: 'Version', kind: 'text', section: S.policy },
    { key: 'owner', label: 'Owner', kind: 'person', section: S.policy },
    {
      key: 'aiSystemIds',
      label: 'AI systems it governs',
      kind: 'links',
      section: S.policy,
      linkTo: ['aiSystems'],
      wide: true,
    },
    {
      key: 'status',
      label: 'Status',
      kind: 'select',
      section: S.approval,
      options: options(POLICY_STATUSES, POLICY_STATUS_LABELS),
    },
    { key: 'approvedBy', label: 'Approved by', kind: 'person', section: S.approval },
    { key: 'effectiveDate', label: 'Effective from', kind: 'date', section: S.approval },
    { key: 'reviewDate', label: 'Next review', kind: 'date', section: S.approval, notInPast: true },
    {
      key: 'documentReference',
      label: 'Document reference',
      kind: 'text',
      section: S.text,
      wide: true,
      hint: 'Where the signed version lives, e.g. a file path or intranet page.',
    },
    { key: 'text', label: 'Policy text', kind: 'textarea', section: S.text, wide: true },
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
            message: 'Name who approved the policy before marking it approved',
          },
        ]
      : [],
};
