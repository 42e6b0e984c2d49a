import { ACTION_STATUS_LABELS, ACTION_STATUSES } from './constants';
import {
  REGISTER_IDS,
  dateField,
  enumField,
  linksField,
  longText,
  personField,
  requiredText,
  type RegisterDefinition,
} from './fieldTypes';
import { fieldsBySection } from './fieldBuilders';

/** Register 11: open actions from any register; overdue ones show on the home screen. */

const S = { action: 'Action', context: 'Related items' } as const;
const F = fieldsBySection(S);

export const governanceActionShape = {
  title: requiredText('action', 300),
  owner: personField('owner'),
  dueDate: dateField('due date'),
  status: enumField(ACTION_STATUSES, ACTION_STATUS_LABELS, 'status'),
  completedDate: dateField('completion date'),
  relatedIds: linksField,
  notes: longText('notes'),
};

export const governanceActionsRegister: RegisterDefinition = {
  id: 'governanceActions',
  slug: 'actions',
  title: 'Actions',
  singular: 'action',
  description:
    'Open actions from any register, with an owner and a due date. Overdue actions show on the home screen.',
  shape: governanceActionShape,
  sections: Object.values(S),
  titleField: 'title',
  fields: [
    F.action.text('title', 'Action', { wide: true }),
    F.action.person('owner', 'Owner'),
    F.action.date('dueDate', 'Due', { notInPast: true }),
    F.action.select('status', 'Status', ACTION_STATUSES, ACTION_STATUS_LABELS),
    F.action.date('completedDate', 'Completed on'),
    F.context.links(
      'relatedIds',
      'Related register items',
      REGISTER_IDS.filter((id) => id !== 'governanceActions'),
    ),
    F.context.textarea('notes', 'Notes'),
  ],
  listColumns: ['title', 'owner', 'dueDate', 'status', 'relatedIds'],
  filterFields: ['status'],
  createFields: ['title', 'owner', 'dueDate'],
  defaultSort: { field: 'dueDate', direction: 'asc' },
  defaults: () => ({
    title: '',
    owner: '',
    dueDate: null,
    status: 'open',
    completedDate: null,
    relatedIds: [],
    notes: '',
  }),
  /** Finishing an action records today as its completion date; reopening clears it. */
  derive: (before, patch, today) => {
    const done = (status: unknown) => status === 'done';
    if (done(patch.status) && !done(before.status) && !before.completedDate && !patch.completedDate)
      return { completedDate: today };
    if (patch.status !== undefined && !done(patch.status) && done(before.status))
      return { completedDate: null };
    return {};
  },
};
