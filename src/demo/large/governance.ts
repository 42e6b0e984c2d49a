import type { RegisterId } from '../../domain/governance';
import type { UseCase } from '../../domain/portfolio';
import type { DemoContext } from '../dates';
import { answers, classified, day, demoRecord } from '../governanceHelpers';
import { allocate, pad, type Random } from './random';

/**
 * One client's eleven governance registers in the large generated workspace. Records start from the
 * register's own defaults (as a new record in the app does), then get plausible fields and dates:
 * most reviews lie ahead, a few are overdue, most actions are done and most incidents closed.
 */

/** Share of each register in a client's governance items. */
export const REGISTER_SHARES: Record<RegisterId, number> = {
  aiSystems: 0.08,
  privacyRecords: 0.07,
  raciEntries: 0.07,
  decisionRights: 0.05,
  escalationPaths: 0.03,
  incidents: 0.08,
  risks: 0.22,
  policies: 0.05,
  trainingRecords: 0.12,
  governanceDecisions: 0.09,
  governanceActions: 0.14,
};

const PEOPLE = [
  'Anna de Boer (DPO)',
  'Mark Visser (CIO)',
  'Ilse Jacobs (HR lead)',
  'Ruben Koster (Legal)',
  'Femke Smit (Operations)',
  'Bas Willems (IT security)',
  'Nina Maas (Quality)',
];
const SYSTEMS = [
  'Copilot',
  'ChatGPT Enterprise',
  'Document AI',
  'Forecasting model',
  'Chat assistant',
  'OCR pipeline',
  'Transcription',
  'Code assistant',
  'Search assistant',
  'Scheduling optimiser',
];
const VENDORS = ['Microsoft', 'OpenAI', 'Mistral', 'Google', 'Anthropic', 'In-house', 'DeepL', 'Aleph Alpha'];
const RISK_TITLES = [
  'Hallucinated facts in drafts',
  'Personal data sent to the vendor',
  'Bias against older candidates',
  'Over-reliance on suggestions',
  'Vendor outage during peak',
  'Prompt injection via email',
  'Copyright in generated text',
  'Model drift after update',
  'Shadow use of free tools',
  'Unclear accountability',
];
const ACTION_TITLES = [
  'Sign the DPA',
  'Update the acceptable-use policy',
  'Run the bias test',
  'Review access rights',
  'Train the new team',
  'Document human oversight',
  'Complete the DPIA',
  'Check vendor sub-processors',
];
const POLICY_TEXT = Array.from(
  { length: 12 },
  (_, i) =>
    `${i + 1}. Staff use approved AI tools only, under their conditions of use; a person checks every output before it is used and stays responsible for it.`,
).join('\n');

const CLASSIFICATIONS = [
  answers({}),
  answers({ 'art50.1': true, 'gpai.buildsOn': true, 'gpai.model': 'GPT-4o', 'gpai.provider': 'OpenAI' }),
  answers({ 'annex3.4a': true, 'art6_3.a': false, 'art6_3.b': false, 'art6_3.c': false, 'art6_3.d': false }),
];

export interface GovernanceInput {
  clientId: string;
  items: number;
  useCases: readonly UseCase[];
}

/** Z-timestamps keep the workspace the same in every time zone. */
const at = (ctx: DemoContext, days: number, hour: number) =>
  `${day(ctx, days)}T${String(hour).padStart(2, '0')}:15:00.000Z`;

