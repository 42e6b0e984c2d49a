import type { ControlDefinition } from './records';

/**
 * The standard control library the consultant starts from: reusable controls, each mapped to
 * requirements of all three frameworks, so work done once counts everywhere. Together they address
 * every ISO/IEC 42001 clause and Annex A control (tested).
 */

const iso = (...refs: string[]) => refs.map((r) => `iso42001:${r}`);
const nist = (...refs: string[]) => refs.map((r) => `nistAiRmf:${r}`);
const eu = (...ids: string[]) => ids.map((r) => `euAiAct:${r}`);

type StandardControl = ControlDefinition & { key: string };

export const STANDARD_CONTROLS: StandardControl[] = [
  {
    key: 'scope',
    title: 'AI management system scope and context documented',
    description:
      "One page on the organisation's role towards AI (user, provider), what the AI management system covers, who has a stake in it and what they expect.",
    requirementIds: [
      ...iso('4.1', '4.2', '4.3', '7.1', '7.4', '7.5'),
      ...nist('GOVERN 1.1', 'MAP 1.3', 'MAP 1.5'),
    ],
    ownerRole: 'Managing director',
    evidenceExpected: 'Scope statement and context analysis, approved and dated',
    reviewIntervalMonths: 12,
  },
  {
    key: 'inventory',
    title: 'AI system inventory kept and reviewed',
    description:
      'Every AI system in use or in pilot is listed with its purpose, vendor, data, computing resources and owner; the list is checked against reality at each review.',
    requirementIds: [...iso('A.4.2', 'A.4.5'), ...nist('GOVERN 1.6', 'MAP 2.1')],
    ownerRole: 'CAIO / AI lead',
    evidenceExpected: 'Export of the AI system register with the review date',
    reviewIntervalMonths: 6,
  },
  {
    key: 'policy',
    title: 'AI policy approved, published and reviewed yearly',
    description:
      'An AI policy and acceptable-use rules, approved by management, consistent with the other policies, known to staff and reviewed at least once a year.',
    requirementIds: [
      ...iso('5.2', 'A.2.2', 'A.2.3', 'A.2.4'),
      ...nist('GOVERN 1.2', 'GOVERN 1.4', 'GOVERN 4.1'),
    ],
    ownerRole: 'Management board',
    evidenceExpected: 'Approved policy with version, approval date and staff acknowledgements',
    reviewIntervalMonths: 12,
  },
  {
    key: 'roles',
    title: 'AI roles and accountabilities assigned (RACI)',
    description:
      'For each AI system and the AI programme: who is responsible, accountable, consulted and informed; who may decide what.',
    requirementIds: [
      ...iso('5.3', 'A.3.2'),
      ...nist('GOVERN 2.1', 'GOVERN 2.3', 'GOVERN 3.1'),
      ...eu('art26.oversight'),
    ],
    ownerRole: 'Managing director',
    evidenceExpected: 'RACI and decision rights, signed off by management',
    reviewIntervalMonths: 12,
  },
  {
    key: 'concerns',
    title: 'Channel to raise concerns about AI',
    description:
      'Staff and outsiders know how to report a concern or adverse effect of an AI system, and reports are followed up.',
    requirementIds: [...iso('A.3.3', 'A.8.3'), ...nist('GOVERN 4.3', 'GOVERN 5.1', 'MEASURE 3.3')],
    ownerRole: 'HR lead',
    evidenceExpected: 'Published reporting channel and the log of reports handled',
    reviewIntervalMonths: 12,
  },
  {
    key: 'literacy',
    title: 'AI-literacy training for everyone who uses AI',
    description:
      'People who use or oversee AI systems are trained for their role, and refresh the training on schedule.',
    requirementIds: [...iso('7.2', '7.3', 'A.4.6'), ...nist('GOVERN 2.2', 'MAP 3.4'), ...eu('art4.literacy')],
    ownerRole: 'HR lead',
    evidenceExpected: 'Training records with dates and coverage of AI users',
    reviewIntervalMonths: 12,
  },
  {
    key: 'riskAssessment',
    title: 'AI risk assessment per system, repeated on change',
    description:
      'Each AI system has its risks assessed with one method (likelihood x severity), before use, at planned intervals and after significant changes.',
    requirementIds: [
      ...iso('6.1.1', '6.1.2', '8.2'),
      ...nist('GOVERN 1.3', 'MAP 4.1', 'MAP 5.1', 'MEASURE 1.1', 'MEASURE 2.6', 'MEASURE 3.1', 'MEASURE 3.2'),
    ],
    ownerRole: 'Risk owner',
    evidenceExpected: 'Risk register entries with scores and assessment dates',
    reviewIntervalMonths: 6,
  },
  {
    key: 'riskTreatment',
    title: 'Risk treatment plan with owners; residual risk accepted',
    description:
      'Each assessed risk has a treatment, an owner and a due date; remaining risk is accepted by someone with the authority to do so.',
    requirementIds: [...iso('6.1.3', '8.3'), ...nist('MANAGE 1.2', 'MANAGE 1.3', 'MANAGE 1.4', 'MANAGE 2.3')],
    ownerRole: 'Risk owner',
    evidenceExpected: 'Treatment plan and signed risk acceptance',
    reviewIntervalMonths: 6,
  },
  {
    key: 'impactAssessment',
    title: 'Impact assessment of AI systems on people (DPIA / FRIA)',
    description:
      'Before use and on change, the effects of an AI system on the people it concerns and on society are assessed and kept on file (DPIA where personal data is involved, FRIA where the AI Act asks for it).',
    requirementIds: [
      ...iso('6.1.4', '8.4', 'A.5.2', 'A.5.3', 'A.5.4', 'A.5.5'),
      ...nist('MAP 5.1', 'MAP 5.2', 'MEASURE 2.10', 'MEASURE 2.11', 'MEASURE 2.12'),
      ...eu('art26.dpia', 'art27.fria', 'art6_3.record'),
    ],
    ownerRole: 'Data protection officer',
    evidenceExpected: 'Completed DPIA / FRIA with date and sign-off',
    reviewIntervalMonths: 12,
  },
  {
    key: 'useApproval',
    title: 'New AI use approved before it starts, with its intended use',
    description:
      'A new AI system or use case is checked (purpose, benefits and costs, prohibited practices, classification) and approved before use; changes go through the same gate.',
    requirementIds: [
      ...iso('6.3', '8.1', 'A.6.1.2', 'A.6.1.3', 'A.6.2.2', 'A.6.2.5', 'A.9.3', 'A.9.4'),
      ...nist('MAP 1.1', 'MAP 1.4', 'MAP 1.6', 'MAP 3.1', 'MAP 3.2', 'MAP 3.3', 'MANAGE 1.1', 'MANAGE 2.1'),
      ...eu('art5.stop', 'art5.stopOmnibus', 'art26.instructions'),
    ],
    ownerRole: 'CAIO / AI lead',
    evidenceExpected: 'Approval record per use case (charter or gate decision)',
    reviewIntervalMonths: 12,
  },
  {
    key: 'humanReview',
    title: 'Human review of candidate-facing output',
    description:
      'Output of an AI system that reaches candidates, customers or other people is checked by a trained person with authority to change or stop it.',
    requirementIds: [
      ...iso('A.9.2'),
      ...nist('GOVERN 3.2', 'MAP 2.2', 'MAP 3.5'),
      ...eu('art26.oversight', 'art50.4.deployer'),
    ],
    ownerRole: 'Process owner',
    evidenceExpected: 'Work instruction and a sample of reviewed output',
    reviewIntervalMonths: 6,
  },
  {
    key: 'monitoring',
    title: 'AI systems monitored in operation',
    description:
      'Agreed measures (quality, errors, complaints, drift) are checked on a schedule; a problem leads to action, including stopping use.',
    requirementIds: [
      ...iso('9.1', 'A.6.2.6'),
      ...nist(
        'MEASURE 1.2',
        'MEASURE 2.4',
        'MEASURE 2.5',
        'MEASURE 4.3',
        'MANAGE 2.2',
        'MANAGE 2.4',
        'MANAGE 4.1',
      ),
      ...eu('art26.monitoring'),
    ],
    ownerRole: 'Process owner',
    evidenceExpected: 'Monitoring report or KPI log of the last period',
    reviewIntervalMonths: 3,
  },
  {
    key: 'logs',
    title: 'Logs of AI systems kept for at least six months',
    description:
      'The logs the system produces are kept, protected and retrievable for at least six months, longer where other law asks.',
    requirementIds: [...iso('A.6.2.8'), ...nist('MEASURE 2.8'), ...eu('art26.logs')],
    ownerRole: 'IT lead',
    evidenceExpected: 'Log retention setting and a retrieval test',
    reviewIntervalMonths: 12,
  },
  {
    key: 'testing',
    title: 'Testing and validation before release and after changes',
    description:
      'An AI system is tested against its requirements and for accuracy, bias, security and safety before it is used and after each significant change; results are kept.',
    requirementIds: [
      ...iso('A.6.2.3', 'A.6.2.4', 'A.6.2.7'),
      ...nist(
        'MAP 2.3',
        'MEASURE 2.1',
        'MEASURE 2.2',
        'MEASURE 2.3',
        'MEASURE 2.7',
        'MEASURE 2.9',
        'MEASURE 2.13',
        'MEASURE 1.3',
      ),
      ...eu('art16.provider'),
    ],
    ownerRole: 'CAIO / AI lead',
    evidenceExpected: 'Test report with the version tested',
    reviewIntervalMonths: 12,
  },
  {
    key: 'data',
    title: 'Input and training data checked for quality and origin',
    description:
      'Where data comes from, how it was acquired and prepared, and whether it is relevant and representative for the purpose is recorded and checked.',
    requirementIds: [
      ...iso('A.4.3', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6'),
      ...nist('MAP 4.2'),
      ...eu('art26.inputData'),
    ],
    ownerRole: 'Data owner',
    evidenceExpected: 'Data sheet per system and the last quality check',
    reviewIntervalMonths: 6,
  },
  {
    key: 'vendors',
    title: 'AI suppliers checked and bound by contract',
    description:
      'AI vendors and tools are evaluated before use (data location, training on customer data, DPA, security) and their duties are set in the contract; they are re-checked yearly.',
    requirementIds: [
      ...iso('A.4.4', 'A.10.2', 'A.10.3'),
      ...nist('GOVERN 6.1', 'GOVERN 6.2', 'MANAGE 3.1', 'MANAGE 3.2'),
      ...eu('art50.2.deployer', 'art26.cooperate'),
    ],
    ownerRole: 'Procurement lead',
    evidenceExpected: 'Vendor evaluation and signed DPA',
    reviewIntervalMonths: 12,
  },
  {
    key: 'transparency',
    title: 'People told when they deal with AI and about decisions',
    description:
      'Candidates, customers and workers are told where AI is used, what it means for them and how to get an explanation; users get the information they need to use the system well.',
    requirementIds: [
      ...iso('A.8.2', 'A.8.5', 'A.10.4'),
      ...nist('GOVERN 4.2', 'GOVERN 5.2', 'MEASURE 4.1', 'MEASURE 4.2'),
      ...eu('art50.1.deployer', 'art50.3.deployer', 'art26.informPersons', 'art26.workers'),
    ],
    ownerRole: 'Communications lead',
    evidenceExpected: 'Notices as published, with dates',
    reviewIntervalMonths: 12,
  },
  {
    key: 'incidents',
    title: 'AI incidents handled and reported in time',
    description:
      'Incidents with AI systems are logged, assessed for reporting duties (AI Act, GDPR), reported in time, and lead to corrective action.',
    requirementIds: [...iso('10.2', 'A.8.4'), ...nist('MANAGE 4.3', 'GOVERN 1.7')],
    ownerRole: 'CAIO / AI lead',
    evidenceExpected: 'Incident procedure and the incident register',
    reviewIntervalMonths: 12,
  },
  {
    key: 'managementReview',
    title: 'Management review and internal audit of the AI programme',
    description:
      'Management reviews the AI management system at least yearly against its objectives; an internal audit checks it works; findings lead to improvement.',
    requirementIds: [...iso('4.4', '5.1', '6.2', '9.2', '9.3', '10.1'), ...nist('GOVERN 1.5', 'MANAGE 4.2')],
    ownerRole: 'Management board',
    evidenceExpected: 'Minutes of the management review and the audit report',
    reviewIntervalMonths: 12,
  },
];
