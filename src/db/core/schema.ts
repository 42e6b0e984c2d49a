import Dexie, { type Table } from 'dexie';
import type { Client } from '../../domain/clients/client';
import type { EngagementEntry } from '../../domain/clients/engagement';
import type { Report } from '../../domain/reports/report';
import type { Workshop, WorkshopIdea } from '../../domain/workshops';
import type { GateDecision, Kpi, Measurement, UseCase } from '../../domain/portfolio';
import type {
  AiSystem,
  DecisionRight,
  EscalationPath,
  GovernanceAction,
  GovernanceDecision,
  Incident,
  Policy,
  PrivacyRecord,
  RaciEntry,
  Risk,
  TrainingRecord,
} from '../../domain/governance/registers/recordTypes';
import { GOVERNANCE_STORES } from '../governance/schema';
import { vaultMiddleware } from '../vault/middleware';
import { VaultSession } from '../vault/session';
import { CONTROLS_STORES } from '../controls/schema';
import type {
  ClientControl,
  ControlProgramme,
  EvidenceItem,
  LibraryControl,
  PolicyVersion,
  RequirementDecision,
  ReviewRecord,
} from '../../domain/controls';
import type { ChangeRecord } from './history';
import type { CriteriaTemplate, VendorContract, VendorProfile } from '../../domain/vendors';
import type { StoredEvaluation } from '../vendors/evaluations';
import type { Questionnaire, QuestionnaireTemplate, StoredResponse } from '../../domain/questionnaires';

/**
 * The one IndexedDB database of the app. Each product area declares its tables here.
 * Rules: every client-owned table has a `clientId` index (that is how client deletion, export and
 * backups find a client's records without extra code); every query pattern has an index.
 * Schema changes add a new `this.version(n)` below the others, with `.upgrade()` for data and a
 * migration test that opens a database written by the previous version.
 */

export interface Setting {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'caio-desk';

/** Version 1 (first release). */
export const STORES_V1 = {
  /** Names are not indexed (an index would keep them plain in a vault): lists sort them in memory. */
  clients: 'id, status',
  engagementLog: 'id, clientId, date, [clientId+date]',
  changes: 'id, clientId, [entity+entityId], at',
  settings: 'key',
  reports: 'id, clientId, [clientId+periodKey], exportedAt',
  useCases: 'id, clientId, [clientId+stage]',
  kpis: 'id, clientId, useCaseId',
  kpiMeasurements: 'id, clientId, useCaseId, [kpiId+date]',
  gateDecisions: 'id, clientId, [useCaseId+date]',
  /** Vendor library: consultant-wide, deliberately no clientId (client deletion keeps it). */
  vendorProfiles: 'id',
  /** Vendor evaluations of one client; `vendorIds` (multi-entry) finds every evaluation of a vendor. */
  evaluations: 'id, clientId, [clientId+useCaseId], [clientId+status], *vendorIds',
  /** Criteria templates: consultant-wide (no clientId). */
  criteriaTemplates: 'id',
  /** A client's contract facts with a vendor (DPA signed, contract dates): one per client and vendor. */
  vendorContracts: 'id, clientId, [clientId+vendorId], vendorId',
  ...GOVERNANCE_STORES,
  workshops: 'id, clientId, [clientId+date]',
  workshopIdeas: 'id, clientId, [workshopId+number], useCaseId',
  ...CONTROLS_STORES,
  /** Questionnaire templates of the consultant library (copies and own ones; the shipped ones live in code). */
  questionnaireTemplates: 'id, kind',
  questionnaires: 'id, clientId, [clientId+kind]',
  /** `respondentKey` (an e-mail address or name) is not indexed: a vault keeps index fields plain. */
  questionnaireResponses: 'id, clientId, questionnaireId',
} as const;

export class CaioDatabase extends Dexie {
  clients!: Table<Client, string>;
  engagementLog!: Table<EngagementEntry, string>;
  changes!: Table<ChangeRecord, string>;
  settings!: Table<Setting, string>;
  reports!: Table<Report, string>;
  useCases!: Table<UseCase, string>;
  kpis!: Table<Kpi, string>;
  kpiMeasurements!: Table<Measurement, string>;
  gateDecisions!: Table<GateDecision, string>;
  workshops!: Table<Workshop, string>;
  workshopIdeas!: Table<WorkshopIdea, string>;
  vendorProfiles!: Table<VendorProfile, string>;
  evaluations!: Table<StoredEvaluation, string>;
  criteriaTemplates!: Table<CriteriaTemplate, string>;
  vendorContracts!: Table<VendorContract, string>;
  // Governance registers (see ../governance/schema.ts)
  aiSystems!: Table<AiSystem, string>;
  privacyRecords!: Table<PrivacyRecord, string>;
  raciEntries!: Table<RaciEntry, string>;
  decisionRights!: Table<DecisionRight, string>;
  escalationPaths!: Table<EscalationPath, string>;
  incidents!: Table<Incident, string>;
  risks!: Table<Risk, string>;
  policies!: Table<Policy, string>;
  trainingRecords!: Table<TrainingRecord, string>;
  governanceDecisions!: Table<GovernanceDecision, string>;
  governanceActions!: Table<GovernanceAction, string>;
  // Controls programme (see ../controls/schema.ts)
  libraryControls!: Table<LibraryControl, string>;
  controlProgrammes!: Table<ControlProgramme, string>;
  controls!: Table<ClientControl, string>;
  requirementDecisions!: Table<RequirementDecision, string>;
  evidence!: Table<EvidenceItem, string>;
  reviews!: Table<ReviewRecord, string>;
  policyVersions!: Table<PolicyVersion, string>;
  questionnaireTemplates!: Table<QuestionnaireTemplate, string>;
  questionnaires!: Table<Questionnaire, string>;
  questionnaireResponses!: Table<StoredResponse, string>;

  /** This window's vault keys (`src/db/vault/`): off until a vault is set up, then locked or unlocked. */
  readonly vault = new VaultSession();

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(STORES_V1);
    // Every record passes through the vault middleware (a no-op while the vault is off).
    this.use(vaultMiddleware(this.vault));
  }
}

/** Tables whose records belong to one client (they have a `clientId` index). */
export function clientOwnedTables(database: Dexie): Table[] {
  return database.tables.filter((table) => table.schema.indexes.some((index) => index.name === 'clientId'));
}

export const db = new CaioDatabase();
