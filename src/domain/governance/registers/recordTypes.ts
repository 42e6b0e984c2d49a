import type { UseCaseFact } from '../systemFacts';
import type { z } from 'zod';
import type { aiSystemShape } from './aiSystems';
import type { decisionRightShape } from './decisionRights';
import type { escalationPathShape } from './escalationPaths';
import type { RegisterRecordBase } from './fieldTypes';
import type { governanceActionShape } from './governanceActions';
import type { governanceDecisionShape } from './governanceDecisions';
import type { incidentShape } from './incidents';
import type { policyShape } from './policies';
import type { privacyRecordShape } from './privacyRecords';
import type { raciShape } from './raciEntries';
import type { riskShape } from './risks';
import type { trainingShape } from './trainingRecords';

/** The stored record of each register: its validated fields plus id, client and timestamps. */
type RecordOf<S extends Record<string, z.ZodType>> = RegisterRecordBase & { [K in keyof S]: z.output<S[K]> };

export type AiSystem = RecordOf<typeof aiSystemShape>;
export type PrivacyRecord = RecordOf<typeof privacyRecordShape>;
export type RaciEntry = RecordOf<typeof raciShape>;
export type DecisionRight = RecordOf<typeof decisionRightShape>;
export type EscalationPath = RecordOf<typeof escalationPathShape>;
export type Incident = RecordOf<typeof incidentShape>;
export type Risk = RecordOf<typeof riskShape>;
export type Policy = RecordOf<typeof policyShape>;
export type TrainingRecord = RecordOf<typeof trainingShape>;
export type GovernanceDecision = RecordOf<typeof governanceDecisionShape>;
export type GovernanceAction = RecordOf<typeof governanceActionShape>;

/** One client's registers (or, on the home screen, the due records of all clients). */
export interface GovernanceData {
  aiSystems: AiSystem[];
  privacyRecords: PrivacyRecord[];
  raciEntries: RaciEntry[];
  decisionRights: DecisionRight[];
  escalationPaths: EscalationPath[];
  incidents: Incident[];
  risks: Risk[];
  policies: Policy[];
  trainingRecords: TrainingRecord[];
  governanceDecisions: GovernanceDecision[];
  governanceActions: GovernanceAction[];
  /** The client's use cases as the registers see them (stage, owner, chosen vendor): AI system entries take these when not their own. */
  useCaseFacts?: UseCaseFact[];
}

export function emptyGovernanceData(): GovernanceData {
  return {
    aiSystems: [],
    privacyRecords: [],
    raciEntries: [],
    decisionRights: [],
    escalationPaths: [],
    incidents: [],
    risks: [],
    policies: [],
    trainingRecords: [],
    governanceDecisions: [],
    governanceActions: [],
  };
}
