import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  gateDecisionsForClient,
  kpisForClient,
  measurementsForClient,
  listUseCasesForClient,
} from '../../db/portfolio/useCases';
import { db } from '../../db/core/schema';
import {
  portfolioOverview,
  type GateDecision,
  type Kpi,
  type Measurement,
  type UseCase,
} from '../../domain/portfolio';
import { todayIso } from '../../domain/shared/dates';

export interface PortfolioData {
  useCases: UseCase[];
  kpis: Kpi[];
  measurements: Measurement[];
  decisions: GateDecision[];
}

/** The portfolio overview of these records as of today (stages, pilots against the limit, decisions due). */
export function overviewToday(data: PortfolioData, pilotLimit: number) {
  return portfolioOverview(
    data.useCases,
    data.kpis,
    data.measurements,
    data.decisions,
    pilotLimit,
    todayIso(),
  );
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
  // Four live queries, not one: typing in a field of the use case re-reads the use cases only, and the KPIs,
  // measurements and decisions keep their identity, so the charts that draw them are not drawn again.
  const id = useCaseId ?? '';
  const own = <T extends { clientId: string }>(rows: T[]) => rows.filter((row) => row.clientId === clientId);
  const useCases = useLiveQuery(() => listUseCasesForClient(db, clientId), [clientId]);
  const kpis = useLiveQuery(() => kpisForClient(db, clientId), [clientId]);
  const measurements = useLiveQuery(
    async () => own(await db.kpiMeasurements.where('useCaseId').equals(id).toArray()),
    [clientId, id],
  );
  const decisions = useLiveQuery(
    async () =>
      own(await db.gateDecisions.where('[useCaseId+date]').between([id, ''], [id, '\uffff']).toArray()),
    [clientId, id],
  );
  return useMemo(
    () =>
      useCases && kpis && measurements && decisions ? { useCases, kpis, measurements, decisions } : undefined,
    [useCases, kpis, measurements, decisions],
  );
}
