import { ANNEX1_ID, ANNEX3_IDS, EXCEPTION_CONDITION_IDS, EXCEPTION_NO_SIGNIFICANT_RISK_ID, type AiActQuestion } from './aiActTypes';
import { withSource } from './euAiActSources';

type QuestionDraft = Omit<AiActQuestion, 'url'>;

/**
 * The questions of the EU AI Act classification wizard, in the order they are asked.
 * Each answer is stored under the question id; `classifyAiAct` reads them.
 */

const ifAnyAnnexIII = [{ anyYes: ANNEX3_IDS }] as const;

const PROHIBITED: QuestionDraft[] = [
  {
    id: 'art5.a', section: 'prohibited', kind: 'yesNo', article: 'Art. 5(1)(a)',
    text: 'Does the system use subliminal, manipulative or deceptive techniques that distort people\'s behaviour in a way that can cause significant harm?',
    help: 'E.g. hidden cues or dark patterns that push people into decisions they would not otherwise take and that harm them. Ordinary persuasion or advertising is not meant.',
    finding: 'Uses subliminal, manipulative or deceptive techniques that can cause significant harm.',
  },
  {
    id: 'art5.b', section: 'prohibited', kind: 'yesNo', article: 'Art. 5(1)(b)',
    text: 'Does it exploit vulnerabilities of people due to their age, disability or social or economic situation, in a way that can cause significant harm?',
    help: 'E.g. targeting people in debt with predatory offers, or children with manipulative prompts.',
    finding: 'Exploits vulnerabilities due to age, disability or social or economic situation.',
  },
  {
    id: 'art5.c', section: 'prohibited', kind: 'yesNo', article: 'Art. 5(1)(c)',
    text: 'Does it score people on their social behaviour or personal traits, leading to detrimental treatment in unrelated contexts or out of proportion?',
    help: 'Social scoring: e.g. lowering someone\'s access to a service because of their behaviour on social media.',
    finding: 'Social scoring leading to detrimental or disproportionate treatment.',
  },
  {
    id: 'art5.d', section: 'prohibited', kind: 'yesNo', article: 'Art. 5(1)(d)',
    text: 'Does it predict whether a person will commit a criminal offence based solely on profiling or personality traits?',
    help: 'Supporting a human assessment that is based on objective, verifiable facts about criminal activity is not covered.',
    finding: 'Predicts criminal offences based solely on profiling or personality traits.',
  },
  {
    id: 'art5.e', section: 'prohibited', kind: 'yesNo', article: 'Art. 5(1)(e)',
    text: 'Does it build or expand a face-recognition database by untargeted scraping of facial images from the internet or CCTV footage?',
    help: 'Collecting faces in bulk without a specific, targeted purpose.',
    finding: 'Untargeted scraping of facial images for a face-recognition database.',
  },
  {
    id: 'art5.f', section: 'prohibited', kind: 'yesNo', article: 'Art. 5(1)(f)',
    text: 'Does it recognise or infer the emotions of people at work or in education, for reasons other than medical or safety ones?',
    help: 'Emotion recognition means inferring emotions or intentions (e.g. stress, anger, happiness, boredom) from biometric data such as the face, voice or body movement. It counts whatever the main purpose: a workplace camera for security that also infers stress or anger IS emotion recognition at work, so answer yes. Only a medical or safety purpose is excepted (e.g. a pilot\'s stress monitor for safety). Not covered: physical states such as pain or fatigue, and sentiment read from text alone.',
    finding: 'Emotion recognition in the workplace or in education (not for medical or safety reasons).',
  },
  {
    id: 'art5.g', section: 'prohibited', kind: 'yesNo', article: 'Art. 5(1)(g)',
    text: 'Does it sort people by biometric data (face, voice, gait...) to infer their race, political opinions, trade-union membership, religion or beliefs, sex life or sexual orientation?',
    help: 'Biometric categorisation that deduces sensitive attributes.',
    finding: 'Biometric categorisation inferring sensitive attributes.',
  },
  {
    id: 'art5.h', section: 'prohibited', kind: 'yesNo', article: 'Art. 5(1)(h)',
    text: 'Is it used for real-time remote biometric identification of people in publicly accessible spaces for law enforcement?',
    help: 'Live face recognition in public spaces by or for the police; allowed only in narrow, authorised cases that SMEs do not meet.',
    finding: 'Real-time remote biometric identification in public spaces for law enforcement.',
  },
  {
    id: 'art5.intimateImagery', section: 'prohibited', kind: 'yesNo', article: 'Art. 5, as amended by Reg. (EU) 2026/1744 (from 2 Dec 2026)',
    text: 'Can it generate intimate or sexually explicit images, audio or video of real people without their consent?',
    help: 'Non-consensual intimate imagery ("nudify" tools, sexual deepfakes). Prohibited by the Digital Omnibus from 2 December 2026.',
    finding: 'Generates non-consensual intimate imagery of real people (prohibited from 2 Dec 2026).',
  },
  {
    id: 'art5.csam', section: 'prohibited', kind: 'yesNo', article: 'Art. 5, as amended by Reg. (EU) 2026/1744 (from 2 Dec 2026)',
    text: 'Can it generate child sexual abuse material?',
    help: 'Prohibited by the Digital Omnibus from 2 December 2026 (and a criminal offence under other law already).',
    finding: 'Generates child sexual abuse material (prohibited from 2 Dec 2026).',
  },
];

