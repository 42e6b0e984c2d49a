import type { AiActRulePack, PenaltyRule } from './aiActTypes';
import { EU_AI_ACT_RULE_PACK } from './euAiActRulePack';

/** Shown on the report's risk slide next to the amounts. */
export const PENALTY_RULE_EXPLANATION =
  'Each fine is capped at a fixed amount or a percentage of worldwide annual turnover: the higher of the two, or for SMEs (including start-ups) the lower of the two (Art. 99(6)).';

export interface MaximumFine {
  penaltyId: string;
  appliesTo: string;
  article: string;
  maxEur: number;
}

/**
 * The maximum fine for one penalty level (Art. 99(3)-(6)): the higher of the fixed amount and the
 * turnover percentage, or the lower of the two for an SME.
 */
export function maximumFine(penalty: PenaltyRule, worldwideTurnoverEur: number, isSme: boolean): MaximumFine {
  const byTurnover = (Math.max(0, worldwideTurnoverEur) * penalty.maxTurnoverPercent) / 100;
  const maxEur = isSme
    ? Math.min(penalty.maxAmountEur, byTurnover)
    : Math.max(penalty.maxAmountEur, byTurnover);
  return { penaltyId: penalty.id, appliesTo: penalty.appliesTo, article: penalty.article, maxEur };
}

/** The maximum fine of every penalty level of the pack, for one organisation. */
export function maximumFines(
  worldwideTurnoverEur: number,
  isSme: boolean,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): MaximumFine[] {
  return pack.penalties.map((penalty) => maximumFine(penalty, worldwideTurnoverEur, isSme));
}
