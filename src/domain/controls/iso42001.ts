import type { Requirement } from './types';

/**
 * ISO/IEC 42001:2023 (AI management systems): clauses 4-10 (mandatory) and the 38 reference controls
 * of Annex A. References are the standard's; titles are the app's own short wording, since the
 * standard's text is copyrighted and is not reproduced here.
 */

type Row = readonly [ref: string, title: string];

const CLAUSE_GROUPS: Record<string, string> = {
  '4': '4 Context of the organisation',
  '5': '5 Leadership',
  '6': '6 Planning',
  '7': '7 Support',
  '8': '8 Operation',
  '9': '9 Performance evaluation',
  '10': '10 Improvement',
};

const CLAUSES: Row[] = [
  ['4.1', 'Know the organisation, its context and its role towards AI'],
  ['4.2', 'Know who has a stake in the AI management system and what they expect'],
  ['4.3', 'Set and document the scope of the AI management system'],
  ['4.4', 'Run the AI management system and keep improving it'],
  ['5.1', 'Top management leads and commits to the AI management system'],
  ['5.2', 'Have an AI policy set by top management'],
  ['5.3', 'Assign roles, responsibilities and authorities for AI'],
  ['6.1.1', 'Plan how to address AI risks and opportunities'],
  ['6.1.2', 'Assess AI risks with a defined, repeatable method'],
  ['6.1.3', 'Treat AI risks and keep a Statement of Applicability'],
  ['6.1.4', 'Assess the impact of AI systems on people and society'],
  ['6.2', 'Set measurable AI objectives and plan how to reach them'],
  ['6.3', 'Plan changes to the AI management system'],
  ['7.1', 'Provide the resources the AI management system needs'],
  ['7.2', 'Make sure people working on AI are competent'],
  ['7.3', 'Make people aware of the AI policy and their part in it'],
  ['7.4', 'Decide what to communicate about AI, to whom and when'],
  ['7.5', 'Keep the documented information the system needs, under control'],
  ['8.1', 'Plan and control AI operations'],
  ['8.2', 'Repeat the AI risk assessment at planned intervals and on change'],
  ['8.3', 'Carry out the AI risk treatment plan'],
  ['8.4', 'Repeat AI system impact assessments at planned intervals and on change'],
  ['9.1', 'Monitor, measure and evaluate the AI management system'],
  ['9.2', 'Audit the AI management system internally'],
  ['9.3', 'Review the AI management system at management level'],
  ['10.1', 'Keep improving the AI management system'],
  ['10.2', 'Correct nonconformities and remove their causes'],
];

const ANNEX_GROUPS: Record<string, string> = {
  'A.2': 'A.2 Policies related to AI',
  'A.3': 'A.3 Internal organisation',
  'A.4': 'A.4 Resources for AI systems',
  'A.5': 'A.5 Assessing impacts of AI systems',
  'A.6': 'A.6 AI system life cycle',
  'A.7': 'A.7 Data for AI systems',
  'A.8': 'A.8 Information for interested parties',
  'A.9': 'A.9 Use of AI systems',
  'A.10': 'A.10 Third-party and customer relationships',
};

/** The 38 reference controls of Annex A. */
export const ISO_42001_ANNEX_A: Row[] = [
  ['A.2.2', 'A documented AI policy'],
  ['A.2.3', 'The AI policy fits the other policies of the organisation'],
  ['A.2.4', 'The AI policy is reviewed at planned intervals'],
  ['A.3.2', 'AI roles and responsibilities are defined and assigned'],
  ['A.3.3', 'People can report concerns about AI systems'],
  ['A.4.2', 'The resources of each AI system are documented'],
  ['A.4.3', 'Data resources are documented'],
  ['A.4.4', 'Tools used for AI are documented'],
  ['A.4.5', 'System and computing resources are documented'],
  ['A.4.6', 'The people and skills AI systems need are documented'],
  ['A.5.2', 'A process to assess the impact of AI systems'],
  ['A.5.3', 'Impact assessments are documented and kept'],
  ['A.5.4', 'The impact on individuals and groups is assessed'],
  ['A.5.5', 'The impact on society is assessed'],
  ['A.6.1.2', 'Objectives for responsible AI development are set'],
  ['A.6.1.3', 'Processes for responsible design and development'],
  ['A.6.2.2', 'Requirements of new AI systems are specified'],
  ['A.6.2.3', 'Design and development are documented'],
  ['A.6.2.4', 'AI systems are verified and validated'],
  ['A.6.2.5', 'Deployment is planned and approved'],
  ['A.6.2.6', 'AI systems are operated and monitored'],
  ['A.6.2.7', 'Technical documentation is available to those who need it'],
  ['A.6.2.8', 'Event logs are recorded and kept'],
  ['A.7.2', 'Data for development and improvement is managed'],
  ['A.7.3', 'How data is acquired is recorded'],
  ['A.7.4', 'Data quality requirements are set and met'],
  ['A.7.5', 'Where data comes from is recorded'],
  ['A.7.6', 'How data is prepared is defined'],
  ['A.8.2', 'Users get the documentation and information they need'],
  ['A.8.3', 'Interested parties can report adverse impacts'],
  ['A.8.4', 'Incidents are communicated to those who must know'],
  ['A.8.5', 'Obligations to inform interested parties are met'],
  ['A.9.2', 'Processes for responsible use of AI systems'],
  ['A.9.3', 'Objectives for responsible use are set'],
  ['A.9.4', 'AI systems are used as intended'],
  ['A.10.2', 'Responsibilities are shared out with partners, suppliers and customers'],
  ['A.10.3', "Suppliers meet the organisation's approach to responsible AI"],
  ['A.10.4', 'Customer expectations and needs are taken into account'],
];

const clauseGroup = (ref: string) => CLAUSE_GROUPS[ref.split('.')[0]];
const annexGroup = (ref: string) => ANNEX_GROUPS[ref.split('.').slice(0, 2).join('.')];

export const ISO_42001_REQUIREMENTS: Requirement[] = [
  ...CLAUSES.map(([ref, title]): Requirement => ({
    id: `iso42001:${ref}`,
    framework: 'iso42001',
    ref,
    group: clauseGroup(ref),
    title,
    kind: 'clause',
    mandatory: true,
  })),
  ...ISO_42001_ANNEX_A.map(([ref, title]): Requirement => ({
    id: `iso42001:${ref}`,
    framework: 'iso42001',
    ref,
    group: annexGroup(ref),
    title,
    kind: 'annexControl',
    mandatory: false,
  })),
];
