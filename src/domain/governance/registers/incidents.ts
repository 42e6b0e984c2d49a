import { z } from 'zod';
import { localDateOf } from '../localDates';
import {
  AI_ACT_SERIOUS_LABELS,
  AI_ACT_SERIOUS_OPTIONS,
  INCIDENT_SEVERITIES,
  INCIDENT_SEVERITY_LABELS,
  INCIDENT_STATUS_LABELS,
  INCIDENT_STATUSES,
  INCIDENT_TYPE_LABELS,
  INCIDENT_TYPES,
} from './constants';
import { dateField, enumField, linksField, longText, optionalText, options, personField, requiredText, timestampField, type RecordIssue, type RegisterDefinition } from './fieldTypes';

/** Register 6: incidents and concerns, with the EU AI Act and GDPR reporting clocks. */

const S = { what: 'What happened', reporting: 'Serious incident and data breach', response: 'Response', closure: 'Status' } as const;

export const incidentShape = {
  title: requiredText('title'),
  occurredAt: timestampField('time it occurred'),
  detectedAt: timestampField('time it was detected').refine((value) => value !== null, 'Enter when the incident was detected: the reporting clocks start then'),
  reporter: personField('reporter'),
  aiSystemIds: linksField,
  useCaseIds: linksField,
  /** The risks of the risk register this incident realises: each is asked for a re-score. */
  riskIds: linksField.default([]),
  description: longText('description'),
  type: enumField(INCIDENT_TYPES, INCIDENT_TYPE_LABELS, 'type'),
  severity: enumField(INCIDENT_SEVERITIES, INCIDENT_SEVERITY_LABELS, 'severity'),
  affectedPersons: optionalText('affected persons', 1000),
  aiActSerious: enumField(AI_ACT_SERIOUS_OPTIONS, AI_ACT_SERIOUS_LABELS, 'answer whether it is a serious incident under the EU AI Act'),
  aiActReportedAt: timestampField('time it was reported to the authority'),
  personalDataBreach: z.boolean({ error: 'Answer whether personal data was breached' }),
  gdprReportedAt: timestampField('time the data-protection authority was notified'),
  containment: longText('containment'),
  useSuspended: z.boolean({ error: 'Answer whether use was suspended' }),
  rootCause: longText('root cause'),
  correctiveActions: longText('corrective actions'),
  lessonsLearned: longText('lessons learned'),
  status: enumField(INCIDENT_STATUSES, INCIDENT_STATUS_LABELS, 'status'),
  closedDate: dateField('closing date'),
};

