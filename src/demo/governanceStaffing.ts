import type { DemoContext } from './dates';
import { DEMO_CLIENT_IDS } from './clients';
import {
  answers,
  classified,
  day,
  demoRecord,
  demoRows,
  mergeSeeds,
  type SeedRecords,
} from './governanceHelpers';

/**
 * Brightside Staffing's governance for candidate data, part 1: the AI systems with their EU AI Act
 * classification, processing records with the DPIA, RACI, decision rights and escalation paths.
 */

const C = DEMO_CLIENT_IDS.staffing;
export const STAFFING_IDS = {
  cv: 'demo-ais-cvsummaries',
  emails: 'demo-ais-clientemails',
  jobAds: 'demo-ais-jobads',
  chatgpt: 'demo-ais-chatgptfree',
  deepl: 'demo-ais-deepl',
  candidateData: 'demo-priv-candidates',
  clientMail: 'demo-priv-clientmail',
} as const;
const I = STAFFING_IDS;

export const PEOPLE = {
  marieke: 'Marieke de Vries (Operations Director)',
  tom: 'Tom Jansen (Head of Recruitment)',
  sanne: 'Sanne Bakker (Senior Recruiter)',
  pieter: 'Pieter Visser (IT lead)',
  lotte: 'Lotte Mulder (Privacy officer)',
  jeroen: 'Jeroen Smit (Head of Accounts)',
  eva: 'Eva de Boer (Marketing coordinator)',
  caio: 'Fractional CAIO',
} as const;
const P = PEOPLE;

function aiSystems(ctx: DemoContext) {
  const r = (id: string, fields: Record<string, unknown>) => demoRecord(ctx, 'aiSystems', C, id, fields, 120);
  return [
    r(I.cv, {
      name: 'CV summary assistant',
      vendor: 'CVSense',
      product: 'CVSense Summaries',
      modelVersion: 'Aurora LLM via CVSense, EU-hosted',
      purpose:
        'Summarises incoming CVs into a one-page profile (experience, skills, availability) so recruiters can prepare shortlist calls faster.',
      deployment: 'saas',
      status: 'inPilot',
      usageConditions:
        'Pilot team only. Every summary is checked against the full CV before any decision about the candidate.',
      businessOwner: P.tom,
      technicalOwner: P.pieter,
      users: ['Recruiters', P.sanne],
      departments: ['Recruitment'],
      personalData: 'yes',
      specialCategories: 'no',
      dataSubjects: ['candidates'],
      dataCategories: ['CVs', 'Work history', 'Contact details'],
      humanOversight: 'inTheLoop',
      dpiaCriteria: ['evaluationScoring', 'vulnerableSubjects', 'innovativeTechnology'],
      dpiaStatus: 'completed',
      dpiaDate: day(ctx, -40),
      dpiaReference: 'DPIA-2026-01 CV summaries v1.2',
      lastReviewDate: day(ctx, -30),
      nextReviewDate: day(ctx, 10),
      useCaseIds: ['demo-uc-cvsummaries'],
      notes: 'Recommended for scale-up once the bias test is done.',
      ...classified(
        ctx,
        answers({
          'annex3.4a': true,
          'art6_3.d': true,
          'art6_3.noSignificantRisk': true,
          'art6_3.profiling': true,
          'art6_3.reasoning':
            "The vendor argued the summaries only prepare the recruiter's assessment. But a summary selects what the recruiter sees about the candidate's experience and skills: that evaluates personal aspects, so it profiles.",
          'gpai.buildsOn': true,
          'gpai.model': 'Aurora LLM',
          'gpai.provider': 'Aurora Models',
        }),
        ['art4.literacy', 'art26.oversight', 'art26.dpia', 'art26.instructions'],
      ),
    }),
    r(I.emails, {
      name: 'Client email assistant',
      vendor: 'Microsoft',
      product: 'Copilot in Outlook',
      modelVersion: 'Microsoft 365 Copilot (GPT-4o)',
      purpose:
        'Drafts replies to client emails about vacancies, candidates and invoices; the account manager edits and sends.',
      deployment: 'saas',
      status: 'inPilot',
      businessOwner: P.jeroen,
      technicalOwner: P.pieter,
      users: ['Account managers'],
      departments: ['Client service'],
      personalData: 'yes',
      specialCategories: 'no',
      dataSubjects: ['clientStaff', 'candidates'],
      dataCategories: ['E-mail content', 'Contact details'],
      humanOversight: 'inTheLoop',
      dpiaCriteria: ['innovativeTechnology'],
      dpiaStatus: 'notRequired',
      lastReviewDate: day(ctx, -25),
      nextReviewDate: day(ctx, 45),
      useCaseIds: ['demo-uc-clientemails'],
      ...classified(
        ctx,
        answers({
          'art50.1': true,
          'gpai.buildsOn': true,
          'gpai.model': 'GPT-4o (Microsoft 365 Copilot)',
          'gpai.provider': 'OpenAI',
        }),
        ['art4.literacy'],
      ),
    }),
    r(I.jobAds, {
      name: 'Job posting drafts',
      vendor: 'Quillbridge',
      product: 'Quillbridge Workspace',
      modelVersion: 'OpenModel via Quillbridge (EU region)',
      purpose:
        "Drafts job postings from the vacancy intake form; a recruiter edits and publishes them under Brightside's name.",
      status: 'approved',
      usageConditions:
        'Allowed for job postings and marketing texts. Never paste CVs or other candidate data.',
      businessOwner: P.eva,
      technicalOwner: P.pieter,
      users: [P.eva, 'Recruiters'],
      departments: ['Marketing', 'Recruitment'],
      personalData: 'no',
      specialCategories: 'no',
      dpiaStatus: 'notRequired',
      lastReviewDate: day(ctx, -50),
      nextReviewDate: day(ctx, 90),
      useCaseIds: ['demo-uc-jobads'],
      ...classified(
        ctx,
        answers({ 'gpai.buildsOn': true, 'gpai.model': 'OpenModel', 'gpai.provider': 'OpenModel Inc.' }),
        ['art4.literacy'],
      ),
    }),
    r(I.chatgpt, {
      name: 'ChatGPT (free personal accounts)',
      vendor: 'OpenAI',
      product: 'ChatGPT Free',
      status: 'banned',
      usageConditions:
        'Banned for all work: no DPA, and prompts may be used to train models. Use Quillbridge Workspace for drafting instead.',
      purpose: 'Was used ad hoc by several recruiters before the engagement.',
      personalData: 'yes',
    }),
    r(I.deepl, {
      name: 'DeepL Pro',
      vendor: 'DeepL',
      product: 'DeepL Pro (Team)',
      status: 'restricted',
      usageConditions: 'Allowed for job postings and client letters. Never translate CVs or candidate data.',
      users: ['Account managers', P.eva, 'Finance team'],
      departments: ['Client service', 'Marketing', 'Finance'],
      personalData: 'unknown',
      nextReviewDate: day(ctx, 60),
      ...classified(ctx, answers({}), ['art4.literacy']),
    }),
  ];
}

