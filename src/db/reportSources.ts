import type { Client } from '../domain/clients/client';
import type { GateDecision, Kpi, Measurement, UseCase } from '../domain/portfolio';
import { buildReportModel, compareReports, EMPTY_GOVERNANCE, periodFromKey, type ReportDeltas, type ReportModel } from '../domain/reports';
import type { Report } from '../domain/reports/report';
import { previousExportedReport } from './reports';
import { vendorReportData } from './reportVendors';
import type { CaioDatabase } from './schema';

/** Reads one client's records for a report. Only this client's rows are read: nothing else can leak in. */
async function clientRows<T>(database: CaioDatabase, table: string, clientId: string): Promise<T[]> {
  if (!database.tables.some((t) => t.name === table)) return [];
  return (await database.table(table).where('clientId').equals(clientId).toArray()) as T[];
}

export async function liveReportModel(database: CaioDatabase, client: Client, periodKey: string, today: string): Promise<ReportModel> {
  const period = periodFromKey(periodKey);
  if (!period) throw new Error(`Unknown report period ${periodKey}`);
  const [useCases, kpis, measurements, gateDecisions, engagement, vendors] = await Promise.all([
    clientRows<UseCase>(database, 'useCases', client.id),
    clientRows<Kpi>(database, 'kpis', client.id),
    clientRows<Measurement>(database, 'kpiMeasurements', client.id),
    clientRows<GateDecision>(database, 'gateDecisions', client.id),
    database.engagementLog.where('clientId').equals(client.id).toArray(),
    vendorReportData(database, client.id, period),
  ]);
  return buildReportModel({
    client,
    period,
    today,
    preparedBy: 'Fractional Chief AI Officer',
    useCases,
    kpis,
    measurements,
    gateDecisions,
    engagement,
    governance: EMPTY_GOVERNANCE,
    vendors,
  });
}

/** What the report shows: its frozen snapshot once exported, else the live registers with deltas. */
export async function reportView(database: CaioDatabase, report: Report, today: string): Promise<{ model: ReportModel; deltas: ReportDeltas; texts: Report['texts']; slides: Report['slides']; frozen: boolean } | null> {
  if (report.snapshot) return { ...report.snapshot, frozen: true };
  const client = await database.clients.get(report.clientId);
  if (!client) return null;
  const model = await liveReportModel(database, client, report.periodKey, today);
  const previous = await previousExportedReport(database, report);
  return { model, deltas: compareReports(previous?.snapshot?.model ?? null, model), texts: report.texts, slides: report.slides, frozen: false };
}
