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
import {
  ART34_EXCEPTIONS,
  ART34_EXCEPTION_LABELS,
  GDPR_RISK_LABELS,
  GDPR_RISK_OPTIONS,
  REPORT_STAGES,
  REPORT_STAGE_LABELS,
} from './incidentConstants';
import {
  dateField,
  enumField,
  linksField,
  longText,
  optionalText,
  personField,
  requiredText,
  timestampField,
  type RecordIssue,
  type RegisterDefinition,
} from './fieldTypes';
import { fieldsBySection } from './fieldBuilders';
import { tell } from '../../shared/language';

/** Register 6: incidents and concerns, with the EU AI Act and GDPR reporting regimes and their clocks. */

const S = {
  what: 'What happened',
  aiAct: 'EU AI Act: serious incident (Art. 73)',
  gdpr: 'GDPR: personal-data breach (Art. 33, 34)',
  response: 'Response',
  closure: 'Status',
} as const;
const F = fieldsBySection(S);

export const incidentShape = {
  title: requiredText('title'),
  occurredAt: timestampField('time it occurred'),
  detectedAt: timestampField('time it was detected').refine((value) => value !== null, {
    error: () => tell('Enter when the incident was detected: the reporting clocks start then'),
  }),
  reporter: personField('reporter'),
  aiSystemIds: linksField,
  useCaseIds: linksField,
  /** The risks of the risk register this incident realises: each is asked for a re-score. */
  riskIds: linksField.default([]),
  description: longText('description'),
  type: enumField(INCIDENT_TYPES, INCIDENT_TYPE_LABELS, 'type'),
  severity: enumField(INCIDENT_SEVERITIES, INCIDENT_SEVERITY_LABELS, 'severity'),
  affectedPersons: optionalText('affected persons', 1000),
  aiActSerious: enumField(
    AI_ACT_SERIOUS_OPTIONS,
    AI_ACT_SERIOUS_LABELS,
    'answer whether it is a serious incident under the EU AI Act',
  ),
  aiActAssessment: longText('reasoning of the AI Act assessment'),
  aiActAssessedBy: personField('person who assessed it under the AI Act'),
  providerInformedAt: timestampField('time the provider was informed'),
  aiActReportedAt: timestampField('time it was reported to the authority'),
  aiActReportStage: enumField(REPORT_STAGES, REPORT_STAGE_LABELS, 'kind of AI Act report'),
  aiActCompletedAt: timestampField('time the complete AI Act report was made'),
  personalDataBreach: z.boolean({ error: () => tell('Answer whether personal data was breached') }),
  gdprRisk: enumField(GDPR_RISK_OPTIONS, GDPR_RISK_LABELS, 'risk to people of the breach'),
  gdprAssessment: longText('reasoning of the GDPR risk assessment'),
  gdprAssessedBy: personField('person who assessed the breach'),
  gdprReportedAt: timestampField('time the data-protection authority was notified'),
  gdprReportStage: enumField(REPORT_STAGES, REPORT_STAGE_LABELS, 'kind of GDPR notification'),
  gdprCompletedAt: timestampField('time the notification was completed'),
  art34Exception: enumField(ART34_EXCEPTIONS, ART34_EXCEPTION_LABELS, 'Art. 34(3) exception, or none'),
  art34Reasoning: longText('reasoning on telling the people concerned'),
  dataSubjectsInformedAt: timestampField('time the people concerned were told'),
  containment: longText('containment'),
  useSuspended: z.boolean({ error: () => tell('Answer whether use was suspended') }),
  rootCause: longText('root cause'),
  correctiveActions: longText('corrective actions'),
  lessonsLearned: longText('lessons learned'),
  status: enumField(INCIDENT_STATUSES, INCIDENT_STATUS_LABELS, 'status'),
  closedDate: dateField('closing date'),
};

/**
 * The reporting fields of an incident with the values a record written before they existed gets
 * on read (see `migrateIncident`): nothing assessed, nothing reported. `aiActSerious` of an old
 * record keeps its stored value.
 */
