import { vendorName } from './comparison';
import { DPA_STATUSES, type DpaStatus, type VendorDecisionValue } from './constants';
import type { Evaluation } from './evaluation';
import { evaluationOverview, type EvaluationOverview } from './lists';
import { modelProviders, type VendorProfile, type VendorRef } from './profile';

/**
 * What the client's board report says about vendors, from that client's evaluations only:
 * vendors in use (selected in a decided evaluation), evaluations still running, decisions taken,
 * DPA status of the vendors in use, and concentration (use cases that depend on one model provider).
 */

/** Library facts the summary can use; any of them may be missing (then "unknown"). */
export type ReportVendorRef = VendorRef & Partial<Pick<VendorProfile, 'dpa' | 'subProcessors'>>;

export type ReportSummaryOptions = {
  /** Only evaluations of this client are counted (a guard: callers should pass one client's evaluations). */
  clientId?: string;
  /** Decisions dated in [from, to] (YYYY-MM-DD, inclusive) are listed; all decisions when omitted. */
  from?: string;
  to?: string;
};

export type ReportVendorInUse = {
  vendorId: string;
  vendorName: string;
  evaluationId: string;
  evaluationTitle: string;
  useCaseId?: string;
  /** The use case in words (linked use case title or free text), else the evaluation title. */
  useCaseName: string;
  decisionDate: string;
  rationale: string;
  dpa: DpaStatus;
  modelProviders: string[];
};

/** An evaluation still running: the facts of its line in the client's list (`EvaluationOverview`). */
export type ReportEvaluationInProgress = Pick<
  EvaluationOverview,
  'title' | 'status' | 'useCaseId' | 'useCaseName' | 'vendorNames' | 'leaderNames' | 'openDdCount'
> & { evaluationId: string; knockedOutCount: number };

export type ReportDecision = {
  evaluationId: string;
  evaluationTitle: string;
  vendorId: string;
  vendorName: string;
  outcome: VendorDecisionValue;
  rationale: string;
  date: string;
};

export type ReportConcentration = {
  provider: string;
  useCaseCount: number;
  useCaseNames: string[];
  vendorNames: string[];
  /** True when two or more use cases depend on this provider. */
  concentrated: boolean;
};

export type EvaluationReportSummary = {
  counts: { evaluations: number; decided: number; inProgress: number; vendorsInUse: number };
  vendorsInUse: ReportVendorInUse[];
  underEvaluation: ReportEvaluationInProgress[];
  /** Newest first. */
  decisions: ReportDecision[];
  dpa: {
    /** Vendors in use (counted once per vendor) per DPA status. */
    counts: Record<DpaStatus, number>;
    /** Vendors in use whose DPA is not signed: the board should know. */
    notSigned: Array<{ vendorId: string; vendorName: string; dpa: DpaStatus }>;
  };
  /** Providers behind the vendors in use, most use cases first. */
  concentration: ReportConcentration[];
  /** Vendors in use whose model provider is not identified in the library. */
  providerUnknown: string[];
};

function labelOfUseCase(evaluation: Evaluation): string {
  return evaluation.useCaseName.trim() || evaluation.title;
}

function keyOfUseCase(evaluation: Evaluation): string {
  if (evaluation.useCaseId) return `id:${evaluation.useCaseId}`;
  const name = evaluation.useCaseName.trim().toLowerCase();
  return name ? `name:${name}` : `evaluation:${evaluation.id}`;
}

const inPeriod = (date: string, options: ReportSummaryOptions) =>
  (!options.from || date >= options.from) && (!options.to || date <= options.to);

function vendorsInUse(
  decided: readonly Evaluation[],
  vendors: readonly ReportVendorRef[],
): ReportVendorInUse[] {
  const rows: ReportVendorInUse[] = [];
  for (const evaluation of decided) {
    for (const entry of evaluation.vendors) {
      if (entry.decision?.outcome !== 'selected') continue;
      const profile = vendors.find((v) => v.id === entry.vendorId);
      rows.push({
        vendorId: entry.vendorId,
        vendorName: vendorName(entry.vendorId, vendors),
        evaluationId: evaluation.id,
        evaluationTitle: evaluation.title,
        useCaseId: evaluation.useCaseId,
        useCaseName: labelOfUseCase(evaluation),
        decisionDate: entry.decision.date,
        rationale: entry.decision.rationale,
        dpa: profile?.dpa ?? 'unknown',
        modelProviders: profile?.subProcessors
          ? modelProviders({ subProcessors: profile.subProcessors })
          : [],
      });
    }
  }
  return rows.sort(
    (a, b) => a.vendorName.localeCompare(b.vendorName) || a.useCaseName.localeCompare(b.useCaseName),
  );
}

