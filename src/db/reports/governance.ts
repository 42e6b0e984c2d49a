import { addDays, format, parseISO } from 'date-fns';
import { todayIso } from '../../domain/shared/dates';
import {
  ACTION_STATUS_LABELS,
  EFFECTIVE_STATUS_LABELS,
  effectiveSystemStatus,
  effectiveSystemVendor,
  CLOSED_ACTION_STATUSES,
  RISK_TREATMENT_LABELS,
  accountableFor,
  dpiaNeed,
  effectiveTier,
  governanceGaps,
  literacyCoverage,
  riskPosition,
  runningIncidentClocks,
  timeLeftLabel,
  systemsInUse,
  viewClassification,
  type GovernanceData,
} from '../../domain/governance';
import type { GovernanceReportData, Period } from '../../domain/reports';
import { loadGovernanceData } from '../governance/queries';
import type { CaioDatabase } from '../core/schema';
import { ENGLISH, type Wording } from '../../domain/shared/language';

export const OVERSIGHT_SHORT: Record<string, string> = {
  unset: 'Not decided',
  inTheLoop: 'Human approves each output',
  onTheLoop: 'Human monitors',
  none: 'None',
};
const day = (timestamp: string | null | undefined) => (timestamp ? timestamp.slice(0, 10) : '');
const joined = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim()).join(' ');

/** The nine Art. 26 checklist items read as one line on a board slide; the register keeps the detail. */
function groupDeployerDuties(
  rows: GovernanceReportData['obligations'],
  { t }: Wording,
): GovernanceReportData['obligations'] {
  const duties = rows.filter((o) => o.article.startsWith('Art. 26'));
  if (duties.length < 2) return rows;
  const grouped = {
    id: 'art26.all',
    title: t(
      'Deployer duties for high-risk AI systems ({{count}}: oversight, logs, monitoring, informing workers and people affected…)',
      { count: duties.length },
    ),
    article: 'Art. 26',
    appliesFrom: duties.map((d) => d.appliesFrom).sort()[0],
    inForce: duties.some((d) => d.inForce),
    systems: Math.max(...duties.map((d) => d.systems)),
  };
  return [...rows.filter((o) => !o.article.startsWith('Art. 26')), grouped];
}

/**
 * The governance slides' data for one client as of `asOf` (the period end, or today if earlier):
 * systems with their tier, risks before/after controls, this period's and still-open incidents with
 * their running clocks, obligations per classified system, DPIA, policies due, training coverage, actions.
 */
export async function governanceReportData(
  database: CaioDatabase,
  clientId: string,
  period: Period,
  asOf: Date,
  words: Wording = ENGLISH,
): Promise<GovernanceReportData> {
  return governanceReportFromData(await loadGovernanceData(database, clientId), period, asOf, words);
}

