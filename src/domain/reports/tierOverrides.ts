import { RISK_TIER_LABELS } from '../portfolio';
import type { GovernanceReportData } from './types';
import { english, type Translate } from '../shared/language';

type ReportSystem = GovernanceReportData['systems'][number];

/** "Override of High risk: “…” (decided by …; acknowledges Art. 6(3), third subparagraph)", or '' without an override. */
export function tierOverrideText(system: ReportSystem, t: Translate = english): string {
  const o = system.tierOverride;
  if (!o) return '';
  const by = [
    o.decidedBy && t('decided by {{name}}', { name: o.decidedBy }),
    o.acknowledgedArticle && t('against {{article}}, acknowledged', { article: o.acknowledgedArticle }),
  ]
    .filter(Boolean)
    .join('; ');
  const text = t('Override of {{tier}}: “{{justification}}”', {
    tier: t(RISK_TIER_LABELS[o.of]),
    justification: o.justification,
  });
  return by ? `${text} (${by})` : text;
}
