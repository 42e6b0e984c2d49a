import type { DemoContext } from './dates';
import { DEMO_CLIENT_IDS } from './clients';
import { day, demoRows, moment, type SeedRecords } from './governanceHelpers';
import { PEOPLE as P, STAFFING_IDS as I } from './governanceStaffing';

/**
 * Brightside Staffing's governance, part 2: the incident of the CV summary that dropped relevant
 * experience (and a live personal-data breach clock), risks on the heat map, the acceptable-use
 * policy, training records, decisions and actions.
 */

const C = DEMO_CLIENT_IDS.staffing;

const AUP_TEXT = `1. Use only AI tools on the approved tools list. Restricted tools only under their conditions of use; banned tools never.
2. Never put candidate data (CVs, assessments, contact details) into a tool that is not approved for it.
3. A person reviews every AI output before it reaches a candidate or client, and stays responsible for it.
4. No decision about a candidate is taken by AI alone.
5. Tell people when they deal with AI-generated content where this is not obvious.
6. Report mistakes, strange outputs and data leaks at once to your manager or the privacy officer.
7. Complete the AI-literacy training before using AI tools at work.`;

function incidents(ctx: DemoContext): SeedRecords {
  return demoRows(
    ctx,
    C,
    [
      [
        'incidents',
        'demo-inc-cvomission',
        {
          title: 'CV summary dropped relevant experience',
          riskIds: ['demo-risk-omission'],
          occurredAt: moment(ctx, -24, '10:30'),
          detectedAt: moment(ctx, -23, '14:10'),
          reporter: P.sanne,
          aiSystemIds: [I.cv],
          useCaseIds: ['demo-uc-cvsummaries'],
          description:
            'The summary of a candidate for the logistics-planner vacancy left out six years of planning experience listed under "Freelance". The recruiter noticed when reading the full CV before the shortlist call; the candidate was shortlisted.',
          type: 'wrongOutput',
          severity: 'serious',
          affectedPersons: '1 candidate (no harm: caught before a decision)',
          containment:
            'Recruiters reminded to read every full CV before shortlisting; summaries of CVs with freelance work double-checked for two weeks.',
          rootCause:
            'The prompt treated "Freelance" entries as side activities and the length limit cut them from the summary.',
          correctiveActions:
            'Vendor changed the prompt to keep all work experience and raised the length limit; 40 earlier summaries re-checked, no other omissions found.',
          lessonsLearned:
            'Human review of every summary works and stays mandatory. Omission checks are now part of the monthly sample review.',
          status: 'closed',
          closedDate: day(ctx, -12),
        },
      ],
      [
        'incidents',
        'demo-inc-wrongrecipient',
        {
          title: 'CV of a candidate sent to the wrong client',
          riskIds: ['demo-risk-leak'],
          occurredAt: moment(ctx, -1, '16:05'),
          detectedAt: moment(ctx, -1, '16:20'),
          reporter: 'Account manager (client service)',
          aiSystemIds: [I.emails],
          useCaseIds: ['demo-uc-clientemails'],
          description:
            'A drafted reply to a client suggested an attachment: the CV of a candidate proposed to another client. The account manager sent it before noticing.',
          type: 'dataLeak',
          severity: 'serious',
          affectedPersons: '1 candidate',
          personalDataBreach: true,
          containment:
            'The recipient confirmed deletion in writing; attachment suggestions switched off for all account managers.',
          status: 'investigating',
        },
      ],
    ],
    20,
  );
}

