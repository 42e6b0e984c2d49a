import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { governanceReportFromData } from '../../../../src/db/reports/governance';
import { collectUseCaseFacts } from '../../../../src/db/portfolio/useCaseFacts';
import { newClient } from '../../../../src/domain/clients/client';
import {
  AI_ACT_TIER_SEVERITY,
  AI_SYSTEM_STATUSES,
  INCIDENT_STATUSES,
  REGISTERS,
  RISK_STATUSES,
  createStoredClassification,
  emptyGovernanceData,
  governanceGaps,
  governanceOverview,
  riskLevel,
  type AiActAnswers,
  type AiSystem,
  type GovernanceData,
  type Incident,
  type Risk,
} from '../../../../src/domain/governance';
import {
  RISK_TIERS,
  STAGES,
  kpiSchema,
  kpiStatus,
  newUseCase,
  portfolioOverview,
  rankUseCases,
  resolveUseCases,
  type Kpi,
  type Measurement,
  type RiskTier,
  type Stage,
  type UseCase,
} from '../../../../src/domain/portfolio';
import {
  buildReportModel,
  compareReports,
  complianceFigures,
  EMPTY_VENDORS,
  keyFigures,
  notOnMapText,
  periodFromKey,
  suggestTexts,
} from '../../../../src/domain/reports';
import { CLIENT_EMAILS, CV_SUMMARIES, answersWith } from '../governance/aiActFixtures';

/**
 * Every figure of the report model and of the overview cards equals the same figure counted directly
 * from the records, for random workspaces built with the domain constructors.
 */

const NOW = '2026-03-20T10:00:00.000Z';
const TODAY = '2026-03-20';
const PERIOD = periodFromKey('2026-Q1')!;
const ANSWERS: Record<Exclude<RiskTier, 'unclassified'>, AiActAnswers> = {
  prohibited: answersWith({ 'art5.a': true }),
  high: CV_SUMMARIES,
  limited: CLIENT_EMAILS,
  minimal: answersWith(),
};

const useCaseArb = fc.record({
  stage: fc.constantFrom(...STAGES),
  ownTier: fc.constantFrom(...RISK_TIERS),
  owner: fc.constantFrom('', 'Tom Jansen (Head of Recruitment)', 'Eva de Boer'),
  impact: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  feasibility: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  /** One KPI (baseline 10, target 30, higher is better) with its latest measurement, if any. */
  kpi: fc.option(fc.record({ measured: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }) }), {
    nil: null,
  }),
});
const systemArb = fc.record({
  links: fc.array(fc.nat(9), { maxLength: 3 }),
  tier: fc.option(
    fc.constantFrom('prohibited', 'high', 'limited', 'minimal') as fc.Arbitrary<
      Exclude<RiskTier, 'unclassified'>
    >,
    { nil: null },
  ),
  status: fc.constantFrom(...AI_SYSTEM_STATUSES),
  owner: fc.constantFrom('', 'Pieter Visser (IT lead)'),
});
const score = fc.integer({ min: 1, max: 5 });
const riskArb = fc.record({
  lb: score,
  sb: score,
  after: fc.option(fc.tuple(score, score), { nil: null }),
  inPlace: fc.boolean(),
  status: fc.constantFrom(...RISK_STATUSES),
});
const incidentArb = fc.record({
  status: fc.constantFrom(...INCIDENT_STATUSES),
  hoursAgo: fc.integer({ min: 1, max: 400 }),
});
const workspaceArb = fc.record({
  useCases: fc.array(useCaseArb, { maxLength: 10 }),
  systems: fc.array(systemArb, { maxLength: 6 }),
  risks: fc.array(riskArb, { maxLength: 8 }),
  incidents: fc.array(incidentArb, { maxLength: 4 }),
  pilotLimit: fc.integer({ min: 1, max: 5 }),
});

type Workspace = typeof workspaceArb extends fc.Arbitrary<infer T> ? T : never;

