import type { DemoContext } from './dates';
import { accountancyPortfolio, manufacturerPortfolio, OTHER_USE_CASE_IDS } from './portfolioOthers';
import { staffingPortfolio, STAFFING_USE_CASE_IDS } from './portfolioStaffing';
import type { DemoSeed } from './seed';

/**
 * Deterministic ids of the demo use cases, so other areas (governance, vendors, reports) can link to them,
 * e.g. the CV-summary incident links to `DEMO_USE_CASE_IDS.cvSummaries`.
 */
export const DEMO_USE_CASE_IDS = { ...STAFFING_USE_CASE_IDS, ...OTHER_USE_CASE_IDS } as const;

/** The demo portfolio of the three demo clients: use cases, KPIs, measurements and gate decisions. */
export const portfolioDemoSeed: DemoSeed = (ctx: DemoContext) => {
  const parts = [staffingPortfolio(ctx), accountancyPortfolio(ctx), manufacturerPortfolio(ctx)];
  return {
    useCases: parts.flatMap((p) => p.useCases),
    kpis: parts.flatMap((p) => p.kpis),
    kpiMeasurements: parts.flatMap((p) => p.measurements),
    gateDecisions: parts.flatMap((p) => p.decisions),
  };
};