const HIGH_RISK: QuestionDraft[] = [
  {
    id: 'art6_1.annex1', section: 'annex1', kind: 'yesNo', article: 'Art. 6(1), Annex I',
    text: 'Is the system a safety component of a product (or itself a product) covered by the EU product laws in Annex I, where that product needs a third-party conformity assessment?',
    help: 'Annex I lists e.g. machinery, toys, lifts, radio equipment, medical and in-vitro diagnostic devices, vehicles and aviation. Typical: AI that controls a machine\'s safety function.',
    finding: 'Safety component of a product under Annex I legislation that needs third-party conformity assessment.',
  },
  {
    id: 'annex3.1', section: 'annex3', kind: 'yesNo', article: 'Art. 6(2), Annex III point 1',
    text: 'Biometrics: is it used for remote biometric identification, biometric categorisation by sensitive attributes, or emotion recognition?',
    help: 'Identifying people from a distance by face, voice or gait; verifying that someone is who they claim to be (e.g. unlocking a phone) is not included.',
    finding: 'Biometrics (Annex III point 1).',
  },
  {
    id: 'annex3.2', section: 'annex3', kind: 'yesNo', article: 'Art. 6(2), Annex III point 2',
    text: 'Critical infrastructure: is it a safety component in managing or operating critical digital infrastructure, road traffic, or the supply of water, gas, heating or electricity?',
    help: 'E.g. AI that controls load balancing of an electricity grid. Cybersecurity tooling of an ordinary office network is not meant.',
    finding: 'Safety component of critical infrastructure (Annex III point 2).',
  },
  {
    id: 'annex3.3', section: 'annex3', kind: 'yesNo', article: 'Art. 6(2), Annex III point 3',
    text: 'Education and vocational training: does it decide on admission, evaluate learning outcomes, assess the level of education someone gets, or monitor students during tests?',
    help: 'E.g. automated grading, admission ranking, online proctoring.',
    finding: 'Education and vocational training: admission, assessment or proctoring (Annex III point 3).',
  },
  {
    id: 'annex3.4a', section: 'annex3', kind: 'yesNo', article: 'Art. 6(2), Annex III point 4(a)',
    text: 'Recruitment or selection: does it place targeted job ads, analyse or filter applications, or evaluate candidates?',
    help: 'E.g. CV screening, ranking or summarising applicants, chat-based interviews that assess candidates. Drafting a job posting text is not included unless the AI targets who sees the ad.',
    finding: 'Recruitment or selection: targeted job ads, analysing and filtering applications, evaluating candidates (Annex III point 4(a)).',
  },
  {
    id: 'annex3.4b', section: 'annex3', kind: 'yesNo', article: 'Art. 6(2), Annex III point 4(b)',
    text: 'Work relationships: does it support decisions on terms of work, promotion or termination, allocate tasks based on behaviour or personal traits, or monitor and evaluate workers\' performance and behaviour?',
    help: 'E.g. productivity scoring of employees, automated shift allocation based on personal traits.',
    finding: 'Decisions on terms of work, promotion, termination, task allocation, or monitoring of workers (Annex III point 4(b)).',
  },
  {
    id: 'annex3.5', section: 'annex3', kind: 'yesNo', article: 'Art. 6(2), Annex III point 5',
    text: 'Essential services: does it decide on access to public benefits, assess creditworthiness or a credit score, price or assess risk for life or health insurance, or triage emergency calls or patients?',
    help: 'Detecting financial fraud is not included in credit scoring.',
    finding: 'Access to essential private or public services (Annex III point 5).',
  },
  {
    id: 'annex3.6', section: 'annex3', kind: 'yesNo', article: 'Art. 6(2), Annex III point 6',
    text: 'Law enforcement: is it used by or for law-enforcement authorities, e.g. to assess the risk of someone becoming a victim or offender, evaluate evidence, or profile people in investigations?',
    help: 'Rare for SMEs unless they supply police or prosecutors.',
    finding: 'Law enforcement (Annex III point 6).',
  },
  {
    id: 'annex3.7', section: 'annex3', kind: 'yesNo', article: 'Art. 6(2), Annex III point 7',
    text: 'Migration, asylum and border control: is it used to assess risks of people entering the EU, examine asylum, visa or residence applications, or detect and identify people at borders?',
    help: 'Used by or for public authorities in migration, asylum and border management.',
    finding: 'Migration, asylum and border control (Annex III point 7).',
  },
  {
    id: 'annex3.8', section: 'annex3', kind: 'yesNo', article: 'Art. 6(2), Annex III point 8',
    text: 'Justice and democracy: does it help a court or dispute-resolution body research and interpret facts and law, or is it meant to influence the outcome of an election or referendum or how people vote?',
    help: 'Tools that only organise or optimise political campaigns logistically are not included.',
    finding: 'Administration of justice and democratic processes (Annex III point 8).',
  },
];