function build(w: Workspace) {
  const client = { ...newClient({ id: 'c1', name: 'Brightside', now: NOW }), pilotLimit: w.pilotLimit };
  const useCases: UseCase[] = w.useCases.map((u, i) => {
    const base = newUseCase({
      id: `uc-${i}`,
      clientId: client.id,
      title: `Use case ${i}`,
      now: NOW,
      date: '2026-01-05',
    });
    return {
      ...base,
      stage: u.stage as Stage,
      stageHistory: [{ stage: u.stage as Stage, date: '2026-01-05' }],
      riskTier: u.ownTier,
      businessOwner: u.owner,
      scores: { ...base.scores, impact: u.impact, feasibility: u.feasibility },
    };
  });
  const kpis: Kpi[] = w.useCases.flatMap((u, i) =>
    u.kpi
      ? [
          kpiSchema.parse({
            id: `kpi-${i}`,
            clientId: client.id,
            useCaseId: `uc-${i}`,
            name: `KPI ${i}`,
            unit: 'percent',
            direction: 'higher-is-better',
            baselineValue: 10,
            baselineDate: '2026-01-05',
            targetValue: 30,
            scaleUpThreshold: null,
            createdAt: NOW,
            updatedAt: NOW,
          }),
        ]
      : [],
  );
  const measurements: Measurement[] = w.useCases.flatMap((u, i) =>
    u.kpi?.measured != null
      ? [
          {
            id: `m-${i}`,
            clientId: client.id,
            kpiId: `kpi-${i}`,
            useCaseId: `uc-${i}`,
            date: '2026-03-10',
            value: u.kpi.measured,
            note: '',
            confidence: 'high' as const,
            createdAt: NOW,
            updatedAt: NOW,
          },
        ]
      : [],
  );
  const record = <T>(registerId: keyof typeof REGISTERS, id: string, fields: Record<string, unknown>) =>
    ({
      ...REGISTERS[registerId].defaults(TODAY),
      id,
      clientId: client.id,
      createdAt: NOW,
      updatedAt: NOW,
      ...fields,
    }) as T;
  const aiSystems = w.systems.map((s, i) => {
    const classification = s.tier ? createStoredClassification(ANSWERS[s.tier], TODAY) : null;
    if (classification && !classification.ok) throw new Error(classification.reasons.join(', '));
    return record<AiSystem>('aiSystems', `ais-${i}`, {
      name: `System ${i}`,
      status: s.status,
      businessOwner: s.owner,
      useCaseIds: [...new Set(s.links.filter((l) => l < useCases.length).map((l) => `uc-${l}`))],
      classification: classification?.ok ? classification.value : null,
    });
  });
  const risks = w.risks.map((r, i) =>
    record<Risk>('risks', `risk-${i}`, {
      title: `Risk ${i}`,
      likelihoodBefore: r.lb,
      severityBefore: r.sb,
      likelihoodAfter: r.after?.[0] ?? null,
      severityAfter: r.after?.[1] ?? null,
      controlsInPlace: r.inPlace,
      status: r.status,
    }),
  );
  const incidents = w.incidents.map((x, i) =>
    record<Incident>('incidents', `inc-${i}`, {
      title: `Incident ${i}`,
      detectedAt: new Date(Date.parse(NOW) - x.hoursAgo * 3_600_000).toISOString(),
      personalDataBreach: 'yes',
      status: x.status,
    }),
  );
  const data: GovernanceData = {
    ...emptyGovernanceData(),
    aiSystems,
    risks,
    incidents,
    useCaseFacts: collectUseCaseFacts(useCases, [], []),
  };
  return { client, useCases, data, kpis, measurements };
}

/** The tier straight from the records: the most severe classified linked system, else the use case's own. */
function directTier(useCase: UseCase, systems: readonly AiSystem[]): RiskTier {
  const tiers = systems
    .filter((s) => s.useCaseIds.includes(useCase.id) && s.classification)
    .map((s) => s.classification!.override?.tier ?? s.classification!.tier);
  if (tiers.length === 0) return useCase.riskTier;
  return tiers.reduce((a, b) => (AI_ACT_TIER_SEVERITY[b] > AI_ACT_TIER_SEVERITY[a] ? b : a));
}

