/**
 * Demo story from the product brief: a staffing firm (50 employees) with three pilots -
 * job postings (limited risk), CV summaries (high risk, Annex III 4(a)) and client emails (limited risk).
 */
import type { Kpi, Measurement, PilotCharter, UseCase } from '../../../../src/domain/portfolio';
import { emptyCharter, newUseCase } from '../../../../src/domain/portfolio';

export const CLIENT = 'client-staffing';
export const OTHER_CLIENT = 'client-accountancy';
export const NOW = '2026-03-20T10:00:00.000Z';
export const TODAY = '2026-03-20';

export function completeCharter(overrides: Partial<PilotCharter> = {}): PilotCharter {
  return {
    hypothesis: 'Recruiters draft a job posting in 15 minutes instead of 45, with equal quality.',
    scopeAndUsers: '6 recruiters of the IT and logistics desks',
    startDate: '2026-01-12',
    plannedEndDate: '2026-04-10',
    dataRules: 'Job requirements only; no candidate or client personal data.',
    humanOversightRule: 'A recruiter reviews and approves every posting before publication.',
    stopConditions: 'Two postings published with discriminatory wording, or quality rated below 3/5 twice.',
    budgetPlanned: 4000,
    budgetActual: 1200,
    vendorEvaluationId: 've-copilot',
    aiSystemId: 'ai-copilot',
    ...overrides,
  };
}

export function makeUseCase(overrides: Partial<UseCase> = {}): UseCase {
  const base = newUseCase({ id: 'uc-x', clientId: CLIENT, title: 'Untitled', now: NOW, date: '2025-11-03' });
  const merged: UseCase = {
    ...base,
    businessOwner: 'Sanne de Vries',
    scores: { impact: 3, reach: 3, feasibility: 3, dataReadiness: 3, confidence: 3 },
    riskTier: 'minimal',
    ...overrides,
  };
  // As read: the AI systems linking to the use case (here: the one its charter names).
  return {
    ...merged,
    aiSystemIds: overrides.aiSystemIds ?? (merged.charter.aiSystemId ? [merged.charter.aiSystemId] : []),
  };
}

/** A use case that went idea -> assessment -> pilot. */
function inPilot(id: string, title: string, pilotSince: string, overrides: Partial<UseCase>): UseCase {
  return makeUseCase({
    id,
    title,
    stage: 'pilot',
    stageHistory: [
      { stage: 'idea', date: '2025-11-03', note: 'From the kick-off workshop' },
      { stage: 'assessment', date: '2025-11-24' },
      { stage: 'pilot', date: pilotSince },
    ],
    charter: completeCharter({ startDate: pilotSince }),
    ...overrides,
  });
}

export const jobPostings = inPilot('uc-postings', 'Writing job postings', '2026-01-12', {
  process: 'Recruitment',
  businessOwner: 'Sanne de Vries (Head of Recruitment)',
  projectOwner: 'Tom Bakker',
  sponsor: 'Ilse Jansen (CEO)',
  scores: { impact: 4, reach: 4, feasibility: 5, dataReadiness: 4, confidence: 4 },
  riskTier: 'limited',
  affectedPersons: ['candidates'],
});

export const cvSummaries = inPilot('uc-cv', 'Summarising CVs', '2026-01-19', {
  process: 'Recruitment',
  businessOwner: 'Sanne de Vries (Head of Recruitment)',
  scores: { impact: 5, reach: 3, feasibility: 3, dataReadiness: 3, confidence: 3 },
  riskTier: 'high',
  affectedPersons: ['candidates'],
  charter: completeCharter({
    hypothesis: 'A recruiter screens a CV in 6 minutes instead of 12, without losing relevant experience.',
    startDate: '2026-01-19',
    plannedEndDate: '2026-03-13',
    humanOversightRule: 'A recruiter reviews every summary against the CV before any decision.',
    vendorEvaluationId: 've-cvparse',
    aiSystemId: 'ai-cvparse',
  }),
});

