import { effectiveTier, type DisplayTier } from './aiSystemClassification';
import { dpiaNeed, governanceGaps, systemsInUse, type Gap } from './governanceGaps';
import { runningIncidentClocks } from './incidentRegisterClocks';
import { literacyCoverage, type LiteracyCoverage } from './literacyCoverage';
import { CLOSED_ACTION_STATUSES } from './registers/constants';
import { REGISTER_IDS, type RegisterId } from './registers/fieldTypes';
import type { AiSystem, GovernanceData } from './registers/recordTypes';
import { riskPosition } from './riskHeatMap';
import { todayIso } from '../shared/dates';

/** The numbers of one client's governance overview. */
export interface GovernanceOverview {
  registerCounts: Record<RegisterId, number>;
  /** Systems in use per tier (effective tier, after any override). */
  tiers: Record<DisplayTier, number>;
  toolsList: { approved: number; restricted: number; banned: number };
  openIncidents: number;
  overdueClocks: number;
  runningClocks: number;
  openRisks: number;
  /** Open risks whose current level (inherent until the controls are in place) is high or critical. */
  highRisks: number;
  /** Systems in use with a likely-required DPIA not recorded yet. */
  dpiaPending: AiSystem[];
  coverage: LiteracyCoverage;
  gaps: Gap[];
  openActions: number;
  overdueActions: number;
}

export function governanceOverview(data: GovernanceData, now: Date): GovernanceOverview {
  const today = todayIso(now);
  const registerCounts = Object.fromEntries(REGISTER_IDS.map((id) => [id, data[id].length])) as Record<
    RegisterId,
    number
  >;
  const inUse = systemsInUse(data.aiSystems, data.useCaseFacts);
  const tiers: Record<DisplayTier, number> = {
    prohibited: 0,
    high: 0,
    limited: 0,
    minimal: 0,
    unclassified: 0,
  };
  for (const system of inUse) tiers[effectiveTier(system.classification)] += 1;
  const count = (status: AiSystem['status']) => data.aiSystems.filter((s) => s.status === status).length;
  const openIncidentList = data.incidents.filter((i) => i.status !== 'closed');
  const clocks = openIncidentList.flatMap((i) => runningIncidentClocks(i, now, data.aiSystems));
  const openRisks = data.risks.filter((r) => r.status !== 'closed');
  const highRisks = openRisks.filter((r) => {
    const position = riskPosition(r, 'current');
    return position !== null && (position.level === 'high' || position.level === 'critical');
  }).length;
  const coverage = literacyCoverage(data.aiSystems, data.trainingRecords, today, data.useCaseFacts);
  const openActions = data.governanceActions.filter((a) => !CLOSED_ACTION_STATUSES.includes(a.status));
  return {
    registerCounts,
    tiers,
    toolsList: { approved: count('approved'), restricted: count('restricted'), banned: count('banned') },
    openIncidents: openIncidentList.length,
    overdueClocks: clocks.filter((c) => c.overdue).length,
    runningClocks: clocks.length,
    openRisks: openRisks.length,
    highRisks,
    dpiaPending: inUse.filter((s) => {
      const need = dpiaNeed(s, data.privacyRecords);
      return need.likelyRequired && !need.done;
    }),
    coverage,
    gaps: governanceGaps(data, today, coverage),
    openActions: openActions.length,
    overdueActions: openActions.filter((a) => a.dueDate !== null && a.dueDate < today).length,
  };
}