function concentration(
  inUse: readonly ReportVendorInUse[],
  decided: readonly Evaluation[],
): ReportConcentration[] {
  const byProvider = new Map<
    string,
    { label: string; useCases: Map<string, string>; vendors: Set<string> }
  >();
  for (const row of inUse) {
    const evaluation = decided.find((e) => e.id === row.evaluationId);
    if (!evaluation) continue;
    for (const provider of row.modelProviders) {
      const key = provider.trim().toLowerCase();
      const group = byProvider.get(key) ?? {
        label: provider.trim(),
        useCases: new Map(),
        vendors: new Set(),
      };
      group.useCases.set(keyOfUseCase(evaluation), row.useCaseName);
      group.vendors.add(row.vendorName);
      byProvider.set(key, group);
    }
  }
  return [...byProvider.values()]
    .map((g) => ({
      provider: g.label,
      useCaseCount: g.useCases.size,
      useCaseNames: [...new Set(g.useCases.values())].sort((a, b) => a.localeCompare(b)),
      vendorNames: [...g.vendors].sort((a, b) => a.localeCompare(b)),
      concentrated: g.useCases.size >= 2,
    }))
    .sort((a, b) => b.useCaseCount - a.useCaseCount || a.provider.localeCompare(b.provider));
}

function dpaSummary(inUse: readonly ReportVendorInUse[]): EvaluationReportSummary['dpa'] {
  const counts = Object.fromEntries(DPA_STATUSES.map((s) => [s, 0])) as Record<DpaStatus, number>;
  const seen = new Map<string, ReportVendorInUse>();
  for (const row of inUse) if (!seen.has(row.vendorId)) seen.set(row.vendorId, row);
  for (const row of seen.values()) counts[row.dpa] += 1;
  const notSigned = [...seen.values()]
    .filter((row) => row.dpa !== 'signed')
    .map((row) => ({ vendorId: row.vendorId, vendorName: row.vendorName, dpa: row.dpa }));
  return { counts, notSigned };
}

function inProgress(evaluation: Evaluation, vendors: readonly ReportVendorRef[]): ReportEvaluationInProgress {
  const line = evaluationOverview(evaluation, vendors);
  return {
    evaluationId: line.id,
    title: line.title,
    status: line.status,
    useCaseId: line.useCaseId,
    useCaseName: labelOfUseCase(evaluation),
    vendorNames: line.vendorNames,
    leaderNames: line.leaderNames,
    knockedOutCount: line.knockedOutNames.length,
    openDdCount: line.openDdCount,
  };
}

export function evaluationSummaryForReport(
  evaluations: readonly Evaluation[],
  vendors: readonly ReportVendorRef[],
  options: ReportSummaryOptions = {},
): EvaluationReportSummary {
  const own = options.clientId
    ? evaluations.filter((e) => e.clientId === options.clientId)
    : [...evaluations];
  const decided = own.filter((e) => e.status === 'decided');
  const running = own.filter((e) => e.status !== 'decided').sort((a, b) => a.title.localeCompare(b.title));
  const inUse = vendorsInUse(decided, vendors);
  const decisions: ReportDecision[] = own
    .flatMap((evaluation) =>
      evaluation.vendors.flatMap((entry) =>
        entry.decision && inPeriod(entry.decision.date, options)
          ? [
              {
                evaluationId: evaluation.id,
                evaluationTitle: evaluation.title,
                vendorId: entry.vendorId,
                vendorName: vendorName(entry.vendorId, vendors),
                outcome: entry.decision.outcome,
                rationale: entry.decision.rationale,
                date: entry.decision.date,
              },
            ]
          : [],
      ),
    )
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        a.evaluationTitle.localeCompare(b.evaluationTitle) ||
        a.vendorName.localeCompare(b.vendorName),
    );
  return {
    counts: {
      evaluations: own.length,
      decided: decided.length,
      inProgress: running.length,
      vendorsInUse: new Set(inUse.map((r) => r.vendorId)).size,
    },
    vendorsInUse: inUse,
    underEvaluation: running.map((e) => inProgress(e, vendors)),
    decisions,
    dpa: dpaSummary(inUse),
    concentration: concentration(inUse, decided),
    providerUnknown: [
      ...new Set(inUse.filter((r) => r.modelProviders.length === 0).map((r) => r.vendorName)),
    ].sort((a, b) => a.localeCompare(b)),
  };
}