export const INCIDENT_REGIME_DEFAULTS = {
  aiActSerious: 'no',
  aiActAssessment: '',
  aiActAssessedBy: '',
  providerInformedAt: null,
  aiActReportedAt: null,
  aiActReportStage: 'complete',
  aiActCompletedAt: null,
  personalDataBreach: false,
  gdprRisk: 'notAssessed',
  gdprAssessment: '',
  gdprAssessedBy: '',
  gdprReportedAt: null,
  gdprReportStage: 'complete',
  gdprCompletedAt: null,
  art34Exception: 'none',
  art34Reasoning: '',
  dataSubjectsInformedAt: null,
} as const;

export const incidentsRegister: RegisterDefinition = {
  id: 'incidents',
  slug: 'incidents',
  title: 'Incidents and concerns',
  singular: 'incident',
  description:
    'What went wrong or worried someone, how it was contained and learned from, with the reporting clocks of the EU AI Act and the GDPR.',
  shape: incidentShape,
  sections: Object.values(S),
  titleField: 'title',
  fields: [
    F.what.text('title', 'Title'),
    F.what.person('reporter', 'Reported by'),
    F.what.datetime('occurredAt', 'Occurred', { hint: 'Leave empty when not known.' }),
    F.what.datetime('detectedAt', 'Detected (aware)', { hint: 'The reporting clocks start here.' }),
    F.what.select('type', 'Type', INCIDENT_TYPES, INCIDENT_TYPE_LABELS),
    F.what.select('severity', 'Severity', INCIDENT_SEVERITIES, INCIDENT_SEVERITY_LABELS),
    F.what.textarea('description', 'Description'),
    F.what.text('affectedPersons', 'Affected persons', { wide: true }),
    F.what.links('aiSystemIds', 'AI systems', ['aiSystems']),
    F.what.links('useCaseIds', 'Use cases', ['useCases']),
    F.what.links('riskIds', 'Risks it realises', ['risks'], {
      hint: 'Each linked risk is asked for a re-score of its likelihood and severity.',
    }),
    F.aiAct.select(
      'aiActSerious',
      'Serious incident under the EU AI Act?',
      AI_ACT_SERIOUS_OPTIONS,
      AI_ACT_SERIOUS_LABELS,
      {
        hint: 'Art. 3(49): death or serious harm to health, serious and irreversible disruption of critical infrastructure, infringement of fundamental-rights obligations, serious harm to property or the environment.',
      },
    ),
    F.aiAct.textarea('aiActAssessment', 'Reasoning of the AI Act assessment', {
      hint: 'Why it is, or is not, a serious incident. Needed to close the assessment as "not serious".',
    }),
    F.aiAct.person('aiActAssessedBy', 'AI Act assessment decided by'),
    F.aiAct.datetime('providerInformedAt', 'Provider informed', {
      hint: 'A deployer informs the provider first, immediately (Art. 26(5)).',
    }),
    F.aiAct.datetime('aiActReportedAt', 'Reported to the authority', {
      hint: 'The market-surveillance authority. Stops the Art. 73 clock, also when the first report is incomplete.',
    }),
    F.aiAct.select('aiActReportStage', 'AI Act report made', REPORT_STAGES, REPORT_STAGE_LABELS, {
      hint: 'Art. 73(5): an initial, incomplete report may be followed by a complete one.',
    }),
    F.aiAct.datetime('aiActCompletedAt', 'Complete AI Act report made'),
    F.gdpr.boolean('personalDataBreach', 'Personal-data breach (GDPR)', {
      hint: 'Starts the 72-hour clock to the data-protection authority (Art. 33(1)) from when you became aware.',
    }),
    F.gdpr.select('gdprRisk', 'Risk to people (GDPR assessment)', GDPR_RISK_OPTIONS, GDPR_RISK_LABELS, {
      hint: '"Unlikely to result in a risk" stops the clock once the reasoning and who decided are recorded (Art. 33(5)).',
    }),
    F.gdpr.textarea('gdprAssessment', 'Reasoning of the GDPR assessment', {
      hint: 'The facts, the effects and why the risk is as assessed: kept as the Art. 33(5) record.',
    }),
    F.gdpr.person('gdprAssessedBy', 'GDPR assessment decided by'),
    F.gdpr.datetime('gdprReportedAt', 'Data-protection authority notified', {
      hint: 'Stops the GDPR clock, also when the information is given in phases.',
    }),
    F.gdpr.select('gdprReportStage', 'GDPR notification made', REPORT_STAGES, REPORT_STAGE_LABELS, {
      hint: 'Art. 33(4): the information may be given in phases, without undue further delay.',
    }),
    F.gdpr.datetime('gdprCompletedAt', 'GDPR notification completed'),
    F.gdpr.select(
      'art34Exception',
      'Telling the people concerned: exception (Art. 34(3))',
      ART34_EXCEPTIONS,
      ART34_EXCEPTION_LABELS,
      { hint: 'Only matters when the risk to people is high.' },
    ),
    F.gdpr.textarea('art34Reasoning', 'Why (telling the people concerned)'),
    F.gdpr.datetime('dataSubjectsInformedAt', 'People concerned told', {
      hint: 'Art. 34(1): without undue delay, in clear and plain language.',
    }),
    F.response.boolean('useSuspended', 'Use of the system suspended'),
    F.response.textarea('containment', 'Containment'),
    F.response.textarea('rootCause', 'Root cause'),
    F.response.textarea('correctiveActions', 'Corrective actions'),
    F.response.textarea('lessonsLearned', 'Lessons learned'),
    F.closure.select('status', 'Status', INCIDENT_STATUSES, INCIDENT_STATUS_LABELS),
    F.closure.date('closedDate', 'Closed on'),
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
    ...INCIDENT_REGIME_DEFAULTS,
    aiActSerious: 'notAssessed',
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
    if (patch.status === 'closed' && before.status !== 'closed' && !before.closedDate && !patch.closedDate)
      return { closedDate: today };
    if (patch.status !== undefined && patch.status !== 'closed' && before.status === 'closed')
      return { closedDate: null };
    return {};
  },
};