export function generateGovernance(
  ctx: DemoContext,
  random: Random,
  input: GovernanceInput,
): Record<RegisterId, { id: string }[]> {
  const ids = Object.keys(REGISTER_SHARES) as RegisterId[];
  const counts = allocate(
    input.items,
    ids.map((id) => REGISTER_SHARES[id]),
  );
  const count = Object.fromEntries(ids.map((id, i) => [id, counts[i]])) as Record<RegisterId, number>;
  const c = input.clientId;
  const useCaseIds = input.useCases.map((u) => u.id);
  const person = () => random.pick(PEOPLE);
  const links = (list: readonly string[], max: number) => random.some(list, random.int(0, max));
  const future = () => day(ctx, random.chance(0.06) ? -random.int(1, 40) : random.int(1, 365));
  const rows = <T extends Record<string, unknown>>(registerId: RegisterId, build: (i: number) => T) =>
    Array.from({ length: count[registerId] }, (_, i) =>
      demoRecord(ctx, registerId, c, `${c}-${registerId}-${pad(i)}`, build(i), random.int(3, 400)),
    );

  const aiSystems = rows('aiSystems', (i) => {
    const status = random.pick([
      'approved',
      'approved',
      'approved',
      'restricted',
      'inPilot',
      'retired',
      'banned',
    ] as const);
    const classifiedFields =
      status !== 'retired' && random.chance(0.5)
        ? classified(ctx, CLASSIFICATIONS[i % CLASSIFICATIONS.length], ['art4.literacy'], random.int(5, 300))
        : {};
    return {
      name: `${random.pick(SYSTEMS)} ${i + 1}`,
      vendor: random.pick(VENDORS),
      purpose: 'Drafts and summaries for the team; a person reviews every output.',
      deployment: random.pick(['saas', 'api', 'onPremise', 'embedded'] as const),
      status,
      businessOwner: random.chance(0.9) ? person() : '',
      technicalOwner: person(),
      users: ['Team leads', 'Case handlers'],
      departments: [random.pick(['Finance', 'HR', 'Operations', 'Sales'])],
      personalData: random.pick(['yes', 'no', 'unknown'] as const),
      dataSubjects: random.some(['employees', 'customers', 'candidates'] as const, random.int(0, 2)),
      humanOversight: random.pick(['inTheLoop', 'onTheLoop', 'unset'] as const),
      dpiaStatus: random.pick(['notScreened', 'notRequired', 'required', 'inProgress', 'completed'] as const),
      lastReviewDate: day(ctx, -random.int(10, 300)),
      nextReviewDate: future(),
      useCaseIds: links(useCaseIds, 2),
      ...classifiedFields,
    };
  });
  const systemIds = aiSystems.map((s) => s.id);

  const privacyRecords = rows('privacyRecords', (i) => ({
    title: `Processing for ${random.pick(SYSTEMS)} ${i + 1}`,
    owner: person(),
    purpose: 'Drafting and answering with AI assistance.',
    dataCategories: ['Contact details', 'Case notes'],
    dataSubjects: random.some(['employees', 'customers'] as const, random.int(1, 2)),
    lawfulBasis: random.pick(['contract', 'legitimateInterests', 'consent'] as const),
    dpaStatus: random.pick(['signed', 'signed', 'requested', 'none'] as const),
    dpiaStatus: random.pick(['notRequired', 'completed', 'inProgress'] as const),
    reviewDate: future(),
    aiSystemIds: links(systemIds, 2),
  }));

  const raciEntries = rows('raciEntries', (i) => ({
    subject: `Use of ${random.pick(SYSTEMS)} ${i + 1}`,
    aiSystemIds: links(systemIds, 1),
    responsible: [person()],
    accountable: person(),
    consulted: [person()],
    informed: ['Works council'],
  }));

  const decisionRights = rows('decisionRights', (i) => ({
    decisionType: `Send AI-drafted message type ${i + 1}`,
    rule: 'A person approves every message before it is sent.',
    aiSystemIds: links(systemIds, 1),
    useCaseIds: links(useCaseIds, 1),
    aiRole: random.pick(['suggests', 'drafts', 'decides'] as const),
    humanApproval: random.pick(['always', 'aboveThreshold', 'bySample'] as const),
    killSwitch: person(),
    accountableWhenWrong: person(),
  }));

  const escalationPaths = rows('escalationPaths', (i) => ({
    title: `Escalation path ${i + 1}`,
    issueType: random.pick(['aiError', 'dataLeak', 'biasComplaint', 'vendorOutage', 'security'] as const),
    firstContact: person(),
    firstResponseTime: '4 hours',
    steps: [
      { contact: person(), responseTime: '1 day' },
      { contact: person(), responseTime: '2 days' },
    ],
    finalDecisionMaker: person(),
    aiSystemIds: links(systemIds, 1),
  }));

  const incidents = rows('incidents', (i) => {
    const closed = random.chance(0.85);
    const ago = closed ? random.int(20, 600) : random.int(0, 20);
    return {
      title: `Incident ${i + 1}: ${random.pick(['wrong answer sent', 'data in prompt', 'tool unavailable', 'biased ranking', 'misuse of free tool'])}`,
      occurredAt: at(ctx, -ago, 8),
      detectedAt: at(ctx, -ago, 11),
      reporter: person(),
      aiSystemIds: links(systemIds, 1),
      useCaseIds: links(useCaseIds, 1),
      description: 'Found by the reviewer before it reached anyone outside the team.',
      type: random.pick([
        'malfunction',
        'wrongOutput',
        'bias',
        'dataLeak',
        'misuse',
        'security',
        'vendorOutage',
      ] as const),
      severity: random.pick(['minor', 'minor', 'serious', 'verySerious'] as const),
      personalDataBreach: random.chance(0.1),
      containment: 'Output withdrawn; team reminded of the review rule.',
      status: closed ? 'closed' : random.pick(['open', 'investigating', 'mitigated'] as const),
      closedDate: closed ? day(ctx, -ago + random.int(1, Math.min(ago, 15))) : null,
      lessonsLearned: closed ? 'The review rule works; keep it.' : '',
    };
  });

  const risks = rows('risks', (i) => {
    const likelihood = random.int(1, 5);
    const severity = random.int(1, 5);
    const treated = random.chance(0.7);
    return {
      title: `${random.pick(RISK_TITLES)} (${i + 1})`,
      description: 'Identified in the quarterly risk review.',
      category: random.pick([
        'privacy',
        'security',
        'bias',
        'accuracy',
        'ip',
        'vendor',
        'legal',
        'reputational',
        'operational',
      ] as const),
      aiSystemIds: links(systemIds, 2),
      useCaseIds: links(useCaseIds, 2),
      likelihoodBefore: likelihood,
      severityBefore: severity,
      controls: treated ? 'Human review of every output; vendor contract clauses.' : '',
      likelihoodAfter: treated ? random.int(1, likelihood) : null,
      severityAfter: treated ? random.int(1, severity) : null,
      treatment: random.pick(['mitigate', 'mitigate', 'transfer', 'avoid', 'accept'] as const),
      owner: person(),
      dueDate: future(),
      status: random.pick(['open', 'treating', 'monitoring', 'monitoring', 'closed'] as const),
      reviewDate: future(),
    };
  });

  const policies = rows('policies', (i) => ({
    title: `${random.pick(['AI policy', 'Acceptable use of AI', 'Data handling with AI', 'AI procurement'])} v${i + 1}`,
    policyType: random.pick(['aiPolicy', 'acceptableUse', 'dataHandling', 'procurement'] as const),
    version: `${random.int(1, 4)}.${random.int(0, 9)}`,
    owner: person(),
    approvedBy: person(),
    effectiveDate: day(ctx, -random.int(30, 700)),
    reviewDate: future(),
    status: random.pick(['approved', 'approved', 'draft', 'inReview', 'retired'] as const),
    text: POLICY_TEXT,
    aiSystemIds: links(systemIds, 2),
  }));

  const trainingRecords = rows('trainingRecords', (i) => {
    const trained = day(ctx, -random.int(10, 500));
    return {
      person: `Team ${i + 1}`,
      headcount: random.int(1, 40),
      role: random.pick(['Case handlers', 'Managers', 'Recruiters', 'Engineers']),
      aiSystemIds: links(systemIds, 2),
      training: 'AI literacy basics (2 hours)',
      trainingDate: trained,
      refreshDue: future(),
    };
  });

  const governanceDecisions = rows('governanceDecisions', (i) => ({
    date: day(ctx, -random.int(1, 700)),
    decision: `Decision ${i + 1}: ${random.pick(['approve the tool for the team', 'restrict use to drafts', 'ban free accounts', 'extend the pilot'])}`,
    rationale: 'Benefits outweigh the residual risks with the controls in place.',
    decidedBy: person(),
    relatedIds: links(systemIds, 1),
    useCaseIds: links(useCaseIds, 1),
  }));

  const governanceActions = rows('governanceActions', (i) => {
    const done = random.chance(0.6);
    const due = done ? day(ctx, -random.int(5, 600)) : future();
    return {
      title: `${random.pick(ACTION_TITLES)} (${i + 1})`,
      owner: person(),
      dueDate: due,
      status: done
        ? random.chance(0.9)
          ? 'done'
          : 'cancelled'
        : random.pick(['open', 'inProgress'] as const),
      completedDate: done ? due : null,
      relatedIds: links(systemIds, 1),
    };
  });

  return {
    aiSystems,
    privacyRecords,
    raciEntries,
    decisionRights,
    escalationPaths,
    incidents,
    risks,
    policies,
    trainingRecords,
    governanceDecisions,
    governanceActions,
  };
}
