import { AI_ACT_TIER_LABELS, type DisplayTier } from '../../domain/governance';
import { Badge } from '../../ui/Badge';
import { BADGE_TONES } from '../../ui/badgeTones';
import { useT } from '../../state/interfaceLanguage';

export const TIER_LABELS: Record<DisplayTier, string> = {
  ...AI_ACT_TIER_LABELS,
  unclassified: 'Not classified',
};
export const TIER_SHORT_LABELS: Record<DisplayTier, string> = {
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
  const t = useT();
  const label = t(TIER_LABELS[tier]);
  return (
    <Badge
      tone={BADGE_TONES.aiActTier[tier]}
      title={overridden ? t('{{tier}} (overridden by the user)', { tier: label }) : label}
    >
      {long ? label : t(TIER_SHORT_LABELS[tier])}
      {overridden && t(' · overridden')}
    </Badge>
  );
}