const EXCEPTION: QuestionDraft[] = [
  {
    id: 'art6_3.a', section: 'exception', kind: 'yesNo', article: 'Art. 6(3)(a)', askIf: ifAnyAnnexIII,
    text: 'Does the system only perform a narrow procedural task?',
    help: 'E.g. turning unstructured documents into structured data, sorting incoming documents into categories, detecting duplicates.',
    finding: 'performs a narrow procedural task',
  },
  {
    id: 'art6_3.b', section: 'exception', kind: 'yesNo', article: 'Art. 6(3)(b)', askIf: ifAnyAnnexIII,
    text: 'Does it only improve the result of a human activity that was already completed?',
    help: 'E.g. polishing the language of a text a person already wrote.',
    finding: 'improves the result of a completed human activity',
  },
  {
    id: 'art6_3.c', section: 'exception', kind: 'yesNo', article: 'Art. 6(3)(c)', askIf: ifAnyAnnexIII,
    text: 'Does it only detect decision patterns or deviations from earlier patterns, without replacing or influencing the human assessment without proper human review?',
    help: 'E.g. flagging that a teacher\'s grading deviates from their usual pattern, for a human to look at.',
    finding: 'detects decision patterns without replacing human assessment',
  },
  {
    id: 'art6_3.d', section: 'exception', kind: 'yesNo', article: 'Art. 6(3)(d)', askIf: ifAnyAnnexIII,
    text: 'Does it only perform a preparatory task to an assessment that a human makes?',
    help: 'E.g. translating or indexing documents before a person assesses them. Summaries that select what a decision-maker sees can go beyond preparation.',
    finding: 'performs a preparatory task',
  },
  {
    id: 'art6_3.noSignificantRisk', section: 'exception', kind: 'yesNo', article: 'Art. 6(3), first subparagraph', askIf: ifAnyAnnexIII,
    text: 'Is it true that the system poses no significant risk of harm to people\'s health, safety or fundamental rights, and does not materially influence the outcome of decisions?',
    help: 'The exception needs both this and one of the conditions above.',
  },
  {
    id: 'art6_3.profiling', section: 'exception', kind: 'yesNo', article: 'Art. 6(3), third subparagraph; GDPR Art. 4(4)', askIf: ifAnyAnnexIII,
    text: 'Does the system profile people: automatically evaluate personal aspects such as work performance, reliability, behaviour, interests or preferences?',
    help: 'Profiling as defined in GDPR Art. 4(4). An Annex III system that profiles people is always high-risk, whatever the answers above.',
  },
  {
    id: 'art6_3.reasoning', section: 'exception', kind: 'text', article: 'Art. 6(3)-(4)',
    askIf: [{ anyYes: [...EXCEPTION_CONDITION_IDS, EXCEPTION_NO_SIGNIFICANT_RISK_ID] }],
    text: 'Why does the exception hold? Record your reasoning.',
    help: 'The claimed exception and its reasoning must be documented; a provider must also register the system (Art. 49(2)).',
  },
];

