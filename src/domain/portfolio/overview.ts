/**
 * Portfolio overview of one client: stages, pilots against the limit, decisions due, value realised.
 */
import { daysBetween } from './common';
import { KPI_STATUSES, STAGES, type KpiStatus, type Stage } from './constants';
import type { GateDecision } from './gateDecisions';
import type { Kpi, Measurement } from './kpiRecords';
import { currentStageSince } from './stageHistory';
import { isActivePilotStage } from './stages';
import type { UseCase } from './useCase';
import { valueRealisedFrom, type LatestValidMeasurement, type ValueRealised } from './valueRealised';
import { kpiStatus, validMeasurements } from './kpis';

export const DECISIONS_DUE_EXPLANATION =
  'A decision is due when a use case is in pilot or evaluation, the planned end date of its pilot charter has ' +
  'passed, and no gate decision has been recorded in its current stage since it entered that stage.';

export interface DecisionDue {
  useCaseId: string;
  title: string;
  stage: Stage;
  plannedEndDate: string;
  /** Days since the planned end (1 = planned end was yesterday). */
  daysOverdue: number;
}

export interface PilotLimitOverrideView {
  useCaseId: string;
  title: string;
  stage: Stage;
  reason: string;
  at: string;
}

/** What the client overview's portfolio card shows; its value realised needs one measurement per KPI. */
export interface PortfolioSummary {
  totalUseCases: number;
  stageCounts: Record<Stage, number>;
  activePilots: {
    /** Use cases in pilot + evaluation. */
    count: number;
    limit: number;
    /** How many more may start without an override (never negative). */
    available: number;
    atOrOverLimit: boolean;
    overLimit: boolean;
    useCaseIds: string[];
  };
  /** Most overdue first. */
  decisionsDue: DecisionDue[];
  valueRealised: ValueRealised;
}

export interface PortfolioOverview extends PortfolioSummary {
  /** Pilot-limit overrides on record, for use cases still in pilot or evaluation. */
  overrides: PilotLimitOverrideView[];
  /** Status of the KPIs of use cases in pilot or evaluation, measured against each pilot's period. */
  activeKpiStatusCounts: Record<KpiStatus, number>;
}

/** Pass the records of one client only. KPIs, measurements and decisions of other use cases are ignored. */
export function portfolioOverview(
  useCases: readonly UseCase[],
  kpis: readonly Kpi[],
  measurements: readonly Measurement[],
  gateDecisions: readonly GateDecision[],
  pilotLimit: number,
  today: string,
): PortfolioOverview {
  const latestOf = (kpi: Kpi) => validMeasurements(kpi, measurements, today).at(-1);
  const summary = portfolioSummary(useCases, kpis, latestOf, gateDecisions, pilotLimit, today);
  const active = useCases.filter((u) => isActivePilotStage(u.stage));
  const overrides: PilotLimitOverrideView[] = active.flatMap((u) =>
    u.pilotLimitOverride
      ? [
          {
            useCaseId: u.id,
            title: u.title,
            stage: u.stage,
            reason: u.pilotLimitOverride.reason,
            at: u.pilotLimitOverride.at,
          },
        ]
      : [],
  );

  const activeKpiStatusCounts = Object.fromEntries(KPI_STATUSES.map((s) => [s, 0])) as Record<
    KpiStatus,
    number
  >;
  for (const u of active) {
    const period = { start: u.charter.startDate, end: u.charter.plannedEndDate };
    for (const kpi of kpis.filter((k) => k.useCaseId === u.id)) {
      activeKpiStatusCounts[kpiStatus(kpi, measurements, today, period).status] += 1;
    }
  }
  return { ...summary, overrides, activeKpiStatusCounts };
}

/**
 * The summary of `portfolioOverview` without the pilots' KPI statuses and overrides: `latestOf` gives the
 * latest valid measurement of a KPI (the repository reads it through an index, not every measurement).
 */
export function portfolioSummary(
  useCases: readonly UseCase[],
  kpis: readonly Kpi[],
  latestOf: LatestValidMeasurement,
  gateDecisions: readonly GateDecision[],
  pilotLimit: number,
  today: string,
): PortfolioSummary {
  const stageCounts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  for (const u of useCases) stageCounts[u.stage] += 1;

  const active = useCases.filter((u) => isActivePilotStage(u.stage));
  const decisionsDue: DecisionDue[] = [];
  for (const u of active) {
    const end = u.charter.plannedEndDate;
    if (!end || daysBetween(end, today) <= 0) continue;
    const since = currentStageSince(u);
    const decided = gateDecisions.some(
      (d) => d.useCaseId === u.id && d.fromStage === u.stage && daysBetween(since, d.date) >= 0,
    );
    if (!decided) {
      decisionsDue.push({
        useCaseId: u.id,
        title: u.title,
        stage: u.stage,
        plannedEndDate: end,
        daysOverdue: daysBetween(end, today),
      });
    }
  }
  decisionsDue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.title.localeCompare(b.title));

  return {
    totalUseCases: useCases.length,
    stageCounts,
    activePilots: {
      count: active.length,
      limit: pilotLimit,
      available: Math.max(0, pilotLimit - active.length),
      atOrOverLimit: active.length >= pilotLimit,
      overLimit: active.length > pilotLimit,
      useCaseIds: active.map((u) => u.id),
    },
    decisionsDue,
    valueRealised: valueRealisedFrom(useCases, kpis, latestOf),
  };
}