function risks(ctx: DemoContext): SeedRecords {
  // Risks being monitored have their controls in place; the others are still being treated.
  const risk = (id: string, fields: Record<string, unknown>) =>
    ['risks', id, { controlsInPlace: fields.status === 'monitoring', ...fields }] as const;
  return demoRows(
    ctx,
    C,
    [
      risk('demo-risk-omission', {
        title: 'Summaries omit or distort relevant experience',
        category: 'accuracy',
        aiSystemIds: [I.cv],
        useCaseIds: ['demo-uc-cvsummaries'],
        likelihoodBefore: 4,
        severityBefore: 4,
        controls:
          'Recruiter reads the full CV; monthly sample review of 20 summaries; prompt keeps all experience.',
        likelihoodAfter: 2,
        severityAfter: 3,
        treatment: 'mitigate',
        owner: P.tom,
        status: 'monitoring',
        reviewDate: day(ctx, 20),
      }),
      risk('demo-risk-bias', {
        title: 'Bias against candidates with career gaps or non-Dutch CVs',
        category: 'bias',
        aiSystemIds: [I.cv],
        useCaseIds: ['demo-uc-cvsummaries'],
        likelihoodBefore: 3,
        severityBefore: 5,
        controls: 'Bias test on 100 anonymised CVs before scale-up; complaint route for candidates.',
        likelihoodAfter: 2,
        severityAfter: 4,
        treatment: 'mitigate',
        owner: P.tom,
        dueDate: day(ctx, 12),
        status: 'treating',
        reviewDate: day(ctx, 30),
      }),
      risk('demo-risk-leak', {
        title: 'Candidate data reaching the wrong client through drafted emails',
        category: 'privacy',
        aiSystemIds: [I.emails],
        useCaseIds: ['demo-uc-clientemails'],
        likelihoodBefore: 3,
        severityBefore: 4,
        controls: 'Attachment suggestions off; account manager checks recipients and attachments.',
        likelihoodAfter: 1,
        severityAfter: 4,
        treatment: 'mitigate',
        owner: P.jeroen,
        dueDate: day(ctx, 5),
        status: 'treating',
      }),
      risk('demo-risk-shadow', {
        title: 'Staff paste candidate data into free AI tools',
        category: 'privacy',
        likelihoodBefore: 4,
        severityBefore: 4,
        controls:
          'Acceptable-use policy, approved tools list, training, free ChatGPT blocked on company devices.',
        likelihoodAfter: 2,
        severityAfter: 4,
        treatment: 'mitigate',
        owner: P.marieke,
        status: 'monitoring',
        reviewDate: day(ctx, 40),
      }),
      risk('demo-risk-vendor', {
        title: 'CVSense discontinues the product or raises prices sharply',
        category: 'vendor',
        aiSystemIds: [I.cv],
        likelihoodBefore: 2,
        severityBefore: 3,
        treatment: 'accept',
        owner: P.tom,
        status: 'open',
        reviewDate: day(ctx, 80),
      }),
      risk('demo-risk-disclosure', {
        title: 'Clients not told that replies are drafted by AI',
        category: 'legal',
        aiSystemIds: [I.emails],
        likelihoodBefore: 3,
        severityBefore: 2,
        controls: 'Disclosure line in every drafted reply.',
        likelihoodAfter: 1,
        severityAfter: 2,
        treatment: 'mitigate',
        owner: P.jeroen,
        dueDate: day(ctx, 5),
        status: 'treating',
      }),
    ],
    60,
  );
}

function policiesAndTraining(ctx: DemoContext): SeedRecords {
  return demoRows(
    ctx,
    C,
    [
      [
        'policies',
        'demo-pol-aup',
        {
          title: 'Acceptable use of AI tools',
          policyType: 'acceptableUse',
          version: '1.1',
          owner: P.marieke,
          approvedBy: 'Management team',
          effectiveDate: day(ctx, -50),
          reviewDate: day(ctx, 130),
          status: 'approved',
          documentReference: 'SharePoint › Policies › AI › Acceptable use v1.1.pdf',
          text: AUP_TEXT,
          aiSystemIds: [I.cv, I.emails, I.jobAds, I.chatgpt, I.deepl],
        },
      ],
      [
        'policies',
        'demo-pol-ai',
        {
          title: 'AI policy',
          policyType: 'aiPolicy',
          version: '0.9',
          owner: P.caio,
          status: 'inReview',
          reviewDate: day(ctx, 14),
          text: 'Why and how Brightside uses AI: principles, roles (RACI), the approved tools list, risk classification of every use case before a pilot, and reporting to the management team every month.',
        },
      ],
      [
        'trainingRecords',
        'demo-trn-recruiters',
        {
          person: 'Recruiters',
          headcount: 12,
          role: 'Recruitment',
          aiSystemIds: [I.cv, I.jobAds],
          training: 'AI basics for recruiters + reviewing CV summaries (2 h)',
          trainingDate: day(ctx, -35),
          refreshDue: day(ctx, 330),
        },
      ],
      [
        'trainingRecords',
        'demo-trn-accounts',
        {
          person: 'Account managers',
          headcount: 8,
          role: 'Client service',
          aiSystemIds: [I.emails, I.deepl],
          training: 'Copilot in Outlook: safe drafting (1 h)',
          trainingDate: day(ctx, -20),
          refreshDue: day(ctx, 345),
        },
      ],
      [
        'trainingRecords',
        'demo-trn-sanne',
        {
          person: P.sanne,
          headcount: 1,
          role: 'AI champion, recruitment',
          aiSystemIds: [I.cv],
          training: 'AI champion programme (module 1 of 2)',
          trainingDate: day(ctx, -60),
          refreshDue: day(ctx, 8),
        },
      ],
      [
        'trainingRecords',
        'demo-trn-eva',
        {
          person: P.eva,
          headcount: 1,
          role: 'Marketing',
          aiSystemIds: [I.jobAds, I.deepl],
          training: 'AI basics (planned)',
          notes: 'Started drafting job postings with AI before the training date was set.',
        },
      ],
      [
        'trainingRecords',
        'demo-trn-management',
        {
          person: 'Management team',
          headcount: 4,
          role: 'Management',
          training: 'EU AI Act briefing for management (1.5 h)',
          trainingDate: day(ctx, -70),
          refreshDue: day(ctx, 295),
        },
      ],
    ],
    70,
  );
}

