import { useLiveQuery } from 'dexie-react-hooks';
import { gateDecisionsForClient, kpisForClient, measurementsForClient, useCasesForClient } from '../../db/portfolio';
import { db } from '../../db/schema';
import type { GateDecision, Kpi, Measurement, UseCase } from '../../domain/portfolio';

export interface PortfolioData {
  useCases: UseCase[];
  kpis: Kpi[];
  measurements: Measurement[];
  decisions: GateDecision[];
}

/** Every portfolio record of one client, live (re-renders on any change); undefined while loading. */
export function usePortfolioData(clientId: string): PortfolioData | undefined {
  return useLiveQuery(async () => {
    const [useCases, kpis, measurements, decisions] = await Promise.all([
      useCasesForClient(db, clientId),
      kpisForClient(db, clientId),
      measurementsForClient(db, clientId),
      gateDecisionsForClient(db, clientId),
    ]);
    return { useCases, kpis, measurements, decisions };
  }, [clientId]);
}