/** The same from one client's registers already in memory (the large generated workspace freezes past reports with it). */
export function governanceReportFromData(
  data: GovernanceData,
  period: Period,
  asOf: Date,
  words: Wording = ENGLISH,
): GovernanceReportData {
  const today = todayIso(asOf);
  const facts = data.useCaseFacts ?? [];
  const inUse = systemsInUse(data.aiSystems, data.useCaseFacts);
  const gaps = governanceGaps(data, today);

  const obligations = new Map<string, GovernanceReportData['obligations'][number]>();
  for (const system of inUse) {
    if (!system.classification) continue;
    for (const o of viewClassification(system.classification, today).obligations) {
      const known = obligations.get(o.id);
      obligations.set(o.id, {
        id: o.id,
        title: o.title,
        article: o.article,
        appliesFrom: o.appliesFrom,
        inForce: o.inForce,
        systems: (known?.systems ?? 0) + 1,
      });
    }
  }
  const needs = inUse.map((s) => dpiaNeed(s, data.privacyRecords)).filter((n) => n.likelyRequired);
  const incidents = data.incidents.filter(
    (i) => i.status !== 'closed' || (day(i.detectedAt) >= period.start && day(i.detectedAt) <= period.end),
  );
  const reviewHorizon = format(addDays(parseISO(period.end), 30), 'yyyy-MM-dd');

  return {
    systems: data.aiSystems
      .filter((s) => !['retired', 'notUsed'].includes(effectiveSystemStatus(s, facts)))
      .map((s) => ({
        id: s.id,
        name: s.name,
        vendor: effectiveSystemVendor(s, facts).value,
        status: EFFECTIVE_STATUS_LABELS[effectiveSystemStatus(s, facts)],
        tier: effectiveTier(s.classification),
        accountable: accountableFor(s, data.raciEntries, facts) ?? '',
        oversight: OVERSIGHT_SHORT[s.humanOversight] ?? '',
        ...(s.classification?.override
          ? {
              tierOverride: {
                of: s.classification.tier,
                justification: s.classification.override.justification,
                decidedBy: s.classification.override.decidedBy ?? '',
                acknowledgedArticle: s.classification.override.acknowledgedArticle ?? '',
              },
            }
          : {}),
      })),
    risks: data.risks
      .filter((r) => r.status !== 'closed' && r.likelihoodBefore !== null && r.severityBefore !== null)
      .map((r) => ({
        id: r.id,
        title: r.title,
        category: r.category,
        likelihood: r.likelihoodBefore!,
        severity: r.severityBefore!,
        // The current level: inherent until the treatment's controls are in place.
        residualLikelihood: riskPosition(r, 'current')!.likelihood,
        residualSeverity: riskPosition(r, 'current')!.severity,
        targetLikelihood: r.likelihoodAfter,
        targetSeverity: r.severityAfter,
        owner: r.owner ?? '',
        treatment: RISK_TREATMENT_LABELS[r.treatment] ?? r.treatment,
        status: r.status,
      })),
    incidents: incidents.map((i) => ({
      id: i.id,
      title: i.title,
      date: day(i.occurredAt) || day(i.detectedAt),
      severity: i.severity === 'verySerious' ? 'very-serious' : i.severity,
      whatHappened: i.description ?? '',
      whatWasDone: joined(i.containment, i.correctiveActions),
      lesson: i.lessonsLearned ?? '',
      status: i.status,
    })),
    openDeadlines: data.incidents
      .filter((i) => i.status !== 'closed')
      .flatMap((i) =>
        runningIncidentClocks(i, asOf, data.aiSystems).map((c) => ({
          title: `${i.title}: ${words.t(c.title)}`,
          deadline: c.deadline,
          overdue: c.overdue,
          label: timeLeftLabel(parseISO(c.deadline), asOf, words),
        })),
      ),
    obligations: groupDeployerDuties([...obligations.values()], words).sort((a, b) =>
      a.appliesFrom.localeCompare(b.appliesFrom),
    ),
    dpia: { likelyRequired: needs.length, done: needs.filter((n) => n.done).length },
    policiesDue: data.policies
      .filter((p) => p.status !== 'retired' && p.reviewDate && p.reviewDate <= reviewHorizon)
      .map((p) => ({ title: p.title, reviewDate: p.reviewDate! })),
    literacyCoverage: (() => {
      const coverage = literacyCoverage(data.aiSystems, data.trainingRecords, today, data.useCaseFacts);
      return coverage.percent === null ? null : coverage.percent / 100;
    })(),
    decisionRightsDefined: data.decisionRights.length,
    systemsWithoutAccountable: gaps.filter((g) => g.kind === 'noAccountable').map((g) => g.subject),
    actions: data.governanceActions
      .filter((a) => !CLOSED_ACTION_STATUSES.includes(a.status))
      .map((a) => ({
        title: a.title,
        owner: a.owner ?? '',
        due: a.dueDate ?? null,
        status: ACTION_STATUS_LABELS[a.status],
        overdue: !!a.dueDate && a.dueDate < today,
      }))
      .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999')),
  };
}
