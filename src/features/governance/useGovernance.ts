import { useEffect, useState } from 'react';
import { useOutletContext } from 'react-router';
import type { Client } from '../../domain/clients/client';
import type { GovernanceData } from '../../domain/governance';
import type { UseCaseOption } from '../../db/governance/queries';
import type { ControlsData } from '../../db/controls/queries';

/** What every governance screen gets from `GovernanceLayout`: the client of the URL and its registers. */
export interface GovernanceContext {
  client: Client;
  data: GovernanceData;
  useCases: UseCaseOption[];
  /** The client's AI management system controls: their reviews and evidence feed the gaps and the calendar. */
  controls: ControlsData;
}

export function useGovernance(): GovernanceContext {
  return useOutletContext<GovernanceContext>();
}

/** The current time, refreshed every `intervalMs` so clocks and "due" labels stay true while a screen is open. */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
