import {
  ISO_42001_ANNEX_A,
  STANDARD_CONTROLS,
  type ClientControl,
  type ControlStatus,
  type EvidenceItem,
  type InclusionReason,
  type PolicyVersion,
  type RequirementDecision,
  type ReviewRecord,
} from '../domain/controls';
import { EU_AI_ACT_REQUIREMENTS } from '../domain/controls/euAiAct';
import { standardControlId } from '../db/controls/library';
import { daysFrom, stampDaysAgo, type DemoContext } from './dates';
import { DEMO_CLIENT_IDS } from './clients';
import type { DemoSeed } from './seed';
import { PEOPLE as P, STAFFING_IDS as I } from './governanceStaffing';

/**
 * Brightside Staffing's ISO/IEC 42001 programme, partly implemented: every Annex A control decided
 * (the development controls excluded: Brightside uses vendor tools and builds none), the standard
 * controls copied from the library, eight implemented, most of them evidenced, and the CV-summary risk
 * assessment's evidence expired, so the readiness slide has a story to tell.
 */

const C = DEMO_CLIENT_IDS.staffing;
const EXCLUDED: Record<string, string> = {
  'A.6.1.2': 'Brightside does not develop AI systems; it uses vendor tools (see the AI system register).',
  'A.6.1.3':
    'No AI design or development in house; vendor tools are checked before use instead (A.6.2.4, A.10.3).',
  'A.6.2.3': 'No AI design or development in house, so there is no design documentation to keep.',
  'A.7.2':
    'No data is used to develop or retrain AI systems; vendors contractually do not train on Brightside data.',
};
const REASONS: Record<string, InclusionReason[]> = {
  'A.5.4': ['legal', 'riskAssessment'],
  'A.8.5': ['legal', 'contractual'],
  'A.10.3': ['contractual', 'riskAssessment'],
  'A.10.4': ['contractual'],
  'A.9.2': ['legal', 'riskAssessment'],
};
const PROVIDER_ONLY =
  'Brightside deploys AI systems; it does not place them on the market, so provider duties do not apply.';
const EU_EXCLUDED: Record<string, string> = {
  'art16.provider': PROVIDER_ONLY,
  'art50.1.provider': PROVIDER_ONLY,
  'art50.2.provider': PROVIDER_ONLY,
  'art27.fria':
    'A FRIA is required of public bodies and of credit or insurance scoring (Art. 27); Brightside is neither.',
};
const EU_UNDECIDED = new Set(['art50.3.deployer']);
const VENDOR_CHECK =
  'Brightside checks that its AI vendors meet this provider duty, in the vendor evaluation and the contract.';
const EU_REASON: Record<string, string> = {
  'art16.check': VENDOR_CHECK,
  'art50.1.deployer': VENDOR_CHECK,
  'art50.2.deployer': VENDOR_CHECK,
};

const STATUS: Record<string, ControlStatus> = {
  inventory: 'implemented',
  policy: 'implemented',
  roles: 'implemented',
  literacy: 'implemented',
  humanReview: 'implemented',
  riskAssessment: 'implemented',
  impactAssessment: 'implemented',
  logs: 'implemented',
  riskTreatment: 'inProgress',
  monitoring: 'inProgress',
  vendors: 'inProgress',
  transparency: 'inProgress',
  incidents: 'inProgress',
  useApproval: 'inProgress',
};
const OWNER: Record<string, string> = {
  scope: P.marieke,
  inventory: P.pieter,
  policy: P.marieke,
  roles: P.marieke,
  concerns: P.lotte,
  literacy: P.sanne,
  riskAssessment: P.tom,
  riskTreatment: P.tom,
  impactAssessment: P.lotte,
  useApproval: P.caio,
  humanReview: P.tom,
  monitoring: P.sanne,
  logs: P.pieter,
  vendors: P.pieter,
  transparency: P.lotte,
  incidents: P.caio,
  managementReview: P.marieke,
};
const LINKS: Record<
  string,
  Partial<Pick<ClientControl, 'riskIds' | 'aiSystemIds' | 'policyIds' | 'obligationIds'>>
> = {
  humanReview: {
    riskIds: ['demo-risk-omission', 'demo-risk-bias'],
    aiSystemIds: [I.cv],
    obligationIds: ['art26.oversight'],
  },
  policy: { policyIds: ['demo-pol-ai', 'demo-pol-aup'], riskIds: ['demo-risk-shadow'] },
  literacy: { aiSystemIds: [I.cv, I.emails, I.jobAds], obligationIds: ['art4.literacy'] },
  impactAssessment: { aiSystemIds: [I.cv], obligationIds: ['art26.dpia'] },
  riskAssessment: {
    riskIds: ['demo-risk-omission', 'demo-risk-bias', 'demo-risk-leak'],
    aiSystemIds: [I.cv, I.emails],
  },
  vendors: { riskIds: ['demo-risk-vendor'], aiSystemIds: [I.cv, I.emails] },
  transparency: { riskIds: ['demo-risk-disclosure'], obligationIds: ['art26.informPersons'] },
  logs: { aiSystemIds: [I.cv], obligationIds: ['art26.logs'] },
  inventory: { aiSystemIds: [I.cv, I.emails, I.jobAds, I.chatgpt, I.deepl] },
};
const NEXT_REVIEW: Record<string, number> = {
  inventory: 150,
  policy: 300,
  roles: 280,
  literacy: 330,
  humanReview: 120,
  riskAssessment: 20,
  impactAssessment: 325,
  logs: 200,
  vendors: -6,
  monitoring: 45,
};

