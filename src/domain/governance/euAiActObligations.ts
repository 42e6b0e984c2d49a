import { ART5_IDS, ART5_OMNIBUS_IDS, type ApplicationDate, type ObligationRule } from './aiActTypes';
import { EUR_LEX, eurLexUrl, withSource } from './euAiActSources';

/**
 * When each part of the AI Act applies: Art. 113 of Reg. (EU) 2024/1689 as amended by the Digital
 * Omnibus on AI, Reg. (EU) 2026/1744 (dates of the product brief; uncertainties in the notes).
 */
const DATES: (Omit<ApplicationDate, 'url'> & { url?: string })[] = [
  { id: 'entryIntoForce', date: '2024-08-01', what: 'Entry into force', source: 'Art. 113' },
  {
    id: 'literacyAndProhibitions',
    date: '2025-02-02',
    what: 'Art. 4 AI literacy; Art. 5 prohibitions (Chapters I and II)',
    source: 'Art. 113(a)',
  },
  {
    id: 'gpaiAndPenalties',
    date: '2025-08-02',
    what: 'General-purpose AI model obligations; penalties',
    source: 'Art. 113(b)',
  },
  {
    id: 'transparency',
    date: '2026-08-02',
    what: 'Art. 50 transparency duties',
    source: 'Art. 113',
    note: 'Not moved by the Omnibus. Transition (Reg. (EU) 2026/1744): generative systems already placed on the market before 2 Aug 2026 have until 2 Dec 2026 for the machine-readable marking of Art. 50(2) only; the other Art. 50 duties apply from 2 Aug 2026. The length of that transition changed during the negotiations (6, then 4 months): check the text as published.',
  },
  {
    id: 'omnibusProhibitions',
    date: '2026-12-02',
    what: 'New Art. 5 prohibitions: non-consensual intimate imagery, child sexual abuse material',
    source: 'Reg. (EU) 2026/1744',
    url: EUR_LEX.omnibus,
  },
  {
    id: 'highRiskAnnexIII',
    date: '2027-12-02',
    what: 'Annex III high-risk obligations, incl. deployer duties (Art. 26) and serious-incident reporting (Art. 73); moved from 2 Aug 2026 by the Omnibus',
    source: 'Reg. (EU) 2026/1744',
    url: EUR_LEX.omnibus,
  },
  {
    id: 'highRiskAnnexI',
    date: '2028-08-02',
    what: 'High-risk systems in Annex I products; moved from 2 Aug 2027 by the Omnibus',
    source: 'Reg. (EU) 2026/1744',
    url: EUR_LEX.omnibus,
  },
];
export const EU_AI_ACT_APPLICATION_DATES: readonly ApplicationDate[] = DATES.map((d) => ({
  ...d,
  url: d.url ?? eurLexUrl(d.source),
}));

type RuleDraft = Omit<ObligationRule, 'url'> & { url?: string };

const PROVIDER_AND_DEPLOYER = ['provider', 'deployer'] as const;
const DEPLOYER = ['deployer'] as const;
const PROVIDER = ['provider'] as const;
const NOT_PROHIBITED = ['high', 'limited', 'minimal'] as const;
const HIGH = ['high'] as const;
const HIGH_OR_LIMITED = ['high', 'limited'] as const;

const PROHIBITION_STOPS: RuleDraft[] = [
  {
    id: 'art5.stop',
    title: 'Stop the use case: it is a prohibited practice',
    description:
      'Do not place on the market, put into service or use the system. Decommission it if it runs.',
    article: 'Art. 5(1)',
    appliesFrom: 'literacyAndProhibitions',
    tiers: ['prohibited'],
    roles: PROVIDER_AND_DEPLOYER,
    trigger: { anyYes: ART5_IDS },
  },
  {
    id: 'art5.stopOmnibus',
    title: 'Stop the use case: prohibited from 2 Dec 2026',
    description:
      'Generating non-consensual intimate imagery or child sexual abuse material is prohibited by the Digital Omnibus. Stop now: such use is unlawful under other law already.',
    article: 'Art. 5, as amended by Reg. (EU) 2026/1744',
    appliesFrom: 'omnibusProhibitions',
    tiers: ['prohibited'],
    roles: PROVIDER_AND_DEPLOYER,
    trigger: { anyYes: ART5_OMNIBUS_IDS },
  },
];

