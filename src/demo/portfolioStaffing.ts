import type { GateDecision, Kpi, Measurement, UseCase } from '../domain/portfolio';
import { DEMO_CLIENT_IDS } from './clients';
import { daysFrom, type DemoContext } from './dates';
import { demoGateDecision, demoKpi, demoMeasurements, demoUseCase } from './portfolioBuild';

/**
 * Brightside Staffing: three pilots (job postings, CV summaries, client emails) at the pilot limit of 3.
 * Job postings was recommended for scale-up at its gate; CV summaries is past its planned end, off track
 * after a summary dropped relevant experience (the incident governance records); client emails is on its way.
 */
export const STAFFING_USE_CASE_IDS = {
  jobAds: 'demo-uc-jobads',
  cvSummaries: 'demo-uc-cvsummaries',
  clientEmails: 'demo-uc-clientemails',
  interviewScheduling: 'demo-uc-interviewscheduling',
  candidateMatching: 'demo-uc-candidatematching',
  interviewEmotion: 'demo-uc-interviewemotion',
} as const;

// The same cast as the governance registers (PEOPLE in governanceStaffing.ts).
const owner = 'Tom Jansen (Head of Recruitment)';

export function staffingPortfolio(ctx: DemoContext): {
  useCases: UseCase[];
  kpis: Kpi[];
  measurements: Measurement[];
  decisions: GateDecision[];
} {
  const c = DEMO_CLIENT_IDS.staffing;
  const ids = STAFFING_USE_CASE_IDS;

  const jobAds = demoUseCase(
    ctx,
    c,
    ids.jobAds,
    'Writing job postings',
    [
      ['idea', 200, 'From the AI quick scan'],
      ['assessment', 175],
      ['pilot', 140, 'Charter signed by the Operations Director'],
      ['evaluation', 14, 'Gate decision: Scale'],
    ],
    {
      process: 'Recruitment — vacancy intake',
      problemStatement:
        'Recruiters spend about 45 minutes writing each job posting from the intake notes; postings vary in quality and sometimes contain exclusionary wording.',
      intendedUse:
        'Draft a job posting from the vacancy intake form and the client brief; the recruiter edits and approves it before publication.',
      outOfScopeUse: 'Publishing without review; using candidate data; writing salary advice.',
      users: '12 recruiters across the IT, logistics and finance desks',
      affectedPersons: ['candidates', 'client companies'],
      businessOwner: owner,
      projectOwner: 'Tom Bakker (Senior Recruiter, IT desk)',
      sponsor: 'Marieke de Vries (Operations Director)',
      scores: { impact: 4, reach: 4, feasibility: 5, dataReadiness: 4, confidence: 4 },
      riskTier: 'limited',
      charter: {
        hypothesis:
          'With GenAI drafting, a recruiter writes a job posting in 15 minutes instead of 45, at equal or better quality (recruiter rating ≥ 4/5).',
        scopeAndUsers:
          '6 recruiters of the IT and logistics desks for the pilot; all 12 recruiters during evaluation.',
        startDate: daysFrom(ctx, -140),
        plannedEndDate: daysFrom(ctx, 30),
        dataRules:
          'Only the vacancy intake form and the client brief. No candidate data, no client personal data, no salary data of individuals.',
        humanOversightRule:
          'The recruiter reviews every draft, checks it against the inclusive-language checklist and approves it before publication.',
        stopConditions:
          'Any published posting with discriminatory wording; recruiter quality rating below 3/5 for two weeks in a row.',
        budgetPlanned: 3600,
        budgetActual: 2950,
        vendorToolName: 'Microsoft 365 Copilot (Word)',
      },
    },
  );

  const cv = demoUseCase(
    ctx,
    c,
    ids.cvSummaries,
    'Summarising CVs',
    [
      ['idea', 200],
      ['assessment', 160, 'High risk (Annex III 4(a)): DPIA started'],
      ['pilot', 115, 'DPIA done; candidate notice added to the application page'],
    ],
    {
      process: 'Recruitment — screening',
      problemStatement:
        'Recruiters read about 400 CVs a month; screening one takes 12 minutes and summaries for clients are written by hand.',
      intendedUse:
        'Summarise a CV into a fixed structure (experience, skills, certificates) that the recruiter checks against the CV before any decision.',
      outOfScopeUse:
        'Ranking, scoring or rejecting candidates; summarising anything beyond the CV; sharing summaries without the recruiter’s check.',
      users: '8 recruiters',
      affectedPersons: ['candidates'],
      businessOwner: owner,
      projectOwner: 'Lotte Hendriks (Recruitment team lead)',
      sponsor: 'Marieke de Vries (Operations Director)',
      scores: { impact: 5, reach: 4, feasibility: 3, dataReadiness: 3, confidence: 3 },
      riskTier: 'high',
      charter: {
        hypothesis:
          'A recruiter screens a CV in 6 minutes instead of 12 without losing relevant experience, and hiring managers accept as many shortlisted candidates.',
        scopeAndUsers:
          '8 recruiters of the IT and finance desks; CVs of candidates who applied after the notice went live.',
        startDate: daysFrom(ctx, -115),
        plannedEndDate: daysFrom(ctx, -8),
        dataRules:
          'CVs of applicants who received the AI notice. No special-category data; photos and dates of birth are removed before upload. EU data location only.',
        humanOversightRule:
          'Every summary is checked against the CV by the recruiter before it is used; the AI never ranks or rejects. The team lead may stop the tool at any time.',
        stopConditions:
          'A summary that changes a screening outcome; any sign of bias by age, gender or origin; a data incident at the vendor.',
        budgetPlanned: 9000,
        budgetActual: 7400,
        vendorToolName: 'CVSense Summaries',
      },
    },
  );

  const emails = demoUseCase(
    ctx,
    c,
    ids.clientEmails,
    'Answering client emails',
    [
      ['idea', 190],
      ['assessment', 130],
      ['pilot', 100, 'Started with the two largest client accounts'],
    ],
    {
      process: 'Account management',
      problemStatement:
        'Account managers spend about 22 hours a week answering routine client emails (availability, rates, timesheets).',
      intendedUse:
        'Draft replies to routine client emails from the CRM and the rate cards; the account manager edits and sends them.',
      outOfScopeUse:
        'Sending without approval; contract or rate negotiations; emails about individual candidates’ performance.',
      users: '4 account managers',
      affectedPersons: ['client companies', 'candidates'],
      businessOwner: 'Mark Visser (Sales Director)',
      projectOwner: 'Eva Mulder (Account Manager)',
      sponsor: 'Marieke de Vries (Operations Director)',
      scores: { impact: 3, reach: 4, feasibility: 4, dataReadiness: 4, confidence: 3 },
      riskTier: 'limited',
      charter: {
        hypothesis:
          'Drafted replies cut the time on routine client emails from 22 to 14 hours a week while client satisfaction with replies rises to 8/10.',
        scopeAndUsers: '4 account managers; the two largest client accounts.',
        startDate: daysFrom(ctx, -100),
        plannedEndDate: daysFrom(ctx, 20),
        dataRules:
          'Email threads of the pilot accounts, the CRM contact record and the rate cards. No candidate CVs or assessments.',
        humanOversightRule:
          'A human approves every outgoing reply; replies say that they were drafted with AI support (transparency, Art. 50).',
        stopConditions:
          'A reply sent with wrong rates or personal data of another client; client complaints about AI replies.',
        budgetPlanned: 2400,
        budgetActual: 900,
        vendorToolName: 'Microsoft 365 Copilot (Outlook)',
      },
    },
  );

  const scheduling = demoUseCase(
    ctx,
    c,
    ids.interviewScheduling,
    'Interview scheduling assistant',
    [['idea', 60, 'Raised by the finance desk']],
    {
      process: 'Recruitment — interviews',
      problemStatement:
        'Scheduling interviews between candidates and client hiring managers takes many emails per vacancy.',
      affectedPersons: ['candidates'],
      scores: { impact: 3, reach: 4, feasibility: 4, dataReadiness: 3, confidence: 2 },
      riskTier: 'minimal',
    },
  );

  const matching = demoUseCase(
    ctx,
    c,
    ids.candidateMatching,
    'Matching candidates to vacancies',
    [
      ['idea', 150],
      ['assessment', 45, 'Needs the CV pilot results first'],
    ],
    {
      process: 'Recruitment — sourcing',
      problemStatement: 'Good candidates in the database are missed for new vacancies.',
      intendedUse:
        'Suggest candidates from the database for a new vacancy; the recruiter decides whom to contact.',
      affectedPersons: ['candidates'],
      businessOwner: owner,
      scores: { impact: 5, reach: 3, feasibility: 2, dataReadiness: 2, confidence: 2 },
      riskTier: 'high',
    },
  );

  const emotion = demoUseCase(
    ctx,
    c,
    ids.interviewEmotion,
    'Emotion analysis in video interviews',
    [
      ['idea', 185, 'Offered by a video-interview vendor'],
      ['stopped', 178, 'Emotion recognition at work is a prohibited practice (EU AI Act Art. 5(1)(f))'],
    ],
    {
      process: 'Recruitment — interviews',
      problemStatement: 'A vendor offered to score candidates’ enthusiasm from video interviews.',
      affectedPersons: ['candidates'],
      businessOwner: owner,
      scores: { impact: 2, reach: 3, feasibility: 4, dataReadiness: 2, confidence: 1 },
      riskTier: 'prohibited',
    },
  );

  const postingTime = demoKpi(ctx, jobAds, 'demo-kpi-jobads-time', 150, {
    name: 'Time to write a job posting',
    definition: 'Recruiters time each posting from opening the intake form to approval; weekly average.',
    unit: 'minutes-per-task',
    direction: 'lower-is-better',
    baselineValue: 45,
    targetValue: 15,
    scaleUpThreshold: 25,
    tasksPerMonth: 80,
  });
  const postingQuality = demoKpi(ctx, jobAds, 'demo-kpi-jobads-quality', 148, {
    name: 'Recruiter rating of posting quality',
    definition: 'Reviewing recruiter rates each published posting 1-5 against the quality checklist.',
    unit: 'score',
    direction: 'higher-is-better',
    baselineValue: 3.2,
    targetValue: 4,
    scaleUpThreshold: 3.8,
    tasksPerMonth: null,
  });
  const cvTime = demoKpi(ctx, cv, 'demo-kpi-cv-time', 120, {
    name: 'Time to screen a CV',
    definition:
      'Sampled weekly: 20 CVs timed per recruiter, including the check of the summary against the CV.',
    unit: 'minutes-per-task',
    direction: 'lower-is-better',
    baselineValue: 12,
    targetValue: 6,
    scaleUpThreshold: 8,
    tasksPerMonth: 400,
  });
  const cvShortlist = demoKpi(ctx, cv, 'demo-kpi-cv-shortlist', 120, {
    name: 'Shortlisted candidates accepted by hiring managers',
    unit: 'percent',
    direction: 'higher-is-better',
    baselineValue: 62,
    targetValue: 70,
    scaleUpThreshold: 66,
    tasksPerMonth: null,
  });
  const emailHours = demoKpi(ctx, emails, 'demo-kpi-emails-hours', 110, {
    name: 'Time spent on routine client emails',
    definition: 'Self-reported by the 4 account managers in the weekly time sheet.',
    unit: 'hours-per-week',
    direction: 'lower-is-better',
    baselineValue: 22,
    targetValue: 14,
    scaleUpThreshold: 17,
    tasksPerMonth: null,
  });
  const emailSatisfaction = demoKpi(ctx, emails, 'demo-kpi-emails-csat', 110, {
    name: 'Client satisfaction with replies',
    definition: 'One-question survey after a resolved thread (0-10).',
    unit: 'score',
    direction: 'higher-is-better',
    baselineValue: 7.4,
    targetValue: 8,
    scaleUpThreshold: 7.7,
    tasksPerMonth: null,
  });

  const measurements = [
    ...demoMeasurements(ctx, postingTime, [
      [125, 38, 'First weeks, prompts still changing'],
      [105, 31],
      [84, 27],
      [63, 24],
      [42, 21],
      [28, 19, 'All six recruiters using the template prompt'],
      [16, 18],
    ]),
    ...demoMeasurements(ctx, postingQuality, [
      [120, 3.4, '', 'medium'],
      [90, 3.7, '', 'medium'],
      [60, 3.9],
      [30, 4.1],
      [16, 4.2],
    ]),
    ...demoMeasurements(ctx, cvTime, [
      [100, 10, 'Learning curve'],
      [78, 8.5],
      [58, 7.5],
      [41, 7.8, 'A summary dropped 3 years of relevant experience; caught by the recruiter', 'medium'],
      [26, 10, 'Every summary now checked line by line against the CV'],
      [10, 10.5],
    ]),
    ...demoMeasurements(ctx, cvShortlist, [
      [90, 63, '', 'medium'],
      [60, 66, '', 'medium'],
      [30, 61, 'Fewer shortlists after the omission incident', 'medium'],
    ]),
    ...demoMeasurements(ctx, emailHours, [
      [90, 21.5],
      [70, 20],
      [50, 18.5],
      [30, 17],
      [12, 16],
    ]),
    ...demoMeasurements(ctx, emailSatisfaction, [
      [80, 7.3, 'Few responses yet', 'low'],
      [60, 7.5, '', 'medium'],
      [20, 7.7, '', 'medium'],
    ]),
  ];
  const kpis = [postingTime, postingQuality, cvTime, cvShortlist, emailHours, emailSatisfaction];

  const decisions = [
    demoGateDecision(
      ctx,
      jobAds,
      'demo-gate-jobads-scale',
      14,
      'pilot',
      'scale',
      'Drafting time is down from 45 to 18 minutes (scale-up threshold 25 met) and recruiters rate quality above 4. No exclusionary wording published. Recommend roll-out to all desks; evaluation confirms the results with the finance desk before structural use.',
      'Marieke de Vries (Operations Director), on the CAIO’s recommendation',
      kpis,
      measurements,
    ),
  ];

  return { useCases: [jobAds, cv, emails, scheduling, matching, emotion], kpis, measurements, decisions };
}