function decisionsAndActions(ctx: DemoContext): SeedRecords {
  return demoRows(
    ctx,
    C,
    [
      [
        'governanceDecisions',
        'demo-dec-ban',
        {
          date: day(ctx, -55),
          decision:
            'Ban free ChatGPT accounts for work; approve Quillbridge Workspace for drafting without candidate data',
          rationale:
            'Free accounts have no DPA and may train on prompts. Quillbridge has a signed DPA and does not train on business data.',
          decidedBy: 'Management team',
          relatedIds: [I.chatgpt, I.jobAds, 'demo-pol-aup'],
        },
      ],
      [
        'governanceDecisions',
        'demo-dec-highrisk',
        {
          date: day(ctx, -20),
          decision:
            'Treat the CV summary assistant as high-risk (Annex III 4(a)) and prepare the deployer duties before scale-up',
          rationale:
            'The summaries profile candidates, so the Art. 6(3) exception does not hold. Deployer duties apply from 2 Dec 2027; building them into the pilot now is cheaper.',
          decidedBy: P.marieke,
          relatedIds: [I.cv, 'demo-dr-reject'],
          useCaseIds: ['demo-uc-cvsummaries'],
        },
      ],
      [
        'governanceDecisions',
        'demo-dec-continue',
        {
          date: day(ctx, -11),
          decision:
            'Continue the CV-summary pilot after the omission incident, with human review of every summary',
          rationale:
            'The incident was caught by the required human review; the root cause is fixed and the DPIA holds.',
          decidedBy: P.marieke,
          relatedIds: [I.cv, 'demo-inc-cvomission', I.candidateData],
          useCaseIds: ['demo-uc-cvsummaries'],
        },
      ],
      [
        'governanceActions',
        'demo-act-disclosure',
        {
          title: 'Add the AI-drafting disclosure line to client email replies',
          owner: P.jeroen,
          dueDate: day(ctx, 5),
          status: 'inProgress',
          relatedIds: [I.emails, 'demo-risk-disclosure'],
        },
      ],
      [
        'governanceActions',
        'demo-act-biastest',
        {
          title: 'Run the bias test on 100 anonymised CVs',
          owner: P.tom,
          dueDate: day(ctx, 12),
          status: 'open',
          relatedIds: [I.cv, 'demo-risk-bias'],
        },
      ],
      [
        'governanceActions',
        'demo-act-eva',
        {
          title: 'Train Eva de Boer before further use of AI for job postings',
          owner: P.marieke,
          dueDate: day(ctx, -3),
          status: 'open',
          relatedIds: ['demo-trn-eva', I.jobAds],
        },
      ],
      [
        'governanceActions',
        'demo-act-deepl',
        {
          title: 'Name a business owner for DeepL Pro',
          owner: P.caio,
          dueDate: day(ctx, 7),
          status: 'open',
          relatedIds: [I.deepl],
        },
      ],
      [
        'governanceActions',
        'demo-act-breach',
        {
          title:
            'Decide with the privacy officer whether the misdirected CV must be notified to the authority',
          owner: P.lotte,
          dueDate: day(ctx, 1),
          status: 'open',
          relatedIds: ['demo-inc-wrongrecipient'],
        },
      ],
      [
        'governanceActions',
        'demo-act-dpa',
        {
          title: 'Sign the DPA with CVSense',
          owner: P.pieter,
          dueDate: day(ctx, -62),
          status: 'done',
          completedDate: day(ctx, -60),
          relatedIds: [I.candidateData],
        },
      ],
    ],
    50,
  );
}

export function staffingGovernanceRecords(ctx: DemoContext): SeedRecords[] {
  return [incidents(ctx), risks(ctx), policiesAndTraining(ctx), decisionsAndActions(ctx)];
}