const TRANSPARENCY: QuestionDraft[] = [
  {
    id: 'art50.1', section: 'transparency', kind: 'yesNo', article: 'Art. 50(1)',
    text: 'Does the system interact directly with people (chat, e-mail, voice) who might not realise it is an AI?',
    help: 'Answer yes unless it is obvious to a reasonably well-informed person that they deal with an AI. Where a human approves every reply, answering yes still lists the disclosure, which is good practice.',
    finding: 'Interacts directly with people: they must be told it is an AI unless that is obvious.',
  },
  {
    id: 'art50.2', section: 'transparency', kind: 'yesNo', article: 'Art. 50(2)',
    text: 'Does it generate synthetic audio, images, video or text?',
    help: 'Any generative AI output, e.g. drafted texts or generated images. Not needed where the system only assists standard editing or does not substantially alter the input.',
    finding: 'Generates synthetic audio, image, video or text: outputs must be marked as AI-generated in a machine-readable way.',
  },
  {
    id: 'art50.3', section: 'transparency', kind: 'yesNo', article: 'Art. 50(3)',
    text: 'Does it recognise emotions or categorise people using biometric data?',
    help: 'From biometric data (face, voice, body). Emotion recognition at work or in education is prohibited outright (Art. 5(1)(f)): answer that question yes instead.',
    finding: 'Emotion recognition or biometric categorisation: people exposed must be informed.',
  },
  {
    id: 'art50.4', section: 'transparency', kind: 'yesNo', article: 'Art. 50(4)',
    text: 'Does it create deepfakes, or publish AI-generated text to inform the public on matters of public interest without a human taking editorial responsibility?',
    help: 'Deepfake: image, audio or video resembling real people, places or events that falsely appears authentic.',
    finding: 'Deepfakes or AI-generated text on matters of public interest: must be disclosed as AI-generated.',
  },
];

const ROLE_AND_GPAI: QuestionDraft[] = [
  {
    id: 'role', section: 'role', kind: 'choice', article: 'Art. 3(3)-(4)',
    text: 'What is the organisation\'s role for this system?',
    help: 'Provider: develops the system or has it developed and places it on the market or puts it into service under its own name. Deployer: uses it under its own authority. SME clients are almost always deployers.',
    options: [
      { value: 'deployer', label: 'Deployer (we use it)' },
      { value: 'provider', label: 'Provider (we develop it or sell it under our name)' },
      { value: 'both', label: 'Both' },
    ],
  },
  {
    id: 'role.art25', section: 'role', kind: 'yesNo', article: 'Art. 25(1)', askIf: [{ anyYes: [ANNEX1_ID, ...ANNEX3_IDS] }, { roleIn: ['deployer'] }],
    text: 'Do you put your own name or trademark on the system, substantially modify it, or use it for a purpose that makes it high-risk?',
    help: 'If so, you become the provider of that high-risk system, with the provider\'s obligations.',
  },
  {
    id: 'art27.publicService', section: 'fria', kind: 'yesNo', article: 'Art. 27(1)', askIf: [...ifAnyAnnexIII, { roleIn: ['deployer', 'both'] }],
    text: 'Is the organisation a public body, or a private organisation providing public services (e.g. education, healthcare, social housing)?',
    help: 'Such deployers must carry out a fundamental-rights impact assessment (FRIA) before using a high-risk system (except critical infrastructure).',
  },
  {
    id: 'art27.creditOrInsurance', section: 'fria', kind: 'yesNo', article: 'Art. 27(1); Annex III point 5(b)-(c)', askIf: [...ifAnyAnnexIII, { roleIn: ['deployer', 'both'] }],
    text: 'Is the system used to assess creditworthiness or credit scores, or to price or assess risk for life or health insurance?',
    help: 'Deployers of these systems must carry out a FRIA whoever they are.',
  },
  {
    id: 'gpai.buildsOn', section: 'gpai', kind: 'yesNo', article: 'Art. 3(63), Art. 53-55',
    text: 'Does the use case build on a general-purpose AI model (e.g. GPT, Claude, Gemini, Llama, Mistral)?',
    help: 'GPAI obligations fall on the model provider, not on a deployer using it; recording which model is used helps vendor checks.',
  },
  {
    id: 'gpai.model', section: 'gpai', kind: 'text', article: 'Art. 3(63)', askIf: [{ anyYes: ['gpai.buildsOn'] }],
    text: 'Which model (and version)?',
    help: 'E.g. "GPT-5 via Azure OpenAI".',
  },
  {
    id: 'gpai.provider', section: 'gpai', kind: 'text', article: 'Art. 3(3), Art. 53', askIf: [{ anyYes: ['gpai.buildsOn'] }],
    text: 'Who provides the model?',
    help: 'The company that places the model on the market, e.g. OpenAI, Anthropic, Google, Meta, Mistral AI.',
  },
];

export const EU_AI_ACT_QUESTIONS: readonly AiActQuestion[] = [...PROHIBITED, ...HIGH_RISK, ...EXCEPTION, ...TRANSPARENCY, ...ROLE_AND_GPAI].map(withSource);
