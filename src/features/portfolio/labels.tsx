import {
  KPI_STATUS_LABELS,
  RISK_TIER_LABELS,
  STAGE_LABELS,
  type KpiStatus,
  type RiskTier,
  type Stage,
} from '../../domain/portfolio';
import { Badge } from '../../ui/Badge';
import { BADGE_TONES } from '../../ui/badgeTones';
import { RISK_TIER_COLOURS } from '../../domain/shared/palette';

/** Small shared pieces of the portfolio screens: badges and date formatting. */

/** Short labels for tight places (board cards, map legend). */
export const RISK_TIER_SHORT: Record<RiskTier, string> = {
  prohibited: 'Prohibited',
  high: 'High risk',
  limited: 'Limited risk',
  minimal: 'Minimal risk',
  unclassified: 'Unclassified',
};

/** Dates are shown one way everywhere (`domain/shared/dates.ts`). */
export { formatDay } from '../../domain/shared/dates';

export function StageBadge({ stage }: { stage: Stage }) {
  return <Badge tone={BADGE_TONES.stage[stage]}>{STAGE_LABELS[stage]}</Badge>;
}

export function RiskBadge({ tier, short }: { tier: RiskTier; short?: boolean }) {
  return (
    <span className="risk-badge" title={RISK_TIER_LABELS[tier]}>
      <span className="risk-badge__dot" style={{ background: RISK_TIER_COLOURS[tier] }} aria-hidden />
      {short ? RISK_TIER_SHORT[tier] : RISK_TIER_LABELS[tier]}
    </span>
  );
}

export function KpiStatusBadge({ status }: { status: KpiStatus }) {
  return <Badge tone={BADGE_TONES.kpiStatus[status]}>{KPI_STATUS_LABELS[status]}</Badge>;
}

/** Priority 0-100 with a small bar, or a dash with the reason as title. */
export function PriorityValue({ score, missing }: { score: number | null; missing?: string }) {
  if (score === null)
    return (
      <span className="muted" title={missing}>
        —
      </span>
    );
  return (
    <span className="priority">
      <span className="priority__bar" aria-hidden>
        <span className="priority__fill" style={{ width: `${Math.max(3, score)}%` }} />
      </span>
      <span className="priority__value">{score}</span>
    </span>
  );
}
