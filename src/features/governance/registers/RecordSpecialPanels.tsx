import type { Client } from '../../../domain/clients/client';
import { dpiaNeed, type AiSystem, type GovernanceData, type Incident, type PrivacyRecord, type RegisterDefinition, type RegisterRecord, type Risk } from '../../../domain/governance';
import { ClassificationPanel } from '../classification/ClassificationPanel';
import { DpiaScreeningPanel } from '../aiSystems/DpiaScreeningPanel';
import { IncidentClocksPanel } from '../incidents/IncidentClocksPanel';
import { RiskScoresPanel } from '../risks/RiskScoresPanel';

/** The views a record of some registers needs above its form. */
export function RecordSpecialPanels({ register, record, client, data }: { register: RegisterDefinition; record: RegisterRecord; client: Client; data: GovernanceData }) {
  switch (register.id) {
    case 'aiSystems': {
      const system = record as unknown as AiSystem;
      return (
        <>
          <ClassificationPanel system={system} client={client} />
          <DpiaScreeningPanel registerId="aiSystems" record={system} need={dpiaNeed(system, data.privacyRecords)} clientId={client.id} />
        </>
      );
    }
    case 'privacyRecords': {
      const privacy = record as unknown as PrivacyRecord;
      return <DpiaScreeningPanel registerId="privacyRecords" record={privacy} clientId={client.id} />;
    }
    case 'incidents':
      return <IncidentClocksPanel incident={record as unknown as Incident} systems={data.aiSystems} />;
    case 'risks':
      return <RiskScoresPanel risk={record as unknown as Risk} clientId={client.id} />;
    default:
      return null;
  }
}
