import {
  emptyCharter,
  freezeEvidence,
  newUseCase,
  type GateDecision,
  type GateDecisionKind,
  type GateStage,
  type Kpi,
  type Measurement,
  type MeasurementConfidence,
  type PilotCharter,
  type Stage,
  type UseCase,
} from '../domain/portfolio';
import { daysFrom, stampDaysAgo, type DemoContext } from './dates';

/** Small builders for the demo portfolio: records dated in days relative to the day the demo is loaded. */

export type StageStep = [stage: Stage, daysAgo: number, note?: string];

export function demoUseCase(
  ctx: DemoContext,
  clientId: string,
  id: string,
  title: string,
  steps: StageStep[],
  fields: Partial<Omit<UseCase, 'charter'>> & { charter?: Partial<PilotCharter> },
): UseCase {
  const [first] = steps;
  const base = newUseCase({
    id,
    clientId,
    title,
    now: stampDaysAgo(ctx, first[1]),
    date: daysFrom(ctx, -first[1]),
  });
  const stageHistory = steps.map(([stage, daysAgo, note]) => ({
    stage,
    date: daysFrom(ctx, -daysAgo),
    ...(note ? { note } : {}),
  }));
  const { charter, ...rest } = fields;
  return {
    ...base,
    ...rest,
    updatedAt: stampDaysAgo(ctx, Math.max(1, steps[steps.length - 1][1])),
    stage: steps[steps.length - 1][0],
    stageHistory,
    charter: { ...emptyCharter(), ...charter },
  };
}

export function demoKpi(
  ctx: DemoContext,
  useCase: UseCase,
  id: string,
  baselineDaysAgo: number,
  fields: Omit<Kpi, 'id' | 'clientId' | 'useCaseId' | 'createdAt' | 'updatedAt' | 'baselineDate'>,
): Kpi {
  const stamp = stampDaysAgo(ctx, baselineDaysAgo);
  return {
    id,
    clientId: useCase.clientId,
    useCaseId: useCase.id,
    createdAt: stamp,
    updatedAt: stamp,
    baselineDate: daysFrom(ctx, -baselineDaysAgo),
    ...fields,
  };
}

/** Measurements of a KPI: [daysAgo, value, note?, confidence?] each. */
export function demoMeasurements(
  ctx: DemoContext,
  kpi: Kpi,
  rows: [daysAgo: number, value: number, note?: string, confidence?: MeasurementConfidence][],
): Measurement[] {
  return rows.map(([daysAgo, value, note, confidence], i) => {
    const stamp = stampDaysAgo(ctx, daysAgo);
    return {
      id: `${kpi.id}-m${i + 1}`,
      clientId: kpi.clientId,
      useCaseId: kpi.useCaseId,
      kpiId: kpi.id,
      date: daysFrom(ctx, -daysAgo),
      value,
      note: note ?? '',
      confidence: confidence ?? 'high',
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
}

/** A gate decision with the KPI evidence frozen as it stood on the decision day. */
export function demoGateDecision(
  ctx: DemoContext,
  useCase: UseCase,
  id: string,
  daysAgo: number,
  fromStage: GateStage,
  decision: GateDecisionKind,
  rationale: string,
  decidedBy: string,
  kpis: Kpi[],
  measurements: Measurement[],
): GateDecision {
  const date = daysFrom(ctx, -daysAgo);
  const stamp = stampDaysAgo(ctx, daysAgo);
  const own = kpis.filter((k) => k.useCaseId === useCase.id);
  const period = { start: useCase.charter.startDate, end: useCase.charter.plannedEndDate };
  return {
    id,
    clientId: useCase.clientId,
    useCaseId: useCase.id,
    createdAt: stamp,
    updatedAt: stamp,
    date,
    decision,
    fromStage,
    rationale,
    decidedBy,
    evidence: freezeEvidence(own, measurements, date, period),
  };
}
