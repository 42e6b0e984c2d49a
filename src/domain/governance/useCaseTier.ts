import { AI_ACT_TIER_SEVERITY, type AiActTier } from './aiActTypes';
import { effectiveTier, type StoredClassification } from './aiSystemClassification';

/**
 * A use case's EU AI Act risk tier follows the AI systems it runs on: the most severe effective tier
 * (after any override) among its linked, classified systems. Null when none is classified, so a tier
 * the user set by hand is kept.
 */
export function tierFromSystems(
  useCaseId: string,
  systems: readonly { useCaseIds: readonly string[]; classification: StoredClassification | null }[],
): AiActTier | null {
  let worst: AiActTier | null = null;
  for (const system of systems) {
    if (!system.useCaseIds.includes(useCaseId) || !system.classification) continue;
    const tier = effectiveTier(system.classification);
    if (tier === 'unclassified') continue;
    if (!worst || AI_ACT_TIER_SEVERITY[tier] > AI_ACT_TIER_SEVERITY[worst]) worst = tier;
  }
  return worst;
}
