import { useEffect, useState } from 'react';
import { useOutletContext } from 'react-router';
import type { Client } from '../../domain/clients/client';
import type { GovernanceData } from '../../domain/governance';
import type { UseCaseOption } from '../../db/governance/queries';
import { loadControlsData } from '../../db/controls/queries';
import { db } from '../../db/core/schema';
import { useClientQuery } from '../clients/useClientQuery';

/** What every governance screen gets from `GovernanceLayout`: the client of the URL and its registers. */
export interface GovernanceContext {
  client: Client;
  data: GovernanceData;
  useCases: UseCaseOption[];
}

export function useGovernance(): GovernanceContext {
  return useOutletContext<GovernanceContext>();
}

const loadControls = (clientId: string) => loadControlsData(db, clientId);

/**
 * The client's AI management system controls (their reviews and evidence feed the gaps and the calendar),
 * read only by the screens that show them; undefined while loading.
 */
export function useControlsData(clientId: string) {
  return useClientQuery(clientId, loadControls);
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