export const incidentsRegister: RegisterDefinition = {
  id: 'incidents',
  slug: 'incidents',
  title: 'Incidents and concerns',
  singular: 'incident',
  description: 'What went wrong or worried someone, how it was contained and learned from, with the reporting clocks of the EU AI Act and the GDPR.',
  shape: incidentShape,
  sections: Object.values(S),
  titleField: 'title',
  fields: [
    { key: 'title', label: 'Title', kind: 'text', section: S.what },
    { key: 'reporter', label: 'Reported by', kind: 'person', section: S.what },
    { key: 'occurredAt', label: 'Occurred', kind: 'datetime', section: S.what, hint: 'Leave empty when not known.' },
    { key: 'detectedAt', label: 'Detected (aware)', kind: 'datetime', section: S.what, hint: 'The reporting clocks start here.' },
    { key: 'type', label: 'Type', kind: 'select', section: S.what, options: options(INCIDENT_TYPES, INCIDENT_TYPE_LABELS) },
    { key: 'severity', label: 'Severity', kind: 'select', section: S.what, options: options(INCIDENT_SEVERITIES, INCIDENT_SEVERITY_LABELS) },
    { key: 'description', label: 'Description', kind: 'textarea', section: S.what, wide: true },
    { key: 'affectedPersons', label: 'Affected persons', kind: 'text', section: S.what, wide: true },
    { key: 'aiSystemIds', label: 'AI systems', kind: 'links', section: S.what, linkTo: ['aiSystems'], wide: true },
    { key: 'useCaseIds', label: 'Use cases', kind: 'links', section: S.what, linkTo: ['useCases'], wide: true },
    { key: 'riskIds', label: 'Risks it realises', kind: 'links', section: S.what, linkTo: ['risks'], wide: true, hint: 'Each linked risk is asked for a re-score of its likelihood and severity.' },
    { key: 'aiActSerious', label: 'Serious incident under the EU AI Act?', kind: 'select', section: S.reporting, options: options(AI_ACT_SERIOUS_OPTIONS, AI_ACT_SERIOUS_LABELS), hint: 'Art. 3(49), Art. 73: death or serious harm to health, critical infrastructure, fundamental rights, property or environment.' },
    { key: 'aiActReportedAt', label: 'Reported to the authority', kind: 'datetime', section: S.reporting, hint: 'Stops the AI Act clock. A deployer informs the provider first.' },
    { key: 'personalDataBreach', label: 'Personal-data breach (GDPR)', kind: 'boolean', section: S.reporting, hint: 'Starts the 72-hour clock to the data-protection authority (Art. 33).' },
    { key: 'gdprReportedAt', label: 'Data-protection authority notified', kind: 'datetime', section: S.reporting, hint: 'Stops the GDPR clock.' },
    { key: 'useSuspended', label: 'Use of the system suspended', kind: 'boolean', section: S.response },
    { key: 'containment', label: 'Containment', kind: 'textarea', section: S.response, wide: true },
    { key: 'rootCause', label: 'Root cause', kind: 'textarea', section: S.response, wide: true },
    { key: 'correctiveActions', label: 'Corrective actions', kind: 'textarea', section: S.response, wide: true },
    { key: 'lessonsLearned', label: 'Lessons learned', kind: 'textarea', section: S.response, wide: true },
    { key: 'status', label: 'Status', kind: 'select', section: S.closure, options: options(INCIDENT_STATUSES, INCIDENT_STATUS_LABELS) },
    { key: 'closedDate', label: 'Closed on', kind: 'date', section: S.closure },
  ],
  listColumns: ['title', 'detectedAt', 'type', 'severity', 'aiSystemIds', 'status'],
  filterFields: ['status', 'severity', 'type'],
  createFields: ['title', 'occurredAt', 'detectedAt', 'type', 'severity'],
  defaultSort: { field: 'detectedAt', direction: 'desc' },
  defaults: () => ({
    title: '',
    occurredAt: null,
    detectedAt: null,
    reporter: '',
    aiSystemIds: [],
    useCaseIds: [],
    riskIds: [],
    description: '',
    type: 'wrongOutput',
    severity: 'minor',
    affectedPersons: '',
    aiActSerious: 'no',
    aiActReportedAt: null,
    personalDataBreach: false,
    gdprReportedAt: null,
    containment: '',
    useSuspended: false,
    rootCause: '',
    correctiveActions: '',
    lessonsLearned: '',
    status: 'open',
    closedDate: null,
  }),
  checks: incidentChecks,
  /** Closing records today as the closing date; reopening clears it. */
  derive: (before, patch, today) => {
    if (patch.status === 'closed' && before.status !== 'closed' && !before.closedDate && !patch.closedDate) return { closedDate: today };
    if (patch.status !== undefined && patch.status !== 'closed' && before.status === 'closed') return { closedDate: null };
    return {};
  },
};

const time = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : Number.NaN);

function incidentChecks(record: Record<string, unknown>, ctx: { today: string }): RecordIssue[] {
  const issues: RecordIssue[] = [];
  const occurred = time(record.occurredAt);
  const detected = time(record.detectedAt);
  if (detected < occurred) {
    issues.push({ field: 'detectedAt', related: ['occurredAt'], message: 'An incident cannot be detected before it occurred: check both times' });
  }
  for (const [field, label] of [['occurredAt', 'occurred'], ['detectedAt', 'been detected']] as const) {
    const value = record[field];
    if (typeof value === 'string' && localDateOf(value) > ctx.today) issues.push({ field, message: `The incident cannot have ${label} in the future` });
  }
  for (const [field, label] of [['aiActReportedAt', 'reported to the authority'], ['gdprReportedAt', 'notified to the data-protection authority']] as const) {
    if (time(record[field]) < detected) issues.push({ field, related: ['detectedAt'], message: `It cannot have been ${label} before it was detected` });
  }
  if (typeof record.closedDate === 'string' && typeof record.detectedAt === 'string' && record.closedDate < localDateOf(record.detectedAt)) {
    issues.push({ field: 'closedDate', related: ['detectedAt'], message: 'An incident cannot be closed before it was detected' });
  }
  return issues;
}