const LITERACY: RuleDraft = {
  id: 'art4.literacy',
  title: 'Support AI literacy of staff and others who use the system',
  description:
    'Take measures to support a sufficient level of AI literacy, taking into account their knowledge and the context of use. Since the Omnibus this is an effort duty, not an outcome.',
  article: 'Art. 4',
  appliesFrom: 'literacyAndProhibitions',
  tiers: NOT_PROHIBITED,
  roles: PROVIDER_AND_DEPLOYER,
  trigger: 'always',
};

/** The deployer's checklist for a high-risk system (Art. 26), one item per duty. */
const DEPLOYER_HIGH_RISK: RuleDraft[] = [
  [
    'art26.instructions',
    "Use the system according to the provider's instructions for use",
    'Art. 26(1)',
    'Take technical and organisational measures so the system is used as the instructions say.',
  ],
  [
    'art26.oversight',
    'Assign human oversight to competent, trained people with authority',
    'Art. 26(2)',
    'Name the people who oversee the system; they need the competence, training, authority and support to do so.',
  ],
  [
    'art26.inputData',
    'Ensure input data under your control is relevant and representative',
    'Art. 26(4)',
    'For the intended purpose of the system.',
  ],
  [
    'art26.monitoring',
    'Monitor operation; on a risk, inform the provider and authority and suspend use',
    'Art. 26(5)',
    'Report serious incidents to the provider first (see the incident register for deadlines).',
  ],
  [
    'art26.logs',
    'Keep the logs under your control for at least 6 months',
    'Art. 26(6)',
    'Longer where other law (e.g. data protection) requires it.',
  ],
  [
    'art26.workers',
    "Inform workers' representatives and affected workers before using it at work",
    'Art. 26(7)',
    'Before putting the system into service or use at the workplace.',
  ],
  [
    'art26.dpia',
    "Use the provider's information for the GDPR data-protection impact assessment",
    'Art. 26(9); GDPR Art. 35',
    'Where a DPIA is required (see the DPIA screening).',
  ],
  [
    'art26.informPersons',
    'Inform people subject to decisions made or assisted by the system, and of their right to an explanation',
    'Art. 26(11); Art. 86',
    "People affected by a decision based on the system's output may ask for a clear explanation.",
  ],
  [
    'art26.cooperate',
    'Cooperate with the competent authorities',
    'Art. 26(12)',
    'In any action they take in relation to the system.',
  ],
].map(([id, title, article, description]) => ({
  id,
  title,
  article,
  description,
  appliesFrom: 'highRiskRoute' as const,
  tiers: HIGH,
  roles: DEPLOYER,
  trigger: 'always' as const,
}));

const PROVIDER_HIGH_RISK: RuleDraft = {
  id: 'art16.provider',
  title: 'Meet the provider obligations for a high-risk system',
  description:
    'Risk management, data governance, technical documentation, logging, instructions for use, human-oversight design, accuracy and robustness (Art. 9-15); quality management system, conformity assessment, CE marking and EU database registration (Art. 16-17, 43, 47-49).',
  article: 'Art. 16',
  appliesFrom: 'highRiskRoute',
  tiers: HIGH,
  roles: PROVIDER,
  trigger: 'always',
  deployerCheck: {
    id: 'art16.check',
    title: 'Check that the provider meets its high-risk duties',
    description:
      'Ask for the instructions for use, the EU declaration of conformity, the CE marking and the EU database registration (Art. 16, 47-49): you need the instructions for your own Art. 26 duties.',
  },
};

const FRIA: RuleDraft = {
  id: 'art27.fria',
  title: 'Carry out a fundamental-rights impact assessment (FRIA) before first use',
  description:
    'Describe the process, period and frequency of use, the people affected, the risks of harm to them, human oversight, and the measures if risks materialise; notify the market-surveillance authority of the results.',
  article: 'Art. 27',
  appliesFrom: 'highRiskAnnexIII',
  tiers: HIGH,
  roles: DEPLOYER,
  trigger: 'friaRequired',
};

