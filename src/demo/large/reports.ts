import type { Client } from '../../domain/clients/client';
import type { EngagementEntry } from '../../domain/clients/engagement';
import type { GovernanceData } from '../../domain/governance';
import type { VendorProfile } from '../../domain/vendors';
import {
  buildReportModel,
  compareReports,
  defaultSlides,
  periodContaining,
  previousPeriod,
  suggestOverallStatus,
  suggestTexts,
  type Period,
  type Report,
  type ReportModel,
} from '../../domain/reports';
import { governanceReportFromData } from '../../db/reports/governance';
import { vendorReportFromRecords } from '../../db/reports/vendors';
import type { StoredEvaluation } from '../../db/vendors/evaluations';
import type { ClientPortfolio } from './portfolio';
import type { DemoContext } from '../dates';
import { pad } from './random';

/**
 * Past board reports of one client, each exported and frozen with its snapshot, as the app freezes
 * them (report model, deltas against the previous report, suggested texts, default slides).
 */

export interface ReportsInput {
  client: Client;
  count: number;
  portfolio: ClientPortfolio;
  governance: GovernanceData;
  evaluations: readonly StoredEvaluation[];
  library: readonly VendorProfile[];
  engagement: readonly EngagementEntry[];
}

export function generatePastReports(ctx: DemoContext, input: ReportsInput): Report[] {
  const kind = input.client.reportCadence === 'monthly' ? 'month' : 'quarter';
  const periods: Period[] = [];
  let period = previousPeriod(periodContaining(ctx.today, kind));
  for (let i = 0; i < input.count; i++, period = previousPeriod(period)) periods.unshift(period);
  const vendorIds = new Set(input.evaluations.flatMap((e) => e.vendorIds));
  const profiles = input.library.filter((p) => vendorIds.has(p.id));

  let previous: ReportModel | null = null;
  return periods.map((p, i) => {
    const model = buildReportModel({
      client: input.client,
      period: p,
      today: p.end,
      preparedBy: 'Fractional Chief AI Officer',
      useCases: input.portfolio.useCases,
      kpis: input.portfolio.kpis,
      measurements: input.portfolio.kpiMeasurements,
      gateDecisions: input.portfolio.gateDecisions,
      engagement: input.engagement,
      governance: governanceReportFromData(input.governance, p, new Date(`${p.end}T23:59:59Z`)),
      vendors: vendorReportFromRecords(input.evaluations, profiles, input.client.id, p),
    });
    const deltas = compareReports(previous, model);
    previous = model;
    // An exported report always had its status chosen; the generated past ones take the suggestion.
    const texts = { ...suggestTexts(model, deltas), overallStatus: suggestOverallStatus(model).status };
    const slides = defaultSlides();
    const exportedAt = `${p.end}T17:00:00.000Z`;
    return {
      id: `${input.client.id}-report-${pad(i, 3)}`,
      clientId: input.client.id,
      periodKey: p.key,
      slides,
      texts,
      snapshot: { model, deltas, texts, slides },
      exportedAt,
      createdAt: `${p.end}T09:00:00.000Z`,
      updatedAt: exportedAt,
    };
  });
}