export const clientEmails = inPilot('uc-emails', 'Answering client emails', '2026-02-02', {
  process: 'Account management',
  businessOwner: 'Mark Visser (Sales Director)',
  scores: { impact: 3, reach: 4, feasibility: 4, dataReadiness: 4, confidence: 3 },
  riskTier: 'limited',
  charter: completeCharter({ startDate: '2026-02-02', plannedEndDate: '2026-05-01' }),
});

export const staffingUseCases: UseCase[] = [jobPostings, cvSummaries, clientEmails];

export function makeKpi(overrides: Partial<Kpi> = {}): Kpi {
  return {
    id: 'kpi-x',
    clientId: CLIENT,
    createdAt: NOW,
    updatedAt: NOW,
    useCaseId: 'uc-x',
    name: 'KPI',
    unit: 'minutes-per-task',
    direction: 'lower-is-better',
    baselineValue: 45,
    baselineDate: '2026-01-05',
    targetValue: 15,
    scaleUpThreshold: null,
    tasksPerMonth: null,
    ...overrides,
  };
}

let measurementSeq = 0;
export function makeMeasurement(
  kpi: Kpi,
  date: string,
  value: number,
  overrides: Partial<Measurement> = {},
): Measurement {
  measurementSeq += 1;
  return {
    id: `m-${measurementSeq}`,
    clientId: kpi.clientId,
    createdAt: `${date}T12:00:00.000Z`,
    updatedAt: `${date}T12:00:00.000Z`,
    kpiId: kpi.id,
    useCaseId: kpi.useCaseId,
    date,
    value,
    note: '',
    confidence: 'high',
    ...overrides,
  };
}

export const postingTime = makeKpi({
  id: 'kpi-posting-time',
  useCaseId: 'uc-postings',
  name: 'Time to draft a job posting',
  unit: 'minutes-per-task',
  direction: 'lower-is-better',
  baselineValue: 45,
  baselineDate: '2026-01-05',
  targetValue: 15,
  scaleUpThreshold: 25,
  tasksPerMonth: 80,
});

export const cvScreenTime = makeKpi({
  id: 'kpi-cv-time',
  useCaseId: 'uc-cv',
  name: 'Time to screen a CV',
  unit: 'minutes-per-task',
  direction: 'lower-is-better',
  baselineValue: 12,
  baselineDate: '2026-01-12',
  targetValue: 6,
  scaleUpThreshold: 8,
  tasksPerMonth: 400,
});

export const emailHours = makeKpi({
  id: 'kpi-email-hours',
  useCaseId: 'uc-emails',
  name: 'Time spent on client emails',
  unit: 'hours-per-week',
  direction: 'lower-is-better',
  baselineValue: 20,
  baselineDate: '2026-01-26',
  targetValue: 12,
  scaleUpThreshold: 15,
});

export const emailSatisfaction = makeKpi({
  id: 'kpi-email-csat',
  useCaseId: 'uc-emails',
  name: 'Client satisfaction with replies',
  unit: 'score',
  direction: 'higher-is-better',
  baselineValue: 7.2,
  baselineDate: '2026-01-26',
  targetValue: 8,
  scaleUpThreshold: 7.5,
});

export const staffingKpis: Kpi[] = [postingTime, cvScreenTime, emailHours, emailSatisfaction];

export const staffingMeasurements: Measurement[] = [
  makeMeasurement(postingTime, '2026-02-02', 30, { note: 'Week 3, 12 postings timed' }),
  makeMeasurement(postingTime, '2026-03-02', 20, { note: 'Week 7, 15 postings timed' }),
  makeMeasurement(cvScreenTime, '2026-02-09', 10, { confidence: 'medium' }),
  makeMeasurement(cvScreenTime, '2026-03-09', 11, { note: 'Extra checks after the incident' }),
  makeMeasurement(emailHours, '2026-03-02', 15),
  makeMeasurement(emailSatisfaction, '2026-03-02', 7.6),
];

export { emptyCharter };
