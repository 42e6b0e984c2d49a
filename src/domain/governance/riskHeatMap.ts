import type { Risk } from './registers/recordTypes';

/**
 * The 5x5 risk heat map: likelihood (1-5) x severity (1-5), before or after controls.
 * The level of a cell follows its score (likelihood x severity).
 */

/** `before` = inherent, `after` = target, `current` = inherent until the controls are in place, then target. */
export type HeatMapMode = 'before' | 'current' | 'after';
export const RISK_LEVEL_MODE_LABELS: Record<HeatMapMode, string> = {
  before: 'Inherent',
  current: 'Current',
  after: 'Target',
};
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** 1-4 low, 5-9 medium, 10-14 high, 15-25 critical. */
export function riskLevel(likelihood: number, severity: number): RiskLevel {
  const score = likelihood * severity;
  if (score >= 15) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

export interface RiskPosition {
  likelihood: number;
  severity: number;
  score: number;
  level: RiskLevel;
}

export function riskPosition(
  risk: Pick<Risk, 'likelihoodBefore' | 'severityBefore' | 'likelihoodAfter' | 'severityAfter'> & {
    controlsInPlace?: boolean;
  },
  mode: HeatMapMode,
): RiskPosition | null {
  if (mode === 'current')
    return risk.controlsInPlace === true
      ? (riskPosition(risk, 'after') ?? riskPosition(risk, 'before'))
      : riskPosition(risk, 'before');
  const likelihood = mode === 'before' ? risk.likelihoodBefore : risk.likelihoodAfter;
  const severity = mode === 'before' ? risk.severityBefore : risk.severityAfter;
  if (likelihood === null || severity === null) return null;
  return { likelihood, severity, score: likelihood * severity, level: riskLevel(likelihood, severity) };
}

/**
 * Incidents that realise this risk and were detected after it was last updated: the risk needs a
 * re-score (the prompt goes once the risk is edited).
 */
export function incidentsAskingRescore<T extends { riskIds?: readonly string[]; detectedAt: string | null }>(
  risk: Pick<Risk, 'id' | 'updatedAt'>,
  incidents: readonly T[],
): T[] {
  return incidents.filter(
    (i) => (i.riskIds ?? []).includes(risk.id) && i.detectedAt !== null && i.detectedAt > risk.updatedAt,
  );
}

export interface HeatMapCell {
  likelihood: number;
  severity: number;
  level: RiskLevel;
  risks: Risk[];
}

export interface HeatMap {
  /** Rows from severity 5 (top) down to 1; each row has likelihood 1 to 5 (left to right). */
  rows: HeatMapCell[][];
  /** Risks not scored for this mode (shown next to the map, never silently dropped). */
  unscored: Risk[];
  /** Closed risks are not plotted. */
  plotted: number;
}

export function riskHeatMap(risks: readonly Risk[], mode: HeatMapMode): HeatMap {
  const active = risks.filter((risk) => risk.status !== 'closed');
  const rows: HeatMapCell[][] = [5, 4, 3, 2, 1].map((severity) =>
    [1, 2, 3, 4, 5].map((likelihood) => ({
      likelihood,
      severity,
      level: riskLevel(likelihood, severity),
      risks: [] as Risk[],
    })),
  );
  const unscored: Risk[] = [];
  for (const risk of active) {
    const position = riskPosition(risk, mode);
    if (!position) unscored.push(risk);
    else rows[5 - position.severity][position.likelihood - 1].risks.push(risk);
  }
  return { rows, unscored, plotted: active.length - unscored.length };
}
