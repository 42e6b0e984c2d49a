import type { Client } from '../../domain/clients/client';
import { clientWording } from '../../i18n/i18n';
import {
  buildReportModel,
  compareReports,
  periodFromKey,
  type ReportDeltas,
  type ReportModel,
} from '../../domain/reports';
import type { Report } from '../../domain/reports/report';
import { previousExportedReport } from './reports';
import { vendorReportData } from './vendors';
import { governanceReportData } from './governance';
import { controlsReportData } from './controls';
import { staffVoiceReportData } from '../../domain/questionnaires/staffVoice';
import { withAllSlides } from '../../domain/reports/report';
import type { CaioDatabase } from '../core/schema';
import { getConsultantProfile } from '../consultant/profile';
import { preparedByLine } from '../../domain/consultant/profile';
import { resolvedUseCasesForClient } from '../portfolio/useCaseSystems';

/** The report of one client, built from that client's rows only (every read is by `clientId`): nothing else can leak in. */
export async function liveReportModel(
  database: CaioDatabase,
  client: Client,
  periodKey: string,
  today: string,
): Promise<ReportModel> {
  const period = periodFromKey(periodKey);
  if (!period) throw new Error(`Unknown report period ${periodKey}`);
  const asOf = today < period.end ? new Date() : new Date(`${period.end}T23:59:59`);
  const words = await clientWording(client);
  const [
    useCases,
    kpis,
    measurements,
    gateDecisions,
    engagement,
    vendors,
    governance,
    readiness,
    questionnaires,
    responses,
    consultant,
  ] = await Promise.all([
    resolvedUseCasesForClient(database, client.id),
    database.kpis.where('clientId').equals(client.id).toArray(),
    database.kpiMeasurements.where('clientId').equals(client.id).toArray(),
    database.gateDecisions.where('clientId').equals(client.id).toArray(),
    database.engagementLog.where('clientId').equals(client.id).toArray(),
    vendorReportData(database, client.id, period),
    governanceReportData(database, client.id, period, asOf, words),
    controlsReportData(database, client.id, today < period.end ? today : period.end, words),
    database.questionnaires.where('clientId').equals(client.id).toArray(),
    database.questionnaireResponses.where('clientId').equals(client.id).toArray(),
    getConsultantProfile(database),
  ]);
  return buildReportModel({
    client,
    period,
    today,
    preparedBy: preparedByLine(consultant),
    preparedByLogo: consultant.logo,
    useCases,
    kpis,
    measurements,
    gateDecisions,
    engagement,
    governance,
    vendors,
    readiness,
    staffVoice: staffVoiceReportData(questionnaires, responses, period),
    words,
  });
}

/** The live model of a draft: the registers of its client for its period (null when the client is gone). */
export async function draftReportModel(
  database: CaioDatabase,
  report: Pick<Report, 'clientId' | 'periodKey'>,
  today: string,
): Promise<ReportModel | null> {
  const client = await database.clients.get(report.clientId);
  return client ? liveReportModel(database, client, report.periodKey, today) : null;
}

/** What the report shows: its frozen snapshot once exported, else the live registers with deltas. */
export async function reportView(
  database: CaioDatabase,
  report: Report,
  today: string,
): Promise<{
  model: ReportModel;
  deltas: ReportDeltas;
  texts: Report['texts'];
  slides: Report['slides'];
  frozen: boolean;
} | null> {
  if (report.snapshot) return { ...report.snapshot, frozen: true };
  const model = await draftReportModel(database, report, today);
  if (!model) return null;
  const previous = await previousExportedReport(database, report);
  return {
    model,
    deltas: compareReports(previous?.snapshot?.model ?? null, model, await clientWording(model.client)),
    texts: report.texts,
    slides: withAllSlides(report.slides),
    frozen: false,
  };
}
