import { RISK_TIERS, type RiskTier } from '../portfolio/constants';
import { riskLevel } from '../governance/riskHeatMap';
import type { ReportModel } from './types';
import { english, numberIn, type Language, type Translate } from '../shared/language';

/** Risks whose current level is critical (15 or more, as on the heat map): one threshold for the key figure and the status. */
export function criticalRisks<R extends { residualLikelihood: number; residualSeverity: number }>(
  risks: readonly R[],
): R[] {
  return risks.filter((r) => riskLevel(r.residualLikelihood, r.residualSeverity) === 'critical');
}

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
  const systemsByTier = Object.fromEntries(
    RISK_TIERS.map((t) => [t, model.governance.systems.filter((s) => s.tier === t).length]),
  ) as Record<RiskTier, number>;
  const open = model.portfolio.useCases.filter((u) => !CLOSED.includes(u.stage));
  return {
    systemsByTier,
    useCasesUnclassified: open.filter((u) => u.riskTier === 'unclassified').length,
    useCasesCounted: open.length,
  };
}

/** One key figure of the executive summary: the same five on the PDF slide and in the PPTX. */
export interface KeyFigure {
  value: string;
  label: string;
  /** Drawn as a warning (over the limit, an overdue legal deadline, a critical risk). */
  alert?: boolean;
}

export function keyFigures(
  model: Pick<ReportModel, 'governance' | 'portfolio'>,
  t: Translate = english,
  lang: Language = 'en',
): KeyFigure[] {
  const p = model.portfolio;
  const g = model.governance;
  const critical = criticalRisks(g.risks).length;
  return [
    { value: String(p.total), label: t('AI use cases in the portfolio') },
    {
      value: `${p.activePilots} / ${p.pilotLimit}`,
      label: t('Pilots running / limit'),
      alert: p.activePilots > p.pilotLimit,
    },
    {
      value: p.valueRealisedHoursPerMonth
        ? t('{{hours}} h', { hours: numberIn(lang, Math.round(p.valueRealisedHoursPerMonth)) })
        : '—',
      label: t('Hours saved per month (measured)'),
    },
    {
      value: String(g.incidents.filter((i) => i.status !== 'closed').length),
      label: t('Open incidents'),
      alert: g.openDeadlines.some((d) => d.overdue),
    },
    { value: String(critical), label: t('Critical risks (current level)'), alert: critical > 0 },
  ];
}