function privacyRecords(ctx: DemoContext) {
  const r = (id: string, fields: Record<string, unknown>) =>
    demoRecord(ctx, 'privacyRecords', C, id, fields, 100);
  return [
    r(I.candidateData, {
      title: 'Candidate applications and CV screening',
      owner: P.tom,
      purpose:
        "Assessing applications for vacancies of Brightside's clients, including AI summaries of CVs during the pilot.",
      dataCategories: ['CVs', 'Contact details', 'Work history'],
      dataSubjects: ['candidates'],
      lawfulBasis: 'legitimateInterests',
      recipients:
        'CVSense (processor); Aurora Models, EU-hosted (sub-processor); clients receive shortlisted profiles with consent.',
      transferMechanism: 'none',
      transferCountries: '',
      retention: "4 weeks after the vacancy closes; 1 year with the candidate's consent",
      dpaStatus: 'signed',
      dpaVendor: 'CVSense',
      dpaSignedDate: day(ctx, -60),
      dpaReference: 'DPA-TL-2026 (contract folder)',
      dpiaCriteria: ['evaluationScoring', 'vulnerableSubjects', 'innovativeTechnology'],
      dpiaStatus: 'completed',
      dpiaDate: day(ctx, -40),
      dpoAdvice:
        'Proceed with human review of every summary, a candidate notice in the privacy statement and no automated rejection. Re-assess before scaling beyond the pilot team.',
      reviewDate: day(ctx, 60),
      aiSystemIds: [I.cv],
    }),
    r(I.clientMail, {
      title: 'Client correspondence drafted with AI',
      owner: P.jeroen,
      purpose: 'Answering client emails about vacancies, candidates and invoices.',
      dataCategories: ['E-mail content', 'Contact details'],
      dataSubjects: ['clientStaff', 'candidates'],
      lawfulBasis: 'contract',
      recipients: 'Microsoft (processor, Microsoft 365 DPA).',
      transferMechanism: 'dataPrivacyFramework',
      transferCountries: 'United States',
      retention: 'As the mailbox: 7 years for invoices, 2 years for other mail',
      dpaStatus: 'signed',
      dpaVendor: 'Microsoft',
      dpaSignedDate: day(ctx, -400),
      dpaReference: 'Microsoft Products and Services DPA',
      dpiaCriteria: ['innovativeTechnology'],
      dpiaStatus: 'notRequired',
      reviewDate: day(ctx, -5),
      aiSystemIds: [I.emails],
    }),
  ];
}

