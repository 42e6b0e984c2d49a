import {
  KPI_STATUS_LABELS,
  KPI_UNIT_LABELS,
  type KpiUnit,
  type ScoreKey,
  RISK_TIER_LABELS,
  STAGE_LABELS,
  type KpiStatus,
  type RiskTier,
  type Stage,
} from '../../domain/portfolio';
import { Badge } from '../../ui/Badge';
import { BADGE_TONES } from '../../ui/badgeTones';
import { RISK_TIER_COLOURS } from '../../domain/shared/palette';
import { useT } from '../../state/interfaceLanguage';
import { optionsOf, type Option } from '../../ui/fields/OptionSelect';
import type { Translate } from '../../domain/shared/language';

/** Small shared pieces of the portfolio screens: badges and date formatting. */

/** Short labels for tight places (board cards, map legend). */
export const RISK_TIER_SHORT: Record<RiskTier, string> = {
  prohibited: 'Prohibited',
  high: 'High risk',
  limited: 'Limited risk',
  minimal: 'Minimal risk',
  unclassified: 'Unclassified',
};

/** What each 1-5 score means at its ends. */
export const SCORE_HINTS: Record<ScoreKey, string> = {
  impact: '1 = marginal gain · 5 = changes a core process or its economics',
  reach: '1 = a few people or a rare task · 5 = most staff or a daily, high-volume task',
  feasibility: '1 = hard: custom build, unproven · 5 = off the shelf, little integration',
  dataReadiness: '1 = data missing or scattered · 5 = clean, accessible and allowed to use',
  confidence: '1 = a guess · 5 = evidence from a test or a comparable case',
};

/** Groups of affected persons offered while typing. */
export const SUGGESTIONS = [
  'candidates',
  'employees',
  'customers',
  'clients',
  'suppliers',
  'citizens',
  'patients',
  'students',
];

/** The unit's label in the unit choice ("percent (%)" rather than the bare sign). */
export const UNIT_CHOICE_LABELS: Record<KpiUnit, string> = { ...KPI_UNIT_LABELS, percent: 'percent (%)' };

/** The options of a label map, in the interface's language. */
export function translatedOptions<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
  t: Translate,
): Option<T>[] {
  return optionsOf(values, labels).map((o) => ({ ...o, label: t(o.label) }));
}

/** Dates are shown one way everywhere (`domain/shared/dates.ts`). */
export { formatDay } from '../../domain/shared/dates';

export function StageBadge({ stage }: { stage: Stage }) {
  const t = useT();
  return <Badge tone={BADGE_TONES.stage[stage]}>{t(STAGE_LABELS[stage])}</Badge>;
}

export function RiskBadge({ tier, short }: { tier: RiskTier; short?: boolean }) {
  const t = useT();
  return (
    <span className="risk-badge" title={t(RISK_TIER_LABELS[tier])}>
      <span className="risk-badge__dot" style={{ background: RISK_TIER_COLOURS[tier] }} aria-hidden />
      {t(short ? RISK_TIER_SHORT[tier] : RISK_TIER_LABELS[tier])}
    </span>
  );
}

export function KpiStatusBadge({ status }: { status: KpiStatus }) {
  const t = useT();
  return <Badge tone={BADGE_TONES.kpiStatus[status]}>{t(KPI_STATUS_LABELS[status])}</Badge>;
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
