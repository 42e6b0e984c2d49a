import {
  effortFromFeasibility,
  formatKpiValue,
  isActivePilotStage,
  kpiStatus,
  mapQuadrant,
  placementLabel,
  portfolioOverview,
  rankUseCases,
  STAGE_LABELS,
  type GateDecision,
  type Kpi,
  type KpiStatus,
  type Measurement,
  type UseCase,
} from '../portfolio';
import { isInPeriod, type Period } from './period';
import type { KpiLine, MapPoint, PilotSummary, PortfolioSection, RoadmapSection } from './types';
import { dayIn, ENGLISH, numberIn, type Wording } from '../shared/language';
import { GATE_DECISION_LABELS } from '../portfolio/constants';

/** The portfolio, pilot and roadmap parts of a board report, from one client's portfolio records. */
export interface PortfolioSources {
  useCases: readonly UseCase[];
  kpis: readonly Kpi[];
  measurements: readonly Measurement[];
  gateDecisions: readonly GateDecision[];
  pilotLimit: number;
  period: Period;
  /** The day the numbers are taken (the period end, or today if earlier). */
  asOf: string;
  /** The language of the texts the report states (English when not given). */
  words?: Wording;
}

const STATUS_RANK: Record<KpiStatus, number> = { 'off-track': 3, 'at-risk': 2, 'on-track': 1, 'no-data': 0 };

function unitText(kpi: Kpi): string {
  return formatKpiValue(0, kpi.unit, kpi.unitLabel).replace(/^0\s?/, '').trim();
}

function kpiLine(kpi: Kpi, measurements: readonly Measurement[], useCase: UseCase, asOf: string): KpiLine {
  const own = measurements
    .filter((m) => m.kpiId === kpi.id && m.date <= asOf)
    .sort((a, b) => a.date.localeCompare(b.date));
  const result = kpiStatus(kpi, own, asOf, {
    start: useCase.charter.startDate,
    end: useCase.charter.plannedEndDate,
  });
  return {
    id: kpi.id,
    name: kpi.name,
    unitLabel: unitText(kpi),
    direction: kpi.direction,
    baseline: kpi.baselineValue,
    current: result.latest?.value ?? null,
    target: kpi.targetValue,
    status: result.status,
    trend: own.map((m) => ({ date: m.date, value: m.value })),
  };
}

/** A KPI status inside a sentence ("since then … put it at risk"). */
export const KPI_STATUS_WORDS: Record<KpiStatus, string> = {
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  'no-data': 'without data',
};

/**
 * Why a pilot's KPI status and its last gate decision disagree (scaled while at risk or off track;
 * stopped or parked while on track), or null when they agree.
 */
export function explainDisagreement(
  decision: Pick<GateDecision, 'decision' | 'date' | 'rationale' | 'evidence'>,
  status: KpiStatus,
  lines: readonly KpiLine[],
  { t, lang }: Wording = ENGLISH,
): string | null {
  const scaledButWeak = decision.decision === 'scale' && (status === 'at-risk' || status === 'off-track');
  const endedButStrong =
    (decision.decision === 'stop' || decision.decision === 'park') && status === 'on-track';
  if (!scaledButWeak && !endedButStrong) return null;
  const weak = lines
    .filter((l) => l.status === status)
    .map((l) => {
      const value = (v: number | null) => (v === null ? '—' : numberIn(lang, v));
      const current = `${value(l.current)}${l.unitLabel ? ` ${l.unitLabel}` : ''}`;
      return t('{{kpi}} {{current}} (target {{target}})', {
        kpi: l.name,
        current,
        target: value(l.target),
      });
    });
  const then = (decision.evidence ?? []).filter((e) => e.status === 'on-track').length;
  const evidence = decision.evidence?.length
    ? t(' on the evidence then ({{then}} of {{count}} KPIs on track)', {
        then,
        count: decision.evidence.length,
      })
    : '';
  const since = scaledButWeak
    ? t('since then the latest measurements put it {{status}}', { status: t(KPI_STATUS_WORDS[status]) }) +
      (weak.length ? `: ${weak.join(', ')}` : '')
    : t('its KPIs are on track, so the reason lies elsewhere');
  return t('Decided “{{decision}}” on {{date}}{{evidence}}; {{since}}. Rationale: {{rationale}}', {
    decision: t(GATE_DECISION_LABELS[decision.decision]).toLowerCase(),
    date: dayIn(lang, decision.date),
    evidence,
    since,
    rationale: decision.rationale,
  });
}

function worstStatus(lines: KpiLine[]): KpiStatus {
  return lines.reduce<KpiStatus>(
    (worst, line) => (STATUS_RANK[line.status] > STATUS_RANK[worst] ? line.status : worst),
    'no-data',
  );
}

