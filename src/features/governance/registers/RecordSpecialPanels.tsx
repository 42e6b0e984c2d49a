import type { Client } from '../../../domain/clients/client';
import {
  dpiaNeed,
  type AiSystem,
  type GovernanceData,
  type Incident,
  type Policy,
  type PrivacyRecord,
  type RegisterDefinition,
  type RegisterRecord,
  type Risk,
} from '../../../domain/governance';
import { ClassificationPanel } from '../classification/ClassificationPanel';
import { DpiaScreeningPanel } from '../aiSystems/DpiaScreeningPanel';
import { IncidentClocksPanel } from '../incidents/IncidentClocksPanel';
import { RiskScoresPanel } from '../risks/RiskScoresPanel';
import { RegisterReviewPanel } from '../../controls/policies/RegisterReviewPanel';
import { PolicyVersionsPanel } from '../../controls/policies/PolicyVersionsPanel';

/** The views a record of some registers needs above its form. */
export function RecordSpecialPanels({
  register,
  record,
  client,
  data,
}: {
  register: RegisterDefinition;
  record: RegisterRecord;
  client: Client;
  data: GovernanceData;
}) {
  switch (register.id) {
    case 'aiSystems': {
      const system = record as unknown as AiSystem;
      return (
        <>
          <ClassificationPanel system={system} client={client} />
          <DpiaScreeningPanel
            registerId="aiSystems"
            record={system}
            need={dpiaNeed(system, data.privacyRecords)}
            clientId={client.id}
          />
          <RegisterReviewPanel table="aiSystems" record={record} clientId={client.id} data={data} />
        </>
      );
    }
    case 'privacyRecords': {
      const privacy = record as unknown as PrivacyRecord;
      return (
        <>
          <DpiaScreeningPanel registerId="privacyRecords" record={privacy} clientId={client.id} />
          <RegisterReviewPanel table="privacyRecords" record={record} clientId={client.id} data={data} />
        </>
      );
    }
    case 'incidents':
      return <IncidentClocksPanel incident={record as unknown as Incident} systems={data.aiSystems} />;
    case 'risks':
      return (
        <>
          <RiskScoresPanel risk={record as unknown as Risk} clientId={client.id} incidents={data.incidents} />
          <RegisterReviewPanel table="risks" record={record} clientId={client.id} data={data} />
        </>
      );
    case 'policies':
      return (
        <>
          <PolicyVersionsPanel policy={record as unknown as Policy} people={data.trainingRecords} />
          <RegisterReviewPanel table="policies" record={record} clientId={client.id} data={data} />
        </>
      );
    default:
      return null;
  }
}