const EXCEPTION_RECORD: RuleDraft = {
  id: 'art6_3.record',
  title: 'Document why the Art. 6(3) exception holds, before placing the system on the market',
  description:
    'Keep the assessment on file and give it to the authorities on request (Art. 6(4)); register the system in the EU database where Art. 49(2) still requires it (see the note).',
  article: 'Art. 6(4); Art. 49(2)',
  appliesFrom: 'highRiskAnnexIII',
  tiers: ['limited', 'minimal'],
  roles: PROVIDER,
  trigger: 'exceptionHolds',
  note: "The Commission's Omnibus proposal deleted the Art. 49(2) registration of Art. 6(3)-exempt systems and kept the documentation duty; whether Reg. (EU) 2026/1744 as adopted keeps the registration is not confirmed by this pack's sources: check the published text. The date follows the Annex III regime; the original text applied Art. 6 from 2 Aug 2026.",
  deployerCheck: {
    id: 'art6_3.record',
    title: 'Ask the provider for its documented Art. 6(3) assessment, and keep your own reasoning',
    description:
      "The duty to document (and, where still required, to register) is the provider's. Your reasoning is recorded with this classification; keep the provider's assessment with it.",
  },
};

const TRANSPARENCY_ITEMS: Omit<RuleDraft, 'appliesFrom' | 'tiers'>[] = [
  {
    id: 'art50.1.provider',
    title: 'Design the system so people are told they are interacting with an AI',
    description: 'Unless this is obvious to a reasonably well-informed person from the context.',
    article: 'Art. 50(1)',
    roles: PROVIDER,
    trigger: { anyYes: ['art50.1'] },
    deployerCheck: {
      id: 'art50.1.deployer',
      title: 'Check that the provider tells people they are dealing with an AI',
      description:
        'Art. 50(1) binds the provider, who must design for it. Check that the disclosure reaches people in your set-up, and add it yourself where it does not (good practice even when a human approves every reply).',
    },
  },
  {
    id: 'art50.2.provider',
    title: 'Mark generated audio, images, video and text as AI-generated, machine-readably',
    description:
      'Using effective, interoperable and robust techniques (e.g. watermarks, metadata), as far as technically feasible.',
    article: 'Art. 50(2)',
    roles: PROVIDER,
    trigger: { anyYes: ['art50.2'] },
    note: 'Systems placed on the market before 2 Aug 2026: until 2 Dec 2026 for the marking (transition of Reg. (EU) 2026/1744; check the text as published).',
    deployerCheck: {
      id: 'art50.2.deployer',
      title: 'Check that the tool marks its generated content as AI-generated',
      description:
        "Marking is the provider's duty; ask the vendor how it is done and keep the marks intact when publishing.",
    },
  },
  {
    id: 'art50.3.deployer',
    title: 'Inform people exposed to emotion recognition or biometric categorisation',
    description: 'And process their personal data in line with the GDPR.',
    article: 'Art. 50(3)',
    roles: DEPLOYER,
    trigger: { anyYes: ['art50.3'] },
  },
  {
    id: 'art50.4.deployer',
    title: 'Disclose deepfakes and AI-generated public-interest texts as AI-generated',
    description: 'For texts, not needed where a human has reviewed them and holds editorial responsibility.',
    article: 'Art. 50(4)',
    roles: DEPLOYER,
    trigger: { anyYes: ['art50.4'] },
  },
];
const TRANSPARENCY: RuleDraft[] = TRANSPARENCY_ITEMS.map((rule) => ({
  ...rule,
  appliesFrom: 'transparency',
  tiers: HIGH_OR_LIMITED,
}));

/** All obligations of the pack, in the order they are listed to the user. */
export const EU_AI_ACT_OBLIGATIONS: readonly ObligationRule[] = [
  ...PROHIBITION_STOPS,
  LITERACY,
  ...DEPLOYER_HIGH_RISK,
  PROVIDER_HIGH_RISK,
  FRIA,
  EXCEPTION_RECORD,
  ...TRANSPARENCY,
].map(withSource);
