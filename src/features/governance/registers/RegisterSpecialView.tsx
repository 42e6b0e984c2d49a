import type { Client } from '../../../domain/clients/client';
import type { GovernanceData, RegisterId } from '../../../domain/governance';
import { ApprovedToolsList } from '../aiSystems/ApprovedToolsList';
import { RunningClocks } from '../incidents/RunningClocks';
import { RiskHeatMap } from '../risks/RiskHeatMap';
import { LiteracyCoverageCard } from '../training/LiteracyCoverageCard';

/** The views some registers need above their list: tools list, heat map, clocks, coverage. */
export function RegisterSpecialView({
  registerId,
  client,
  data,
  now,
}: {
  registerId: RegisterId;
  client: Client;
  data: GovernanceData;
  now: Date;
}) {
  switch (registerId) {
    case 'aiSystems':
      return (
        <ApprovedToolsList clientId={client.id} systems={data.aiSystems} facts={data.useCaseFacts ?? []} />
      );
    case 'risks':
      return <RiskHeatMap clientId={client.id} risks={data.risks} />;
    case 'incidents':
      return (
        <RunningClocks clientId={client.id} incidents={data.incidents} systems={data.aiSystems} now={now} />
      );
    case 'trainingRecords':
      return <LiteracyCoverageCard clientId={client.id} data={data} now={now} />;
    default:
      return null;
  }
}