function raciAndRights(ctx: DemoContext): SeedRecords {
  return demoRows(
    ctx,
    C,
    [
      [
        'raciEntries',
        'demo-raci-cv',
        {
          subject: 'CV summary assistant',
          scope: 'Use in recruitment',
          aiSystemIds: [I.cv],
          accountable: P.tom,
          responsible: [P.sanne, P.pieter],
          consulted: [P.lotte, P.caio],
          informed: [P.marieke, 'Works council'],
        },
      ],
      [
        'raciEntries',
        'demo-raci-programme',
        {
          subject: 'AI governance programme',
          scope: 'Policies, registers, board reporting',
          accountable: P.marieke,
          responsible: [P.caio],
          consulted: [P.lotte, P.pieter],
          informed: ['Management team'],
        },
      ],
      [
        'raciEntries',
        'demo-raci-emails',
        {
          subject: 'Client email assistant',
          scope: 'Use in client service',
          aiSystemIds: [I.emails],
          accountable: P.jeroen,
          responsible: ['Account managers'],
          consulted: [P.pieter],
          informed: [P.marieke],
        },
      ],
      [
        'decisionRights',
        'demo-dr-reject',
        {
          decisionType: 'Rejecting or shortlisting a candidate',
          rule: "No candidate is rejected without a recruiter's review. The summary is an aid: the recruiter reads the full CV before any decision.",
          aiSystemIds: [I.cv],
          useCaseIds: ['demo-uc-cvsummaries'],
          aiRole: 'drafts',
          humanApproval: 'always',
          approverRole: 'Recruiter responsible for the vacancy',
          killSwitch: P.tom,
          accountableWhenWrong: P.tom,
          appealRoute:
            'Candidates can ask for a human review and an explanation at privacy@brightside.example; answered within 5 working days.',
        },
      ],
      [
        'decisionRights',
        'demo-dr-emails',
        {
          decisionType: 'Sending a reply to a client',
          rule: 'Every AI-drafted reply is read and approved by the account manager before it is sent.',
          aiSystemIds: [I.emails],
          useCaseIds: ['demo-uc-clientemails'],
          aiRole: 'drafts',
          humanApproval: 'always',
          approverRole: 'Account manager',
          killSwitch: P.jeroen,
          accountableWhenWrong: P.jeroen,
          appealRoute: 'Clients raise issues with their account manager or with the Head of Accounts.',
        },
      ],
      [
        'decisionRights',
        'demo-dr-jobads',
        {
          decisionType: 'Publishing a job posting',
          rule: 'A recruiter edits and approves every posting before it is published.',
          aiSystemIds: [I.jobAds],
          useCaseIds: ['demo-uc-jobads'],
          aiRole: 'drafts',
          humanApproval: 'always',
          approverRole: 'Recruiter',
          killSwitch: P.eva,
          accountableWhenWrong: P.tom,
        },
      ],
      [
        'escalationPaths',
        'demo-esc-aierror',
        {
          title: 'Wrong or harmful AI output about a candidate',
          issueType: 'aiError',
          firstContact: P.sanne,
          firstResponseTime: 'Same working day',
          steps: [
            { contact: P.tom, responseTime: '1 working day' },
            { contact: P.caio, responseTime: '2 working days' },
            { contact: P.marieke, responseTime: '3 working days' },
          ],
          finalDecisionMaker: P.marieke,
          aiSystemIds: [I.cv],
          notes: 'Suspend use of the system if the error could affect decisions about candidates.',
        },
      ],
      [
        'escalationPaths',
        'demo-esc-dataleak',
        {
          title: 'Candidate or client data leak',
          issueType: 'dataLeak',
          firstContact: P.lotte,
          firstResponseTime: '1 hour',
          steps: [
            { contact: P.pieter, responseTime: '2 hours' },
            { contact: P.marieke, responseTime: '4 hours' },
          ],
          finalDecisionMaker: P.marieke,
          aiSystemIds: [I.cv, I.emails],
          notes: 'The 72-hour GDPR clock starts when anyone at Brightside becomes aware of the breach.',
        },
      ],
      [
        'escalationPaths',
        'demo-esc-bias',
        {
          title: 'Bias complaint from a candidate',
          issueType: 'biasComplaint',
          firstContact: P.tom,
          firstResponseTime: '2 working days',
          steps: [{ contact: P.lotte, responseTime: '5 working days' }],
          finalDecisionMaker: P.marieke,
          aiSystemIds: [I.cv],
        },
      ],
    ],
    90,
  );
}

export function staffingGovernanceSetup(ctx: DemoContext): Record<string, { id: string }[]> {
  return mergeSeeds({ aiSystems: aiSystems(ctx), privacyRecords: privacyRecords(ctx) }, raciAndRights(ctx));
}