/** Whether a system counts on the compliance slide, straight from its status and its use cases' stages. */
function directlyListed(system: AiSystem, useCases: readonly UseCase[]): boolean {
  if (system.status === 'retired') return false;
  if (system.status !== 'fromUseCases') return true;
  const stages = useCases.filter((u) => system.useCaseIds.includes(u.id)).map((u) => u.stage);
  return stages.length === 0 || stages.some((s) => !['stopped', 'parked', 'retired'].includes(s));
}

describe('report and overview figures equal the records (property)', () => {
  it('holds for random workspaces', () => {
    fc.assert(
      fc.property(workspaceArb, (w) => {
        const { client, useCases, data, kpis, measurements } = build(w);
        const resolved = resolveUseCases(useCases, data.aiSystems);
        const governance = governanceReportFromData(data, PERIOD, new Date(NOW));
        const model = buildReportModel({
          client,
          period: PERIOD,
          today: TODAY,
          preparedBy: 'CAIO',
          useCases: resolved,
          kpis,
          measurements,
          gateDecisions: [],
          engagement: [],
          governance,
          vendors: EMPTY_VENDORS,
        });
        const portfolio = portfolioOverview(resolved, kpis, measurements, [], client.pilotLimit, TODAY);
        const gov = governanceOverview(data, new Date(NOW));
        const count = <T>(list: readonly T[], test: (x: T) => boolean) => list.filter(test).length;

        // Counts by stage and tier, unclassified, pilots against the limit.
        expect(model.portfolio.total).toBe(useCases.length);
        for (const stage of STAGES) {
          expect(model.portfolio.stageCounts[stage]).toBe(count(useCases, (u) => u.stage === stage));
          expect(portfolio.stageCounts[stage]).toBe(count(useCases, (u) => u.stage === stage));
        }
        useCases.forEach((u, i) =>
          expect(model.portfolio.useCases[i].riskTier).toBe(directTier(u, data.aiSystems)),
        );
        const figures = complianceFigures(model);
        const open = useCases.filter((u) => u.stage !== 'stopped' && u.stage !== 'retired');
        expect(figures.useCasesCounted).toBe(open.length);
        expect(figures.useCasesUnclassified).toBe(
          count(open, (u) => directTier(u, data.aiSystems) === 'unclassified'),
        );
        for (const tier of RISK_TIERS) {
          const direct = count(
            data.aiSystems,
            (s) =>
              directlyListed(s, useCases) &&
              (s.classification
                ? (s.classification.override?.tier ?? s.classification.tier)
                : 'unclassified') === tier,
          );
          expect(figures.systemsByTier[tier]).toBe(direct);
        }
        const pilots = count(useCases, (u) => u.stage === 'pilot' || u.stage === 'evaluation');
        expect(model.portfolio.activePilots).toBe(pilots);
        expect(portfolio.activePilots.count).toBe(pilots);
        expect(model.portfolio.pilotLimit).toBe(w.pilotLimit);
        expect(portfolio.activePilots.overLimit).toBe(pilots > w.pilotLimit);

        // Prohibited = stop: never among the next steps to assess, always called out.
        for (const u of resolved.filter(
          (x) => x.riskTier === 'prohibited' && x.stage !== 'stopped' && x.stage !== 'retired',
        )) {
          expect(model.roadmap.upcoming.some((r) => r.title === `Stop: ${u.title}`)).toBe(true);
          expect(model.roadmap.notNow.some((r) => r.title === u.title)).toBe(false);
        }
        for (const point of model.portfolio.map)
          expect(point.placement === 'Stop (prohibited practice)').toBe(point.riskTier === 'prohibited');

        // Gaps: every use case in pilot or later without a system entry.
        const withoutEntry = useCases
          .filter(
            (u) =>
              ['pilot', 'evaluation', 'structural'].includes(u.stage) &&
              !data.aiSystems.some((s) => s.useCaseIds.includes(u.id)),
          )
          .map((u) => u.title);
        expect(
          governanceGaps(data, TODAY)
            .filter((g) => g.kind === 'noSystemEntry')
            .map((g) => g.subject),
        ).toEqual(withoutEntry);

        // Open incidents and their clocks; risks by current level.
        expect(gov.openIncidents).toBe(count(data.incidents, (i) => i.status !== 'closed'));
        const currentLevel = (r: Risk) =>
          r.controlsInPlace && r.likelihoodAfter !== null && r.severityAfter !== null
            ? riskLevel(r.likelihoodAfter, r.severityAfter)
            : riskLevel(r.likelihoodBefore!, r.severityBefore!);
        const openRisks = data.risks.filter((r) => r.status !== 'closed');
        expect(gov.openRisks).toBe(openRisks.length);
        expect(gov.highRisks).toBe(count(openRisks, (r) => ['high', 'critical'].includes(currentLevel(r))));
        expect(model.governance.risks).toHaveLength(openRisks.length);
        for (const r of model.governance.risks) {
          const source = data.risks.find((x) => x.id === r.id)!;
          expect(riskLevel(r.residualLikelihood, r.residualSeverity)).toBe(currentLevel(source));
        }

        // Open incidents' legal clocks: each open personal-data breach not yet notified runs the 72-hour GDPR clock.
        const breaches = w.incidents.filter((x) => x.status !== 'closed');
        expect(gov.runningClocks).toBe(breaches.length);
        expect(gov.overdueClocks).toBe(count(breaches, (x) => x.hoursAgo > 72));
        expect(model.governance.openDeadlines.filter((d) => d.overdue)).toHaveLength(
          count(breaches, (x) => x.hoursAgo > 72),
        );

        // KPIs on track: a pilot is on track when every KPI of it is, by the KPI rule, from its records.
        const pilotCases = useCases.filter((u) => u.stage === 'pilot' || u.stage === 'evaluation');
        const kpiOnTrack = (u: UseCase) => {
          const own = kpis.filter((k) => k.useCaseId === u.id);
          return (
            own.length > 0 &&
            own.every(
              (k) =>
                kpiStatus(
                  k,
                  measurements.filter((m) => m.kpiId === k.id),
                  TODAY,
                  { start: u.charter.startDate, end: u.charter.plannedEndDate },
                ).status === 'on-track',
            )
          );
        };
        expect(model.pilots.map((p) => p.title).sort()).toEqual(pilotCases.map((u) => u.title).sort());
        expect(count(model.pilots, (p) => p.status === 'on-track')).toBe(count(pilotCases, kpiOnTrack));
        if (pilotCases.length)
          expect(suggestTexts(model, compareReports(null, model)).headlines.join(' ')).toContain(
            `reviewed this period: ${count(pilotCases, kpiOnTrack)} on track`,
          );

        // The key figures of the executive summary (PDF and PPTX alike).
        const currentScore = (r: Risk) =>
          r.controlsInPlace && r.likelihoodAfter !== null && r.severityAfter !== null
            ? r.likelihoodAfter * r.severityAfter
            : r.likelihoodBefore! * r.severityBefore!;
        expect(keyFigures(model).map((f) => f.value)).toEqual([
          String(useCases.length),
          `${pilots} / ${w.pilotLimit}`,
          '—',
          String(count(data.incidents, (i) => i.status !== 'closed')),
          String(count(openRisks, (r) => currentScore(r) >= 15)),
        ]);

        // The map: every ranked use case has its ranking number, on the map or named beside it.
        const ranks = new Map(rankUseCases(resolved, kpis).map((r) => [r.useCase.id, r.rank]));
        for (const point of model.portfolio.map) expect(point.rank).toBe(ranks.get(point.id));
        expect(
          [
            ...model.portfolio.map.map((p) => p.rank!),
            ...(model.portfolio.notOnMap ?? []).map((r) => r.rank),
          ].sort((a, b) => a - b),
        ).toEqual(useCases.map((_, i) => i + 1));
        if (model.portfolio.notOnMap?.length)
          expect(notOnMapText(model.portfolio)).toContain(
            `${model.portfolio.notOnMap[0].rank} ${model.portfolio.notOnMap[0].title}`,
          );
      }),
      { numRuns: 150 },
    );
  }, 60_000); // 150 workspaces; generous for a busy machine
});
