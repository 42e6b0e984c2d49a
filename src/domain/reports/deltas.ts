import { GATE_DECISION_LABELS, STAGES, STAGE_LABELS, type Stage } from '../portfolio';
import type { ReportModel } from './types';
import { dayIn, english, ENGLISH, type Translate, type Wording } from '../shared/language';

/** What changed since the previous report's snapshot: the "since last report" view. */
export interface ReportDeltas {
  previousPeriod: string | null;
  stageCountChange: Record<Stage, number>;
  added: string[];
  moved: { title: string; from: Stage; to: Stage }[];
  kpiMovement: {
    pilot: string;
    kpi: string;
    from: number | null;
    to: number | null;
    unitLabel: string;
    better: boolean | null;
  }[];
  newRisks: string[];
  newIncidents: string[];
  decisions: string[];
}

/** The changes since `previous`, their texts (decisions) written in `words`' language. */
export function compareReports(
  previous: ReportModel | null,
  current: ReportModel,
  { t, lang }: Wording = ENGLISH,
): ReportDeltas {
  const zero = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  if (!previous) {
    return {
      previousPeriod: null,
      stageCountChange: zero,
      added: [],
      moved: [],
      kpiMovement: [],
      newRisks: [],
      newIncidents: [],
      decisions: [],
    };
  }
  const stageCountChange = Object.fromEntries(
    STAGES.map((s) => [s, current.portfolio.stageCounts[s] - (previous.portfolio.stageCounts[s] ?? 0)]),
  ) as Record<Stage, number>;
  const before = new Map(previous.portfolio.useCases.map((u) => [u.id, u]));
  const added = current.portfolio.useCases.filter((u) => !before.has(u.id)).map((u) => u.title);
  const moved = current.portfolio.useCases.flatMap((u) => {
    const old = before.get(u.id);
    return old && old.stage !== u.stage ? [{ title: u.title, from: old.stage, to: u.stage }] : [];
  });

  const previousKpis = new Map(previous.pilots.flatMap((p) => p.kpis.map((k) => [k.id, k] as const)));
  const kpiMovement = current.pilots.flatMap((pilot) =>
    pilot.kpis.flatMap((k) => {
      const old = previousKpis.get(k.id);
      if (!old || old.current === k.current) return [];
      const better =
        old.current === null || k.current === null
          ? null
          : k.direction === 'higher-is-better'
            ? k.current > old.current
            : k.current < old.current;
      return [
        { pilot: pilot.title, kpi: k.name, from: old.current, to: k.current, unitLabel: k.unitLabel, better },
      ];
    }),
  );

  const oldRisks = new Set(previous.governance.risks.map((r) => r.id));
  const oldIncidents = new Set(previous.governance.incidents.map((i) => i.id));
  const oldGateDecisions = new Set(
    previous.pilots
      .filter((p) => p.gateDecision)
      .map((p) => `${p.id}|${p.gateDecision!.date}|${p.gateDecision!.decision}`),
  );
  const oldVendorDecisions = new Set(
    previous.vendors.decisions.map((d) => `${d.evaluation}|${d.vendor}|${d.outcome}|${d.date}`),
  );
  const decisions = [
    ...current.pilots
      .filter(
        (p) =>
          p.gateDecision &&
          !oldGateDecisions.has(`${p.id}|${p.gateDecision.date}|${p.gateDecision.decision}`),
      )
      .map((p) =>
        t('{{useCase}}: gate decision “{{decision}}” on {{date}}', {
          useCase: p.title,
          decision: t(GATE_DECISION_LABELS[p.gateDecision!.decision]).toLowerCase(),
          date: dayIn(lang, p.gateDecision!.date),
        }),
      ),
    ...current.vendors.decisions
      .filter((d) => !oldVendorDecisions.has(`${d.evaluation}|${d.vendor}|${d.outcome}|${d.date}`))
      .map((d) => `${d.evaluation}: ${d.vendor} ${d.outcome}`),
  ];

  return {
    previousPeriod: previous.period.label,
    stageCountChange,
    added,
    moved,
    kpiMovement,
    newRisks: current.governance.risks.filter((r) => !oldRisks.has(r.id)).map((r) => r.title),
    newIncidents: current.governance.incidents.filter((i) => !oldIncidents.has(i.id)).map((i) => i.title),
    decisions,
  };
}

export function describeMove(move: { from: Stage; to: Stage }, t: Translate = english): string {
  return `${t(STAGE_LABELS[move.from])} → ${t(STAGE_LABELS[move.to])}`;
}
