import {
  DPA_STATUS_LABELS,
  evaluationSummaryForReport,
  withClientDpa,
  VENDOR_DECISION_LABELS,
  EVALUATION_STATUS_LABELS,
  type VendorProfile,
} from '../../domain/vendors';
import type { Period, VendorReportData } from '../../domain/reports';
import type { CaioDatabase } from '../core/schema';
import { fromStored, profilesOfEvaluations, type StoredEvaluation } from '../vendors/evaluations';

/** The vendor slide's data for one client: its evaluations only, plus the library facts they reference. */
export async function vendorReportData(
  database: CaioDatabase,
  clientId: string,
  period: Period,
): Promise<VendorReportData> {
  const stored = (await database.evaluations
    .where('clientId')
    .equals(clientId)
    .toArray()) as StoredEvaluation[];
  const profiles = await profilesOfEvaluations(database, stored.map(fromStored));
  // The DPA column is this client's contract fact (signed by this client), on top of the library's "available".
  const contracts = await database.vendorContracts.where('clientId').equals(clientId).toArray();
  return vendorReportFromRecords(stored, withClientDpa(profiles, contracts), clientId, period);
}

/** The same from records already in memory: the client's evaluations and the library profiles they name. */
export function vendorReportFromRecords(
  stored: readonly StoredEvaluation[],
  profiles: readonly VendorProfile[],
  clientId: string,
  period: Period,
): VendorReportData {
  const evaluations = stored.map(fromStored);
  const summary = evaluationSummaryForReport(evaluations, profiles, {
    clientId,
    from: period.start,
    to: period.end,
  });
  const product = new Map(profiles.map((p) => [p.id, p.product ?? '']));
  return {
    inUse: summary.vendorsInUse.map((v) => ({
      name: v.vendorName,
      product: product.get(v.vendorId) ?? '',
      usedFor: v.useCaseName,
      dpa: DPA_STATUS_LABELS[v.dpa],
    })),
    underEvaluation: summary.underEvaluation.map((e) => ({
      title: e.title,
      vendors: e.vendorNames,
      status: EVALUATION_STATUS_LABELS[e.status],
    })),
    decisions: summary.decisions.map((d) => ({
      evaluation: d.evaluationTitle,
      vendor: d.vendorName,
      outcome: VENDOR_DECISION_LABELS[d.outcome],
      date: d.date,
      rationale: d.rationale,
    })),
    concentration: summary.concentration.map((c) => ({ provider: c.provider, count: c.useCaseCount })),
  };
}
