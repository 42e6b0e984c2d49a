import { z } from 'zod';
import { aiActAnswersSchema } from '../aiActAnswers';
import { storedClassificationSchema } from '../aiSystemClassification';
import { DPIA_CRITERION_IDS } from '../dpiaScreening';
import {
  AI_SYSTEM_STATUS_LABELS,
  AI_SYSTEM_STATUSES,
  DATA_SUBJECT_LABELS,
  DATA_SUBJECTS,
  DEPLOYMENT_LABELS,
  DEPLOYMENTS,
  DPIA_STATUS_LABELS,
  DPIA_STATUSES,
  OVERSIGHT_MODEL_LABELS,
  OVERSIGHT_MODELS,
  YES_NO_UNKNOWN,
  YES_NO_UNKNOWN_LABELS,
} from './constants';
import {
  dateField,
  enumField,
  linksField,
  longText,
  multiEnumField,
  optionalText,
  peopleField,
  personField,
  requiredText,
  tagsField,
  type RegisterDefinition,
} from './fieldTypes';
import { fieldsBySection } from './fieldBuilders';
import { tell } from '../../shared/language';

/** Register 1: every AI tool or system in use or in pilot, and the approved / restricted / banned tools list. */

const S = {
  identity: 'System',
  ownership: 'Ownership and use',
  data: 'Data',
  oversight: 'Oversight and DPIA',
  review: 'Review and links',
} as const;
const F = fieldsBySection(S);

export const aiSystemShape = {
  name: requiredText('name of the system'),
  vendor: optionalText('vendor'),
  product: optionalText('product'),
  modelVersion: optionalText('model and version'),
  purpose: longText('purpose'),
  deployment: enumField(DEPLOYMENTS, DEPLOYMENT_LABELS, 'deployment'),
  status: enumField(AI_SYSTEM_STATUSES, AI_SYSTEM_STATUS_LABELS, 'status'),
  usageConditions: longText('conditions of use'),
  businessOwner: personField('business owner'),
  technicalOwner: personField('technical owner'),
  users: peopleField('users'),
  departments: tagsField('departments'),
  personalData: enumField(YES_NO_UNKNOWN, YES_NO_UNKNOWN_LABELS, 'answer on personal data'),
  specialCategories: enumField(YES_NO_UNKNOWN, YES_NO_UNKNOWN_LABELS, 'answer on special categories'),
  dataSubjects: multiEnumField(DATA_SUBJECTS, 'data subject'),
  dataCategories: tagsField('data categories'),
  humanOversight: enumField(OVERSIGHT_MODELS, OVERSIGHT_MODEL_LABELS, 'human-oversight model'),
  dpiaCriteria: multiEnumField(DPIA_CRITERION_IDS, 'DPIA criterion'),
  dpiaStatus: enumField(DPIA_STATUSES, DPIA_STATUS_LABELS, 'DPIA status'),
  dpiaDate: dateField('DPIA date'),
  dpiaReference: optionalText('DPIA document reference'),
  lastReviewDate: dateField('last review date'),
  nextReviewDate: dateField('next review date'),
  useCaseIds: linksField,
  notes: longText('notes'),
  // Maintained by the classification wizard and panel, not by the generic form.
  classification: storedClassificationSchema.nullable(),
  classificationDraft: aiActAnswersSchema,
  obligationsMet: z.array(z.string()).transform((ids) => [...new Set(ids)]),
  obligationDates: z.array(z.string()),
};

