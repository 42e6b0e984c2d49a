import { useLiveQuery } from 'dexie-react-hooks';
import {
  gateDecisionsForClient,
  kpisForClient,
  measurementsForClient,
  listUseCasesForClient,
} from '../../db/portfolio/useCases';
import { db } from '../../db/core/schema';
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
      listUseCasesForClient(db, clientId),
      kpisForClient(db, clientId),
      measurementsForClient(db, clientId),
      gateDecisionsForClient(db, clientId),
    ]);
    return { useCases, kpis, measurements, decisions };
  }, [clientId]);
}

/**
 * What one use case's page needs: the client's use cases and KPIs (pilot limit, hard filters), but the
 * measurements and gate decisions of this use case only, read through their use-case indexes (a large
 * client has thousands of measurements; the page shows a few hundred). Rows of another client are dropped.
 */
export function useUseCaseData(clientId: string, useCaseId: string | undefined): PortfolioData | undefined {
  return useLiveQuery(async () => {
    const id = useCaseId ?? '';
    const [useCases, kpis, measurements, decisions] = await Promise.all([
      listUseCasesForClient(db, clientId),
      kpisForClient(db, clientId),
      db.kpiMeasurements.where('useCaseId').equals(id).toArray(),
      db.gateDecisions.where('[useCaseId+date]').between([id, ''], [id, '\uffff']).toArray(),
    ]);
    const own = <T extends { clientId: string }>(rows: T[]) =>
      rows.filter((row) => row.clientId === clientId);
    return { useCases, kpis, measurements: own(measurements), decisions: own(decisions) };
  }, [clientId, useCaseId]);
}
