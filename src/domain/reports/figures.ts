import { RISK_TIERS, type RiskTier } from '../portfolio/constants';
import type { ReportModel } from './types';

/**
 * The compliance figures a slide states, computed from the model in one place so the HTML slide, the
 * PPTX and the tests say the same: systems per EU AI Act tier, and use cases (not stopped or retired)
 * still without a tier, whichever way they are counted.
 */
export interface ComplianceFigures {
  systemsByTier: Record<RiskTier, number>;
  useCasesUnclassified: number;
  useCasesCounted: number;
}

const CLOSED = ['stopped', 'retired'];

export function complianceFigures(model: Pick<ReportModel, 'governance' | 'portfolio'>): ComplianceFigures {
  const systemsByTier = Object.fromEntries(RISK_TIERS.map((t) => [t, model.governance.systems.filter((s) => s.tier === t).length])) as Record<RiskTier, number>;
  const open = model.portfolio.useCases.filter((u) => !CLOSED.includes(u.stage));
  return { systemsByTier, useCasesUnclassified: open.filter((u) => u.riskTier === 'unclassified').length, useCasesCounted: open.length };
}