export function buildPortfolioSection(src: PortfolioSources): {
  portfolio: PortfolioSection;
  pilots: PilotSummary[];
  roadmap: RoadmapSection;
} {
  const words = src.words ?? ENGLISH;
  const { t } = words;
  const stage = (s: UseCase['stage']) => t(STAGE_LABELS[s]);
  const overview = portfolioOverview(
    src.useCases,
    src.kpis,
    src.measurements,
    src.gateDecisions,
    src.pilotLimit,
    src.asOf,
  );
  // The map numbers each use case by its place in the portfolio's priority ranking, in that order;
  // those it cannot place are named with their number, so no number is missing without a reason.
  const ranked = rankUseCases(src.useCases, src.kpis);
  const closed = (u: UseCase) => u.stage === 'retired' || u.stage === 'stopped';
  const placeable = (u: UseCase) => u.scores.impact !== null && u.scores.feasibility !== null && !closed(u);
  const map: MapPoint[] = ranked
    .filter(({ useCase: u }) => placeable(u))
    .map(({ useCase: u, rank }) => {
      const effort = effortFromFeasibility(u.scores.feasibility!);
      const quadrant = mapQuadrant(u.scores.impact!, effort);
      return {
        id: u.id,
        title: u.title,
        rank,
        impact: u.scores.impact!,
        effort,
        riskTier: u.riskTier,
        stage: u.stage,
        quadrant,
        placement: placementLabel(quadrant, u.riskTier),
      };
    });
  const notOnMap = ranked
    .filter(({ useCase: u }) => !placeable(u))
    .map(({ useCase: u, rank }) => ({
      rank,
      title: u.title,
      why: closed(u) ? stage(u.stage).toLowerCase() : t('not scored yet'),
    }));

  const decisionsInPeriod = src.gateDecisions.filter((d) => isInPeriod(d.date, src.period));
  const pilots: PilotSummary[] = src.useCases
    .filter((u) => isActivePilotStage(u.stage) || decisionsInPeriod.some((d) => d.useCaseId === u.id))
    .map((u) => {
      const lines = src.kpis
        .filter((k) => k.useCaseId === u.id)
        .map((k) => kpiLine(k, src.measurements, u, src.asOf));
      const decision = src.gateDecisions
        .filter((d) => d.useCaseId === u.id && d.date <= src.asOf)
        .sort((a, b) => b.date.localeCompare(a.date))[0];
      const status = worstStatus(lines);
      return {
        id: u.id,
        title: u.title,
        stage: u.stage,
        status,
        kpis: lines,
        gateDecision: decision
          ? {
              decision: decision.decision,
              date: decision.date,
              rationale: decision.rationale,
              decidedBy: decision.decidedBy,
            }
          : null,
        plannedEnd: u.charter.plannedEndDate,
        explanation: decision ? explainDisagreement(decision, status, lines, words) : null,
      };
    })
    // What the board must know first: off track, then at risk, then disagreements, then the rest.
    .sort(
      (a, b) =>
        STATUS_RANK[b.status] - STATUS_RANK[a.status] ||
        Number(Boolean(b.explanation)) - Number(Boolean(a.explanation)),
    );

  const upcoming = [
    ...overview.decisionsDue.map((d) => ({
      title: t('Gate decision: {{useCase}}', { useCase: d.title }),
      detail: t('{{stage}} ended {{count}} days ago without a decision', {
        stage: stage(d.stage),
        count: d.daysOverdue,
      }),
      due: d.plannedEndDate,
    })),
    ...src.useCases
      .filter(
        (u) =>
          isActivePilotStage(u.stage) && u.charter.plannedEndDate && u.charter.plannedEndDate >= src.asOf,
      )
      .map((u) => ({
        title: t('Gate review: {{useCase}}', { useCase: u.title }),
        detail: t('{{stage}} planned to end', { stage: stage(u.stage) }),
        due: u.charter.plannedEndDate,
      })),
    ...src.useCases
      .filter((u) => u.stage === 'assessment' && u.riskTier !== 'prohibited')
      .map((u) => ({
        title: t('Assess: {{useCase}}', { useCase: u.title }),
        detail: t('In assessment; candidate for the next pilot slot'),
        due: null,
      })),
  ].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  const stops = src.useCases
    .filter((u) => u.riskTier === 'prohibited' && u.stage !== 'stopped' && u.stage !== 'retired')
    .map((u) => ({
      title: t('Stop: {{useCase}}', { useCase: u.title }),
      detail: t('Classified as a prohibited practice (EU AI Act Art. 5); still in {{stage}}: stop it', {
        stage: stage(u.stage),
      }),
      due: null,
    }));
  const notNow = src.useCases
    .filter((u) => u.riskTier !== 'prohibited' || u.stage === 'stopped')
    .filter((u) => u.stage === 'parked' || u.stage === 'stopped' || u.stage === 'idea')
    .map((u) => ({
      title: u.title,
      detail:
        u.stage === 'idea'
          ? t('Idea, not yet assessed')
          : `${stage(u.stage)}${u.stageHistory.at(-1)?.note ? `: ${u.stageHistory.at(-1)!.note}` : ''}`,
      due: null,
    }));

  return {
    portfolio: {
      total: overview.totalUseCases,
      useCases: src.useCases.map((u) => ({ id: u.id, title: u.title, stage: u.stage, riskTier: u.riskTier })),
      stageCounts: overview.stageCounts,
      activePilots: overview.activePilots.count,
      pilotLimit: src.pilotLimit,
      overrides: overview.overrides.map((o) => ({ title: o.title, reason: o.reason })),
      unclassifiedPilots: src.useCases
        .filter((u) => isActivePilotStage(u.stage) && u.riskTier === 'unclassified')
        .map((u) => ({
          title: u.title,
          reason: u.unclassifiedPilotReason?.reason ?? t('No reason recorded'),
        })),
      map,
      notOnMap,
      valueRealisedHoursPerMonth: overview.valueRealised.hoursPerMonth || null,
      valueRealisedEurPerMonth: overview.valueRealised.eurPerMonth || null,
    },
    pilots,
    roadmap: { upcoming: [...stops, ...upcoming], notNow },
  };
}