const ctlId = (key: string) => `demo-ctl-${key}`;
const bytes = (text: string) => new TextEncoder().encode(text);

function controls(ctx: DemoContext): ClientControl[] {
  return STANDARD_CONTROLS.map(({ key, ...definition }) => ({
    id: ctlId(key),
    clientId: C,
    libraryControlId: standardControlId(key),
    ...definition,
    status: STATUS[key] ?? 'notStarted',
    owner: OWNER[key] ?? '',
    riskIds: [],
    aiSystemIds: [],
    policyIds: [],
    obligationIds: [],
    ...LINKS[key],
    nextReviewDate: key in NEXT_REVIEW ? daysFrom(ctx, NEXT_REVIEW[key]) : null,
    notes: '',
    createdAt: stampDaysAgo(ctx, 60),
    updatedAt: stampDaysAgo(ctx, 3),
  }));
}

function decisions(ctx: DemoContext): RequirementDecision[] {
  const stamp = {
    createdAt: stampDaysAgo(ctx, 45),
    updatedAt: stampDaysAgo(ctx, 45),
    decidedOn: daysFrom(ctx, -45),
  };
  const annex = ISO_42001_ANNEX_A.map(([ref]): RequirementDecision => {
    const excluded = EXCLUDED[ref];
    return excluded
      ? {
          id: `demo-dec-iso-${ref}`,
          clientId: C,
          requirementId: `iso42001:${ref}`,
          applicability: 'excluded',
          reasons: [],
          justification: excluded,
          ...stamp,
        }
      : {
          id: `demo-dec-iso-${ref}`,
          clientId: C,
          requirementId: `iso42001:${ref}`,
          applicability: 'applicable',
          reasons: REASONS[ref] ?? ['riskAssessment', 'bestPractice'],
          justification: '',
          ...stamp,
        };
  });
  const eu = EU_AI_ACT_REQUIREMENTS.map((r) => r.id.slice('euAiAct:'.length))
    .filter((id) => !EU_UNDECIDED.has(id))
    .map((id): RequirementDecision => {
      const excluded = EU_EXCLUDED[id];
      return excluded
        ? {
            id: `demo-dec-eu-${id}`,
            clientId: C,
            requirementId: `euAiAct:${id}`,
            applicability: 'excluded',
            reasons: [],
            justification: excluded,
            ...stamp,
          }
        : {
            id: `demo-dec-eu-${id}`,
            clientId: C,
            requirementId: `euAiAct:${id}`,
            applicability: 'applicable',
            reasons: ['legal'],
            justification:
              EU_REASON[id] ??
              'Applies to Brightside as deployer of the CV summary assistant (high-risk, Annex III point 4).',
            ...stamp,
          };
    });
  return [...annex, ...eu];
}

function evidence(ctx: DemoContext): EvidenceItem[] {
  const e = (
    key: string,
    id: string,
    title: string,
    daysAgo: number,
    validDays: number | null,
    providedBy: string,
    body: string | { url: string },
  ): EvidenceItem => ({
    id: `demo-evi-${id}`,
    clientId: C,
    controlId: ctlId(key),
    title,
    date: daysFrom(ctx, -daysAgo),
    validUntil: validDays === null ? null : daysFrom(ctx, validDays),
    providedBy,
    ...(typeof body === 'string'
      ? {
          kind: 'file' as const,
          url: '',
          file: {
            name: `${title}.txt`,
            mimeType: 'text/plain',
            size: bytes(body).byteLength,
            data: bytes(body),
          },
        }
      : { kind: 'link' as const, url: body.url, file: null }),
    createdAt: stampDaysAgo(ctx, daysAgo),
    updatedAt: stampDaysAgo(ctx, daysAgo),
  });
  return [
    e(
      'inventory',
      'register',
      'AI system register export',
      30,
      150,
      P.pieter,
      'AI system register, Brightside Staffing\nCV summary assistant (CVSense) - in pilot - owner Tom Jansen\nClient email assistant (Microsoft Copilot) - approved - owner Jeroen Smit\nJob ad writer - restricted\nChatGPT free - banned\nDeepL - approved\nReviewed with the IT lead.',
    ),
    e('policy', 'aup', 'Acceptable use of AI tools v1.1 (signed)', 50, 315, P.marieke, {
      url: 'https://intranet.brightside.example/policies/ai/acceptable-use-v1-1.pdf',
    }),
    e(
      'roles',
      'raci',
      'Management team minutes: RACI for AI approved',
      40,
      325,
      P.marieke,
      'Management team meeting\nDecision: the RACI for the CV summary assistant, the client email assistant and the AI governance programme is approved as proposed by the fractional CAIO.\nAccountable for the programme: Marieke de Vries.',
    ),
    e(
      'literacy',
      'training',
      'Attendance list: AI basics for recruiters',
      35,
      330,
      P.sanne,
      'AI basics for recruiters + reviewing CV summaries (2 h)\nAttended: 12 recruiters, Sanne Bakker (trainer support).\nMaterials: slides v2, checklist for reviewing summaries.',
    ),
    e(
      'humanReview',
      'instruction',
      'Work instruction: check every CV summary against the CV',
      25,
      160,
      P.tom,
      'Work instruction (Recruitment)\n1. Open the full CV next to the summary.\n2. Check experience, skills and availability line by line.\n3. Correct or discard the summary; never shortlist on the summary alone.\n4. Log omissions in the incident register.',
    ),
    e('impactAssessment', 'dpia', 'DPIA-2026-01 CV summaries v1.2', 40, 325, P.lotte, {
      url: 'https://intranet.brightside.example/privacy/dpia-2026-01-v1-2.pdf',
    }),
    e(
      'riskAssessment',
      'risk-q2',
      'Risk assessment CV summaries (pilot start)',
      200,
      -12,
      P.tom,
      'Risk assessment, CV summary assistant, pilot start\nRisks scored: omissions in summaries, bias against candidates, data leak.\nValid for six months or until the pilot scales up.',
    ),
  ];
}

