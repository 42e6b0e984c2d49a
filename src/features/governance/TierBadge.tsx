import { AI_ACT_TIER_LABELS, type DisplayTier } from '../../domain/governance';
import { Badge } from '../../ui/Badge';
import { BADGE_TONES } from '../../ui/badgeTones';

export const TIER_LABELS: Record<DisplayTier, string> = {
  ...AI_ACT_TIER_LABELS,
  unclassified: 'Not classified',
};
const SHORT: Record<DisplayTier, string> = {
  prohibited: 'Prohibited',
  high: 'High risk',
  limited: 'Limited risk',
  minimal: 'Minimal risk',
  unclassified: 'Not classified',
};

/** The EU AI Act tier of a system, the same everywhere it appears. */
export function TierBadge({
  tier,
  overridden = false,
  long = false,
}: {
  tier: DisplayTier;
  overridden?: boolean;
  long?: boolean;
}) {
  return (
    <Badge
      tone={BADGE_TONES.aiActTier[tier]}
      title={overridden ? `${TIER_LABELS[tier]} (overridden by the user)` : TIER_LABELS[tier]}
    >
      {long ? TIER_LABELS[tier] : SHORT[tier]}
      {overridden && ' · overridden'}
    </Badge>
  );
}
