/**
 * Gate decisions: taken when a use case leaves pilot or evaluation (scale / iterate / stop / park),
 * with the KPI results of that moment frozen as evidence.
 */
import { z } from 'zod';
import {
  daysBetween,
  hasText,
  idSchema,
  isoDateSchema,
  recordBaseShape,
  validateWith,
  type FieldError,
  type ValidationResult,
} from './common';
import {
  GATE_DECISIONS,
  GATE_STAGES,
  STAGE_LABELS,
  type GateDecisionKind,
  type GateStage,
  type Stage,
} from './constants';
import type { Kpi, Measurement } from './kpiRecords';
import { freezeEvidence, kpiEvidenceSchema } from './kpis';
import { lastEntryInto } from './stageHistory';
import type { UseCase } from './useCase';
import { formatDay } from '../shared/dates';
import { tell } from '../shared/language';

export const gateDecisionSchema = z.object({
  ...recordBaseShape,
  useCaseId: idSchema('Use case'),
  date: isoDateSchema('Decision date'),
  decision: z.enum(GATE_DECISIONS, { error: () => tell('Decision must be scale, iterate, stop or park') }),
  /** The stage the use case was in when the decision was taken. */
  fromStage: z.enum(GATE_STAGES, { error: () => tell('Gate decisions are taken in pilot or evaluation') }),
  rationale: z
    .string({ error: () => tell('Write down the rationale') })
    .trim()
    .min(1, { error: () => tell('Write down the rationale') }),
  decidedBy: z
    .string({ error: () => tell('Say who decided') })
    .trim()
    .min(1, { error: () => tell('Say who decided') }),
  /** KPI results on the decision date, frozen. */
  evidence: z.array(kpiEvidenceSchema),
});
export type GateDecision = z.infer<typeof gateDecisionSchema>;

/**
 * Where each decision takes the use case.
 * From pilot, "scale" moves on to evaluation (confirm the results and prepare the roll-out);
 * from evaluation, "scale" moves to structural use. "Iterate" means (another) pilot round.
 */
export const GATE_DECISION_TARGETS: Record<GateStage, Record<GateDecisionKind, Stage>> = {
  pilot: { scale: 'evaluation', iterate: 'pilot', stop: 'stopped', park: 'parked' },
  evaluation: { scale: 'structural', iterate: 'pilot', stop: 'stopped', park: 'parked' },
};

/** The stage a decision leads to; equal to `fromStage` when the use case stays where it is. */
export function stageAfterGateDecision(decision: GateDecisionKind, fromStage: GateStage): Stage {
  return GATE_DECISION_TARGETS[fromStage][decision];
}

export function isGateStage(stage: Stage): stage is GateStage {
  return (GATE_STAGES as readonly Stage[]).includes(stage);
}

export interface GateDecisionInput {
  id: string;
  /** ISO timestamp for createdAt/updatedAt. */
  now: string;
  useCase: UseCase;
  date: string;
  decision: GateDecisionKind;
  rationale: string;
  decidedBy: string;
}

/**
 * Builds a gate decision for a use case in pilot or evaluation, freezing the evidence of its KPIs
 * as they stand on the decision date. Refuses a decision dated in the future or before the use case
 * entered its current stage, and a use case outside pilot/evaluation.
 */
export function buildGateDecision(
  input: GateDecisionInput,
  kpis: readonly Kpi[],
  measurements: readonly Measurement[],
  today: string,
): ValidationResult<GateDecision> {
  const { useCase } = input;
  const errors: FieldError[] = [];
  if (!isGateStage(useCase.stage)) {
    errors.push({
      field: 'fromStage',
      message: tell('Gate decisions are taken in pilot or evaluation; "{{title}}" is in {{stage}}', {
        title: useCase.title,
        stage: tell(STAGE_LABELS[useCase.stage]),
      }),
    });
  }
  if (!hasText(input.rationale))
    errors.push({ field: 'rationale', message: tell('Write down the rationale') });
  if (!hasText(input.decidedBy)) errors.push({ field: 'decidedBy', message: tell('Say who decided') });
  const dateCheck = isoDateSchema('Decision date').safeParse(input.date);
  if (!dateCheck.success) {
    errors.push({ field: 'date', message: tell('Decision date must be a valid date (YYYY-MM-DD)') });
  } else {
    if (daysBetween(today, input.date) > 0) {
      errors.push({
        field: 'date',
        message: tell('The decision date ({{date}}) is in the future (today is {{today}})', {
          date: formatDay(input.date),
          today: formatDay(today),
        }),
      });
    }
    const entered = lastEntryInto(useCase, useCase.stage);
    if (entered && daysBetween(entered.date, input.date) < 0) {
      errors.push({
        field: 'date',
        message: tell('The decision date ({{date}}) is before the use case entered {{stage}} ({{entered}})', {
          date: formatDay(input.date),
          stage: tell(STAGE_LABELS[useCase.stage]),
          entered: formatDay(entered.date),
        }),
      });
    }
  }
  if (errors.length || !isGateStage(useCase.stage)) return { ok: false, errors };

  const ownKpis = kpis.filter((k) => k.useCaseId === useCase.id);
  const period = { start: useCase.charter.startDate, end: useCase.charter.plannedEndDate };
  return validateWith(gateDecisionSchema, {
    id: input.id,
    clientId: useCase.clientId,
    createdAt: input.now,
    updatedAt: input.now,
    useCaseId: useCase.id,
    date: input.date,
    decision: input.decision,
    fromStage: useCase.stage,
    rationale: input.rationale.trim(),
    decidedBy: input.decidedBy.trim(),
    evidence: freezeEvidence(ownKpis, measurements, input.date, period),
  });
}

/** The gate decision that leads from `from` to `to`, or null when the move is not a gate move. */
export function decisionKindForMove(from: Stage, to: Stage): GateDecisionKind | null {
  if (!isGateStage(from)) return null;
  return GATE_DECISIONS.find((kind) => GATE_DECISION_TARGETS[from][kind] === to && to !== from) ?? null;
}

/**
 * The recorded decision that allows this use case to leave its current stage for `target`:
 * taken in the current stage, on or after the day it entered that stage, and leading to `target`.
 */
export function gateDecisionForMove(
  useCase: UseCase,
  target: Stage,
  decisions: readonly GateDecision[],
): GateDecision | null {
  const kind = decisionKindForMove(useCase.stage, target);
  if (!kind) return null;
  const since = lastEntryInto(useCase, useCase.stage)?.date;
  return (
    decisionsFor(useCase.id, decisions).find(
      (d) =>
        d.fromStage === useCase.stage && d.decision === kind && (!since || daysBetween(since, d.date) >= 0),
    ) ?? null
  );
}

/** Decisions for one use case, most recent first. */
export function decisionsFor(useCaseId: string, decisions: readonly GateDecision[]): GateDecision[] {
  return decisions
    .filter((d) => d.useCaseId === useCaseId)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}
