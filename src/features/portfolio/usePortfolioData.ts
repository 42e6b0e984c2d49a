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

/**
 * How much of a client's portfolio a screen reads: the map only its use cases; the register, board and ranking
 * also the KPIs (hard filters); the overview everything, with the measurements (thousands for a large client).
 */
export type PortfolioReads = 'useCases' | 'kpis' | 'all';
const READ_LEVEL: Record<PortfolioReads, number> = { useCases: 0, kpis: 1, all: 2 };

/** Whether data read at `read` holds what a screen that needs `need` draws. */
export function readsCover(read: PortfolioReads, need: PortfolioReads): boolean {
  return READ_LEVEL[read] >= READ_LEVEL[need];
}

/**
 * The portfolio records of one client, live (re-renders on any change); undefined while loading. Only the
 * tables `reads` asks for are read (the others are empty); `reads` on the result says what it holds, since
 * after a change of `reads` the previous result stays until the new one arrives.
 */
export function usePortfolioData(
  clientId: string,
  reads: PortfolioReads = 'all',
): (PortfolioData & { reads: PortfolioReads }) | undefined {
  return useLiveQuery(async () => {
    const level = READ_LEVEL[reads];
    const [useCases, kpis, measurements, decisions] = await Promise.all([
      listUseCasesForClient(db, clientId),
      level >= 1 ? kpisForClient(db, clientId) : [],
      level >= 2 ? measurementsForClient(db, clientId) : [],
      level >= 2 ? gateDecisionsForClient(db, clientId) : [],
    ]);
    return { useCases, kpis, measurements, decisions, reads };
  }, [clientId, reads]);
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
