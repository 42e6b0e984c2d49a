import type { CriteriaTemplate, Criterion, DdQuestion, KnockOutGate } from './evaluation';

/**
 * What ships with the app: the default criteria template, knock-out gates and due-diligence questions.
 * Plain data; an evaluation takes a copy when it is created.
 */

export const DEFAULT_CRITERIA: readonly Criterion[] = [
  {
    id: 'quality',
    name: "Quality on the client's own data",
    description:
      '1 = fails on a trial with real client examples; 5 = consistently accurate on them, checked by the people who do the work.',
    weight: 25,
  },
  {
    id: 'security',
    name: 'Security and data handling',
    description:
      '1 = unclear where data goes or who sees it; 5 = EU or approved locations, no training on data, short or zero retention, audited controls.',
    weight: 20,
  },
  {
    id: 'integration',
    name: 'Integration',
    description:
      '1 = copy-paste only; 5 = works inside the systems people already use (SSO, APIs, connectors) with little IT effort.',
    weight: 15,
  },
  {
    id: 'tco',
    name: 'Total cost of ownership',
    description:
      '1 = unpredictable or high cost incl. set-up, usage and internal effort; 5 = clear, affordable cost over three years.',
    weight: 15,
  },
  {
    id: 'support',
    name: 'Support and reliability',
    description:
      "1 = no SLA, slow support; 5 = uptime SLA with credits, responsive support in the client's language and hours.",
    weight: 10,
  },
  {
    id: 'viability',
    name: 'Vendor viability and lock-in',
    description: '1 = fragile vendor, data hard to get out; 5 = stable vendor, full export and easy switch.',
    weight: 10,
  },
  {
    id: 'compliance',
    name: 'EU AI Act / compliance posture',
    description:
      "1 = no documentation or oversight features; 5 = documentation, logging and human-oversight features that support the deployer's duties.",
    weight: 5,
  },
];

export const DEFAULT_TEMPLATE_ID = 'default';

