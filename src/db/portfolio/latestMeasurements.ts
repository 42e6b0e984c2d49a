import {
  kpisCountedForValue,
  validMeasurements,
  type GateDecision,
  type Kpi,
  type Measurement,
  type ResolvedUseCase,
} from '../../domain/portfolio';
import type { CaioDatabase } from '../core/schema';
import { kpisForClient } from './kpis';
import { gateDecisionsForClient } from './stages';
import { resolvedUseCasesForClient } from './useCaseSystems';

/**
 * The latest measurement of a KPI that counts (`validMeasurements(kpi, measurementsOfTheClient, today).at(-1)`),
 * read through the `[kpiId+date]` index from the newest end: usually two rows, not the KPI's whole log. When
 * the newest row does not count or shares its day with another, the KPI's rows in range decide by the domain rule.
 */
export async function latestValidMeasurement(
  database: CaioDatabase,
  clientId: string,
  kpi: Kpi,
  today: string,
): Promise<Measurement | undefined> {
  const from = kpi.baselineDate ?? '';
  if (from > today) return undefined;
  const inRange = () =>
    database.kpiMeasurements.where('[kpiId+date]').between([kpi.id, from], [kpi.id, today], true, true);
  const [newest, next] = await inRange().reverse().limit(2).toArray();
  if (!newest) return undefined;
  if (newest.clientId === clientId && Number.isFinite(newest.value) && next?.date !== newest.date)
    return newest;
  const own = (await inRange().toArray()).filter((m) => m.clientId === clientId);
  return validMeasurements(kpi, own, today).at(-1);
}

/** What the client overview's portfolio card needs: use cases, KPIs, gate decisions, and per KPI counted for value its latest valid measurement. */
export interface PortfolioSummaryRecords {
  useCases: ResolvedUseCase[];
  kpis: Kpi[];
  decisions: GateDecision[];
  /** By KPI id; only the KPIs `kpisCountedForValue` names. */
  latest: Map<string, Measurement>;
}

export async function portfolioSummaryRecords(
  database: CaioDatabase,
  clientId: string,
  today: string,
): Promise<PortfolioSummaryRecords> {
  const [useCases, kpis, decisions] = await Promise.all([
    resolvedUseCasesForClient(database, clientId),
    kpisForClient(database, clientId),
    gateDecisionsForClient(database, clientId),
  ]);
  const counted = kpisCountedForValue(useCases, kpis);
  const found = await Promise.all(
    counted.map((kpi) => latestValidMeasurement(database, clientId, kpi, today)),
  );
  const latest = new Map<string, Measurement>();
  found.forEach((m, i) => m && latest.set(counted[i].id, m));
  return { useCases, kpis, decisions, latest };
}
