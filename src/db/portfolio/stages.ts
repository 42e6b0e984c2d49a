import {
  ACTIVE_PILOT_STAGES,
  buildGateDecision,
  checkStageMove,
  GATE_DECISION_LABELS,
  isActivePilotStage,
  moveStage,
  stageAfterGateDecision,
  stageMoveDateProblem,
  validateUseCase,
  type GateDecision,
  type GateDecisionKind,
  type Stage,
  type UseCase,
} from '../../domain/portfolio';
import { newId, nowIso } from '../core/ids';
import { FieldsInvalidError } from '../core/errors';
import { StageMoveRefusedError, valueOrThrow } from './errors';
import { RecordNotFoundError, recordEvent, updateRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { resolvedUseCase } from './useCaseSystems';
import { todayIso } from '../../domain/shared/dates';

/** Stage moves and gate decisions: checked against every portfolio rule, then saved in one transaction. */

export interface StageMoveRequest {
  target: Stage;
  /** Day of the move, `YYYY-MM-DD`. */
  date: string;
  note?: string;
  /** Reason for going over the pilot limit; only used when the limit is reached. */
  overrideReason?: string;
  /** Reason to start a pilot before the EU AI Act classification; needed while unclassified. */
  unclassifiedReason?: string;
}

export interface GateDecisionRequest {
  decision: GateDecisionKind;
  date: string;
  rationale: string;
  decidedBy: string;
  note?: string;
  overrideReason?: string;
  unclassifiedReason?: string;
}

export function gateDecisionsForClient(database: CaioDatabase, clientId: string): Promise<GateDecision[]> {
  return database.gateDecisions.where('clientId').equals(clientId).toArray();
}

export function gateDecisionsForUseCase(database: CaioDatabase, useCaseId: string): Promise<GateDecision[]> {
  return database.gateDecisions.where('useCaseId').equals(useCaseId).toArray();
}

const stageTables = (database: CaioDatabase) => [
  database.useCases,
  database.aiSystems,
  database.clients,
  database.kpis,
  database.kpiMeasurements,
  database.gateDecisions,
  database.changes,
];

async function loadMoveContext(database: CaioDatabase, useCaseId: string) {
  const useCase = await resolvedUseCase(database, useCaseId);
  if (!useCase) throw new RecordNotFoundError('use case');
  const client = await database.clients.get(useCase.clientId);
  if (!client) throw new RecordNotFoundError('client');
  const activePilotCount = await database.useCases
    .where('[clientId+stage]')
    .anyOf(ACTIVE_PILOT_STAGES.map((stage) => [useCase.clientId, stage]))
    .count();
  const kpis = await database.kpis.where('useCaseId').equals(useCaseId).toArray();
  const gateDecisions = await database.gateDecisions.where('useCaseId').equals(useCaseId).toArray();
  return { useCase, pilotLimit: client.pilotLimit, activePilotCount, kpis, gateDecisions };
}

/**
 * Checks the move with every rule (allowed move, prohibited, business owner, KPI, charter, pilot limit,
 * gate decision) and saves the new stage and history entry. A refused move throws StageMoveRefusedError.
 */
async function applyMove(
  database: CaioDatabase,
  context: Awaited<ReturnType<typeof loadMoveContext>>,
  request: StageMoveRequest,
  today: string,
  gateDecisions: readonly GateDecision[],
): Promise<UseCase> {
  const { useCase } = context;
  const dateProblem = stageMoveDateProblem(useCase, request.date, today);
  if (dateProblem) throw new FieldsInvalidError([{ field: 'date', message: dateProblem }]);
  const override = request.overrideReason?.trim() ? { reason: request.overrideReason } : undefined;
  const unclassifiedReason = request.unclassifiedReason?.trim() || undefined;
  const check = checkStageMove(useCase, request.target, {
    ...context,
    gateDecisions,
    override,
    unclassifiedReason,
  });
  if (!check.ok) throw new StageMoveRefusedError(check.blockers);
  const startsUnclassified =
    request.target === 'pilot' &&
    !isActivePilotStage(useCase.stage) &&
    useCase.riskTier === 'unclassified' &&
    unclassifiedReason;
  const moved = moveStage(
    useCase,
    request.target,
    request.date,
    request.note,
    check.overrideApplied && override ? { reason: override.reason, at: nowIso() } : undefined,
    startsUnclassified ? { reason: unclassifiedReason, at: nowIso() } : undefined,
  );
  // A new pilot run without an override clears an override left from an earlier run.
  const startsPilotRun = request.target === 'pilot' && !isActivePilotStage(useCase.stage);
  if (startsPilotRun && !check.overrideApplied) delete moved.pilotLimitOverride;
  if (startsPilotRun && !startsUnclassified) delete moved.unclassifiedPilotReason;
  const saved = valueOrThrow(validateUseCase(moved));
  await updateRecord<UseCase>(database, 'useCases', useCase.id, {
    stage: saved.stage,
    stageHistory: saved.stageHistory,
    pilotLimitOverride: saved.pilotLimitOverride,
    unclassifiedPilotReason: saved.unclassifiedPilotReason,
  });
  return saved;
}

/** Moves a use case to another stage. Leaving pilot or evaluation needs a gate decision: use `recordGateDecision`. */
export async function moveUseCaseStage(
  database: CaioDatabase,
  useCaseId: string,
  request: StageMoveRequest,
  today = todayIso(),
): Promise<UseCase> {
  return database.transaction('rw', stageTables(database), async () => {
    const context = await loadMoveContext(database, useCaseId);
    return applyMove(database, context, request, today, context.gateDecisions);
  });
}

/**
 * Records a gate decision (scale / iterate / stop / park) for a use case in pilot or evaluation, with the
 * KPI results of the decision date frozen as evidence, and moves the use case where the decision leads
 * (iterate in pilot stays in pilot). If the move is refused, nothing is stored.
 */
export async function recordGateDecision(
  database: CaioDatabase,
  useCaseId: string,
  request: GateDecisionRequest,
  today = todayIso(),
): Promise<{ decision: GateDecision; useCase: UseCase }> {
  return database.transaction('rw', stageTables(database), async () => {
    const context = await loadMoveContext(database, useCaseId);
    const { useCase } = context;
    const measurements = await database.kpiMeasurements.where('useCaseId').equals(useCaseId).toArray();
    const built = buildGateDecision(
      {
        id: newId(),
        now: nowIso(),
        useCase,
        date: request.date,
        decision: request.decision,
        rationale: request.rationale,
        decidedBy: request.decidedBy,
      },
      context.kpis,
      measurements,
      today,
    );
    const decision = valueOrThrow(built);
    const target = stageAfterGateDecision(decision.decision, decision.fromStage);
    let saved: UseCase = useCase;
    if (target !== useCase.stage) {
      saved = await applyMove(
        database,
        context,
        {
          target,
          date: decision.date,
          note: request.note?.trim() || `Gate decision: ${GATE_DECISION_LABELS[decision.decision]}`,
          overrideReason: request.overrideReason,
          unclassifiedReason: request.unclassifiedReason,
        },
        today,
        [...context.gateDecisions, decision],
      );
    }
    await database.gateDecisions.add(decision);
    await recordEvent(database, 'create', 'gateDecisions', decision, '*', null, decision, decision.rationale);
    return { decision, useCase: saved };
  });
}
