import { useOutletContext } from 'react-router';
import type { Client } from '../../domain/clients/client';
import type { FrameworkId } from '../../domain/controls';
import type { GovernanceData } from '../../domain/governance';
import type { ControlsData } from '../../db/controls/queries';

/** What every controls screen gets from `ControlsLayout`: the client, its programme and its registers. */
export interface ControlsContext {
  client: Client;
  data: ControlsData;
  governance: GovernanceData;
  frameworks: FrameworkId[];
  today: string;
}

export function useControls(): ControlsContext {
  return useOutletContext<ControlsContext>();
}

/** Everyone the client's RACI names (accountable, responsible, consulted, informed), for owner fields. */
export function raciPeople(governance: GovernanceData): string[] {
  const names = governance.raciEntries.flatMap((r) => [
    r.accountable,
    ...r.responsible,
    ...r.consulted,
    ...r.informed,
  ]);
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