function reviews(ctx: DemoContext): ReviewRecord[] {
  const r = (
    key: string,
    daysAgo: number,
    reviewer: string,
    outcome: ReviewRecord['outcome'],
    note: string,
  ): ReviewRecord => ({
    id: `demo-rev-${key}-${daysAgo}`,
    clientId: C,
    subjectTable: 'controls',
    subjectId: ctlId(key),
    date: daysFrom(ctx, -daysAgo),
    reviewer,
    outcome,
    note,
    createdAt: stampDaysAgo(ctx, daysAgo),
    updatedAt: stampDaysAgo(ctx, daysAgo),
  });
  return [
    r('inventory', 30, P.caio, 'effective', 'Register matches the tools in use; DeepL added.'),
    r(
      'humanReview',
      60,
      P.caio,
      'needsImprovement',
      'Two summaries went out unchecked in week 3; work instruction written and trained.',
    ),
    r('vendors', 371, P.pieter, 'effective', 'CVSense DPA signed; Microsoft terms checked.'),
  ];
}

function policyVersions(ctx: DemoContext): PolicyVersion[] {
  const v = (
    id: string,
    version: string,
    daysAgo: number,
    text: string,
    changeNote: string,
    acks: [string, string][],
  ): PolicyVersion => ({
    id,
    clientId: C,
    policyId: 'demo-pol-aup',
    version,
    date: daysFrom(ctx, -daysAgo),
    text,
    changeNote,
    acknowledgements: acks.map(([trainingRecordId, person]) => ({
      trainingRecordId,
      person,
      date: daysFrom(ctx, -daysAgo + 5),
    })),
    createdAt: stampDaysAgo(ctx, daysAgo),
    updatedAt: stampDaysAgo(ctx, daysAgo),
  });
  const v10 =
    'Use only the approved AI tools.\nNever paste candidate data into a tool that is not approved.\nCheck every AI output before it leaves Brightside.';
  const v11 =
    'Use only the approved AI tools.\nNever paste candidate or client data into a tool that is not approved.\nCheck every AI output before it leaves Brightside.\nTell candidates when AI helped to prepare their profile.';
  return [
    v('demo-polv-aup-10', '1.0', 120, v10, 'First version.', [
      ['demo-trn-recruiters', 'Recruiters'],
      ['demo-trn-accounts', 'Account managers'],
      ['demo-trn-management', 'Management team'],
    ]),
    v('demo-polv-aup-11', '1.1', 50, v11, 'Client data added; candidates are told when AI helped.', [
      ['demo-trn-recruiters', 'Recruiters'],
      ['demo-trn-sanne', P.sanne],
    ]),
  ];
}

export const controlsDemoSeed: DemoSeed = (ctx) => ({
  libraryControls: STANDARD_CONTROLS.map(({ key, ...definition }) => ({
    id: standardControlId(key),
    ...definition,
    createdAt: stampDaysAgo(ctx, 90),
    updatedAt: stampDaysAgo(ctx, 90),
  })),
  controlProgrammes: [
    {
      id: 'demo-prog-brightside',
      clientId: C,
      frameworks: ['iso42001', 'euAiAct'],
      scope:
        'AI systems used in recruitment and client service at Brightside Staffing (all offices), and the AI governance programme led by the fractional CAIO.',
      createdAt: stampDaysAgo(ctx, 60),
      updatedAt: stampDaysAgo(ctx, 60),
    } as { id: string },
  ],
  controls: controls(ctx),
  requirementDecisions: decisions(ctx),
  evidence: evidence(ctx),
  reviews: reviews(ctx),
  policyVersions: policyVersions(ctx),
});
