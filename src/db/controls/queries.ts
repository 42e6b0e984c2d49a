import type {
  ClientControl,
  ControlProgramme,
  EvidenceItem,
  RequirementDecision,
} from '../../domain/controls';
import type { CaioDatabase } from '../core/schema';
import { getProgramme } from './programme';

/** Everything of one client's controls programme, read through the `clientId` indexes. */
export interface ControlsData {
  programme: ControlProgramme | null;
  controls: ClientControl[];
  decisions: RequirementDecision[];
  evidence: EvidenceItem[];
}

export async function loadControlsData(database: CaioDatabase, clientId: string): Promise<ControlsData> {
  const [programme, controls, decisions, evidence] = await Promise.all([
    getProgramme(database, clientId),
    database.controls.where('clientId').equals(clientId).toArray(),
    database.requirementDecisions.where('clientId').equals(clientId).toArray(),
    database.evidence.where('clientId').equals(clientId).toArray(),
  ]);
  controls.sort((a, b) => a.title.localeCompare(b.title));
  return { programme, controls, decisions, evidence };
}