export const aiSystemsRegister: RegisterDefinition = {
  id: 'aiSystems',
  slug: 'ai-systems',
  title: 'AI systems',
  singular: 'AI system',
  description:
    'Every AI tool or system in use or in pilot, with its EU AI Act classification: the approved, restricted and banned tools list.',
  shape: aiSystemShape,
  sections: Object.values(S),
  titleField: 'name',
  fields: [
    F.identity.text('name', 'Name'),
    F.identity.select('status', 'Status', AI_SYSTEM_STATUSES, AI_SYSTEM_STATUS_LABELS, {
      hint: 'Approved, restricted and banned make up the approved tools list. "Follows its use cases": in pilot while a linked use case is in pilot, in use once one is in production.',
    }),
    F.identity.text('vendor', 'Vendor', {
      hint: 'Leave empty to take the vendor chosen for its use cases (vendor decision or pilot charter).',
    }),
    F.identity.text('product', 'Product'),
    F.identity.text('modelVersion', 'Model and version'),
    F.identity.select('deployment', 'Deployment', DEPLOYMENTS, DEPLOYMENT_LABELS),
    F.identity.textarea('purpose', 'Purpose'),
    F.identity.textarea('usageConditions', 'Conditions of use', {
      hint: 'For restricted tools: what may and may not be done with it, e.g. "no candidate data".',
    }),
    F.ownership.person('businessOwner', 'Business owner', {
      hint: 'Accountable on the client side. Leave empty to take the business owners of its use cases.',
    }),
    F.ownership.person('technicalOwner', 'Technical owner'),
    F.ownership.people('users', 'Users', {
      hint: 'People or groups who use it; each needs AI-literacy training (Art. 4).',
    }),
    F.ownership.tags('departments', 'Departments'),
    F.data.select('personalData', 'Personal data?', YES_NO_UNKNOWN, YES_NO_UNKNOWN_LABELS),
    F.data.select('specialCategories', 'Special categories of data?', YES_NO_UNKNOWN, YES_NO_UNKNOWN_LABELS, {
      hint: 'Health, ethnicity, religion, political views, biometrics…',
    }),
    F.data.multiselect('dataSubjects', 'Whose data', DATA_SUBJECTS, DATA_SUBJECT_LABELS),
    F.data.tags('dataCategories', 'Data categories', {
      suggestions: [
        'CVs',
        'Contact details',
        'Work history',
        'E-mail content',
        'Financial data',
        'Images',
        'Sensor data',
      ],
    }),
    F.oversight.select('humanOversight', 'Human-oversight model', OVERSIGHT_MODELS, OVERSIGHT_MODEL_LABELS),
    F.oversight.select('dpiaStatus', 'DPIA status', DPIA_STATUSES, DPIA_STATUS_LABELS),
    F.oversight.date('dpiaDate', 'DPIA date'),
    F.oversight.text('dpiaReference', 'DPIA document reference'),
    F.review.date('lastReviewDate', 'Last review'),
    F.review.date('nextReviewDate', 'Next review', { notInPast: true }),
    F.review.links('useCaseIds', 'Use cases', ['useCases']),
    F.review.textarea('notes', 'Notes'),
  ],
  listColumns: ['name', 'dpiaStatus', 'nextReviewDate'],
  filterFields: ['status', 'dpiaStatus', 'humanOversight'],
  createFields: ['name', 'vendor', 'status', 'businessOwner', 'nextReviewDate'],
  defaultSort: { field: 'name', direction: 'asc' },
  defaults: () => ({
    name: '',
    vendor: '',
    product: '',
    modelVersion: '',
    purpose: '',
    deployment: 'saas',
    status: 'fromUseCases',
    usageConditions: '',
    businessOwner: '',
    technicalOwner: '',
    users: [],
    departments: [],
    personalData: 'unknown',
    specialCategories: 'unknown',
    dataSubjects: [],
    dataCategories: [],
    humanOversight: 'unset',
    dpiaCriteria: [],
    dpiaStatus: 'notScreened',
    dpiaDate: null,
    dpiaReference: '',
    lastReviewDate: null,
    nextReviewDate: null,
    useCaseIds: [],
    notes: '',
    classification: null,
    classificationDraft: {},
    obligationsMet: [],
    obligationDates: [],
  }),
  checks: (record) =>
    record.lastReviewDate &&
    record.nextReviewDate &&
    String(record.nextReviewDate) < String(record.lastReviewDate)
      ? [
          {
            field: 'nextReviewDate',
            related: ['lastReviewDate'],
            message: tell('The next review must come after the last review'),
          },
        ]
      : [],
  /** Marking the DPIA completed records today as its date, unless a date is given. */
  derive: (before, patch, today) =>
    patch.dpiaStatus === 'completed' && !before.dpiaDate && !patch.dpiaDate ? { dpiaDate: today } : {},
};
