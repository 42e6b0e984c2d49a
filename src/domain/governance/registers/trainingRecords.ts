import { z } from 'zod';
import {
  dateField,
  linksField,
  longText,
  optionalText,
  requiredText,
  type RecordIssue,
  type RegisterDefinition,
} from './fieldTypes';

/** Register 9: AI literacy (EU AI Act Art. 4): who uses which systems, their training and when it is due again. */

const S = { who: 'Who', training: 'Training' } as const;

export const trainingShape = {
  person: requiredText('person or group'),
  headcount: z
    .number({ error: 'The number of people must be a whole number from 1 to 10,000' })
    .int('The number of people must be a whole number from 1 to 10,000')
    .min(1, 'The number of people must be a whole number from 1 to 10,000')
    .max(10_000, 'The number of people must be a whole number from 1 to 10,000'),
  role: optionalText('role'),
  aiSystemIds: linksField,
  training: optionalText('training', 300),
  trainingDate: dateField('training date'),
  refreshDue: dateField('refresh date'),
  notes: longText('notes'),
};

export const trainingRecordsRegister: RegisterDefinition = {
  id: 'trainingRecords',
  slug: 'training',
  title: 'AI literacy and training',
  singular: 'training record',
  description:
    'Who uses AI systems, the AI-literacy training they had (EU AI Act Art. 4) and when it is due again. Coverage is the share of AI users with current training.',
  shape: trainingShape,
  sections: Object.values(S),
  titleField: 'person',
  fields: [
    {
      key: 'person',
      label: 'Person or group',
      kind: 'person',
      section: S.who,
      hint: 'Use the same name as in the users of the AI systems.',
    },
    {
      key: 'headcount',
      label: 'Number of people',
      kind: 'number',
      section: S.who,
      hint: '1 for a person; the size of a group.',
    },
    { key: 'role', label: 'Role', kind: 'text', section: S.who },
    {
      key: 'aiSystemIds',
      label: 'AI systems used',
      kind: 'links',
      section: S.who,
      linkTo: ['aiSystems'],
      wide: true,
    },
    {
      key: 'training',
      label: 'Training',
      kind: 'text',
      section: S.training,
      hint: 'e.g. "AI basics for recruiters (2 h)". Leave the date empty while not yet trained.',
    },
    { key: 'trainingDate', label: 'Trained on', kind: 'date', section: S.training },
    { key: 'refreshDue', label: 'Refresh due', kind: 'date', section: S.training, notInPast: true },
    { key: 'notes', label: 'Notes', kind: 'textarea', section: S.training, wide: true },
  ],
  listColumns: ['person', 'headcount', 'role', 'aiSystemIds', 'trainingDate', 'refreshDue'],
  filterFields: [],
  createFields: ['person', 'headcount', 'role', 'training', 'trainingDate'],
  defaultSort: { field: 'person', direction: 'asc' },
  defaults: () => ({
    person: '',
    headcount: 1,
    role: '',
    aiSystemIds: [],
    training: '',
    trainingDate: null,
    refreshDue: null,
    notes: '',
  }),
  checks: (record, ctx) => {
    const issues: RecordIssue[] = [];
    if (typeof record.trainingDate === 'string' && record.trainingDate > ctx.today) {
      issues.push({
        field: 'trainingDate',
        message: 'Record training once it has taken place: the date is in the future',
      });
    }
    if (
      typeof record.trainingDate === 'string' &&
      typeof record.refreshDue === 'string' &&
      record.refreshDue <= record.trainingDate
    ) {
      issues.push({
        field: 'refreshDue',
        related: ['trainingDate'],
        message: 'The refresh must come after the training',
      });
    }
    return issues;
  },
};