export const DEFAULT_CRITERIA_TEMPLATE: CriteriaTemplate = {
  id: DEFAULT_TEMPLATE_ID,
  name: 'Default AI vendor evaluation',
  criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
  builtIn: true,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

export const DEFAULT_GATE_IDS = {
  dpa: 'no-dpa',
  training: 'trains-without-opt-out',
  encryption: 'no-encryption-at-rest',
  dataLocation: 'data-outside-permitted-jurisdictions',
  subProcessors: 'sub-processors-undisclosed',
} as const;
export type DefaultGateId = (typeof DEFAULT_GATE_IDS)[keyof typeof DEFAULT_GATE_IDS];

export const DEFAULT_GATES: readonly KnockOutGate[] = [
  {
    id: DEFAULT_GATE_IDS.dpa,
    name: 'No DPA offered',
    question: 'Does the vendor offer a data processing agreement (DPA)?',
    guidance: 'Without a DPA the client cannot lawfully let the vendor process personal data (GDPR Art. 28).',
  },
  {
    id: DEFAULT_GATE_IDS.training,
    name: 'Trains on customer data without opt-out',
    question: 'Is training on customer data excluded, by contract or by an opt-out the client can use?',
    guidance:
      'Check the vendor and the model provider behind it; prompts, outputs, files and feedback all count.',
  },
  {
    id: DEFAULT_GATE_IDS.encryption,
    name: 'No encryption at rest',
    question: 'Is customer data encrypted at rest?',
    guidance: 'Ask for evidence (security whitepaper, SOC 2 / ISO 27001 scope), not only a yes.',
  },
  {
    id: DEFAULT_GATE_IDS.dataLocation,
    name: 'Data stored outside permitted jurisdictions without a transfer mechanism',
    question:
      "Is data stored in the client's permitted jurisdictions, or covered by a transfer mechanism (SCCs, adequacy decision)?",
    guidance: 'Include backups, support access and the sub-processors, especially the model provider.',
  },
  {
    id: DEFAULT_GATE_IDS.subProcessors,
    name: 'Refuses to describe its sub-processors',
    question: 'Does the vendor name its sub-processors, including the model provider, and their locations?',
    guidance: 'A published sub-processor list with change notification passes.',
  },
];

type QuestionSeed = Pick<DdQuestion, 'id' | 'topic' | 'question'>;

const QUESTION_SEEDS: QuestionSeed[] = [
  // Data handling
  {
    id: 'dd-data-location',
    topic: 'data-handling',
    question:
      'Where exactly are our prompts, files and outputs stored and processed (regions, data centres), including backups and support access?',
  },
  {
    id: 'dd-training',
    topic: 'data-handling',
    question:
      'Do you or your model provider use our prompts, outputs, files or feedback to train or improve any model? Is that excluded by contract or only by a setting?',
  },
  {
    id: 'dd-retention',
    topic: 'data-handling',
    question:
      'How long are prompts, outputs and logs kept (including abuse-monitoring logs at the model provider), and can we choose zero or shorter retention?',
  },
  {
    id: 'dd-sub-processors',
    topic: 'data-handling',
    question:
      'Which sub-processors handle our data, including the model provider, where are they located, and how are we told about changes?',
  },
  {
    id: 'dd-transfers',
    topic: 'data-handling',
    question:
      'For any transfer outside the EEA: which transfer mechanism applies (SCCs, EU-US Data Privacy Framework), and is there a transfer impact assessment?',
  },
  {
    id: 'dd-deletion',
    topic: 'data-handling',
    question:
      'How is personal data deleted on request and at the end of the contract, and do you confirm deletion in writing?',
  },
  // Security evidence
  {
    id: 'dd-certifications',
    topic: 'security-evidence',
    question:
      'Can you share your current SOC 2 Type II report or ISO 27001 certificate (scope and validity), and are you working towards ISO 42001?',
  },
  {
    id: 'dd-encryption',
    topic: 'security-evidence',
    question:
      'Is our data encrypted in transit and at rest, who manages the keys, and can we bring our own keys?',
  },
  {
    id: 'dd-access',
    topic: 'security-evidence',
    question:
      'Do you support SSO (SAML/OIDC), user provisioning, role-based access and audit logs we can export?',
  },
  {
    id: 'dd-pentest',
    topic: 'security-evidence',
    question:
      'When was your last independent penetration test, and do you test for prompt injection and data leaking between customers?',
  },
  {
    id: 'dd-incidents',
    topic: 'security-evidence',
    question:
      'Within how many hours do you notify us of a security incident or personal data breach, and what does the notice contain?',
  },
  // Model and product
  {
    id: 'dd-models',
    topic: 'model-and-product',
    question:
      'Which models and versions power the product, who hosts them, and how far ahead are we told before a model changes?',
  },
  {
    id: 'dd-quality',
    topic: 'model-and-product',
    question:
      'How do you measure output quality and errors such as hallucinations, and can we run a trial on our own data before signing?',
  },
  {
    id: 'dd-ai-act',
    topic: 'model-and-product',
    question:
      'What documentation, logging and human-oversight features do you provide to support our duties as deployer under the EU AI Act?',
  },
  // Commercial
  {
    id: 'dd-pricing',
    topic: 'commercial',
    question:
      'What is the full pricing (seats, usage, overage, minimum commitment), and how have your prices changed over the last two years?',
  },
  {
    id: 'dd-sla',
    topic: 'commercial',
    question:
      'What uptime SLA, service credits, support hours and response times apply, and is support available in our language?',
  },
  {
    id: 'dd-liability',
    topic: 'commercial',
    question:
      'What liability cap and intellectual-property indemnity do you offer for the AI output, including third-party claims?',
  },
  {
    id: 'dd-viability',
    topic: 'commercial',
    question:
      'How is the company funded, how many customers like us do you serve, and what happens to our service if you are acquired or stop the product?',
  },
  // Exit
  {
    id: 'dd-export',
    topic: 'exit',
    question:
      'Can we export all our data, configuration, prompts and outputs in a standard format, at any time and at no extra cost?',
  },
  {
    id: 'dd-exit-terms',
    topic: 'exit',
    question:
      'What are the minimum term and notice period, and what help do you give with the transition to another provider?',
  },
];

export const DEFAULT_DD_QUESTIONS: readonly DdQuestion[] = QUESTION_SEEDS.map((q) => ({
  ...q,
  builtIn: true,
}));