const time = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : Number.NaN);

function incidentChecks(record: Record<string, unknown>, ctx: { today: string }): RecordIssue[] {
  const issues: RecordIssue[] = [];
  const occurred = time(record.occurredAt);
  const detected = time(record.detectedAt);
  if (detected < occurred) {
    issues.push({
      field: 'detectedAt',
      related: ['occurredAt'],
      message: tell('An incident cannot be detected before it occurred: check both times'),
    });
  }
  for (const [field, message] of [
    ['occurredAt', () => tell('The incident cannot have occurred in the future')],
    ['detectedAt', () => tell('The incident cannot have been detected in the future')],
  ] as const) {
    const value = record[field];
    if (typeof value === 'string' && localDateOf(value) > ctx.today)
      issues.push({ field, message: message() });
  }
  for (const [field, message] of [
    ['aiActReportedAt', () => tell('It cannot have been reported to the authority before it was detected')],
    [
      'aiActCompletedAt',
      () => tell('It cannot have been reported in full to the authority before it was detected'),
    ],
    ['providerInformedAt', () => tell('It cannot have been reported to the provider before it was detected')],
    [
      'gdprReportedAt',
      () => tell('It cannot have been notified to the data-protection authority before it was detected'),
    ],
    [
      'gdprCompletedAt',
      () =>
        tell('It cannot have been notified in full to the data-protection authority before it was detected'),
    ],
    [
      'dataSubjectsInformedAt',
      () => tell('It cannot have been communicated to the people concerned before it was detected'),
    ],
  ] as const) {
    if (time(record[field]) < detected) issues.push({ field, related: ['detectedAt'], message: message() });
  }
  for (const [complete, first, message] of [
    [
      'aiActCompletedAt',
      'aiActReportedAt',
      () => tell('The complete AI Act report cannot come before the first one'),
    ],
    [
      'gdprCompletedAt',
      'gdprReportedAt',
      () => tell('The complete GDPR report cannot come before the first one'),
    ],
  ] as const) {
    if (time(record[complete]) < time(record[first]))
      issues.push({ field: complete, related: [first], message: message() });
  }
  if (
    typeof record.closedDate === 'string' &&
    typeof record.detectedAt === 'string' &&
    record.closedDate < localDateOf(record.detectedAt)
  ) {
    issues.push({
      field: 'closedDate',
      related: ['detectedAt'],
      message: tell('An incident cannot be closed before it was detected'),
    });
  }
  return issues;
}
