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
import { fieldsBySection } from './fieldBuilders';
import { tell } from '../../shared/language';

/** Register 9: AI literacy (EU AI Act Art. 4): who uses which systems, their training and when it is due again. */

const S = { who: 'Who', training: 'Training' } as const;
const HEADCOUNT = { error: () => tell('The number of people must be a whole number from 1 to 10,000') };
const F = fieldsBySection(S);

export const trainingShape = {
  person: requiredText('person or group'),
  headcount: z.number(HEADCOUNT).int(HEADCOUNT).min(1, HEADCOUNT).max(10_000, HEADCOUNT),
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
    F.who.person('person', 'Person or group', {
      hint: 'Use the same name as in the users of the AI systems.',
    }),
    F.who.number('headcount', 'Number of people', { hint: '1 for a person; the size of a group.' }),
    F.who.text('role', 'Role'),
    F.who.links('aiSystemIds', 'AI systems used', ['aiSystems']),
    F.training.text('training', 'Training', {
      hint: 'e.g. "AI basics for recruiters (2 h)". Leave the date empty while not yet trained.',
    }),
    F.training.date('trainingDate', 'Trained on'),
    F.training.date('refreshDue', 'Refresh due', { notInPast: true }),
    F.training.textarea('notes', 'Notes'),
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
        message: tell('Record training once it has taken place: the date is in the future'),
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
        message: tell('The refresh must come after the training'),
      });
    }
    return issues;
  },
};
