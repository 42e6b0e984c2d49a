import { RISK_TIER_LABELS } from '../portfolio';
import type { GovernanceReportData } from './types';

type ReportSystem = GovernanceReportData['systems'][number];

/** "Override of High risk: “…” (decided by …; acknowledges Art. 6(3), third subparagraph)", or '' without an override. */
export function tierOverrideText(system: ReportSystem): string {
  const o = system.tierOverride;
  if (!o) return '';
  const by = [
    o.decidedBy && `decided by ${o.decidedBy}`,
    o.acknowledgedArticle && `against ${o.acknowledgedArticle}, acknowledged`,
  ]
    .filter(Boolean)
    .join('; ');
  return `Override of ${RISK_TIER_LABELS[o.of]}: “${o.justification}”${by ? ` (${by})` : ''}`;
}
