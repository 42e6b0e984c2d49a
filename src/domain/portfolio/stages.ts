/**
 * Stage moves of a use case: which moves exist, what blocks them, and applying a move.
 */
import { charterProblems } from './charter';
import { hasText } from './common';
import { ACTIVE_PILOT_STAGES, GATE_DECISION_LABELS, STAGE_LABELS, STAGES, type Stage } from './constants';
import { decisionKindForMove, gateDecisionForMove, type GateDecision } from './gateDecisions';
import { isMeasurableKpi, type Kpi } from './kpiRecords';
import type { StageHistoryEntry, UseCase } from './useCase';
import { tell } from '../shared/language';

export { STAGES, STAGE_LABELS, ACTIVE_PILOT_STAGES };
export type { Stage };

/**
 * Allowed moves. The main flow goes idea -> assessment -> pilot -> evaluation -> structural -> retired;
 * assessment may go back to idea, evaluation back to pilot (iterate). Any open stage may exit to
 * stopped or parked; a parked use case comes back as idea or assessment, a stopped one as idea.
 * Retired is final.
 */
export const STAGE_TRANSITIONS: Record<Stage, readonly Stage[]> = {
  idea: ['assessment', 'parked', 'stopped'],
  assessment: ['pilot', 'idea', 'parked', 'stopped'],
  pilot: ['evaluation', 'parked', 'stopped'],
  evaluation: ['structural', 'pilot', 'parked', 'stopped'],
  structural: ['retired', 'stopped'],
  retired: [],
  stopped: ['idea'],
  parked: ['idea', 'assessment', 'stopped'],
};

/** Stages that a use case without business owner may not enter ("past assessment"). */
export const STAGES_NEEDING_BUSINESS_OWNER: readonly Stage[] = ['pilot', 'evaluation', 'structural'];

export function canTransition(from: Stage, to: Stage): boolean {
  return STAGE_TRANSITIONS[from].includes(to);
}

export function isActivePilotStage(stage: Stage): boolean {
  return ACTIVE_PILOT_STAGES.includes(stage);
}

/** Number of use cases in pilot or evaluation (pass one client's use cases). */
export function countActivePilots(useCases: readonly Pick<UseCase, 'stage'>[]): number {
  return useCases.filter((u) => isActivePilotStage(u.stage)).length;
}

export interface StageMoveContext {
  /** KPIs (of this use case; others are ignored). */
  kpis: readonly Kpi[];
  /** Use cases of the client currently in pilot or evaluation, this one included if it is in one. */
  activePilotCount: number;
  /** Maximum number of use cases in pilot + evaluation for the client. */
  pilotLimit: number;
  /** Explicit override of the pilot limit; needs a non-empty reason. */
  override?: { reason: string };
  /** Why a use case not yet classified under the EU AI Act may enter pilot anyway (needed then). */
  unclassifiedReason?: string;
  /**
   * Gate decisions of the use case. When given, leaving pilot or evaluation needs a recorded decision
   * that leads to the target (e.g. "scale" for evaluation -> structural). When omitted, not checked.
   */
  gateDecisions?: readonly GateDecision[];
}

export const STAGE_MOVE_CODES = [
  'same-stage',
  'transition-not-allowed',
  'prohibited',
  'no-business-owner',
  'no-measurable-kpi',
  'charter-incomplete',
  'pilot-limit',
  'override-reason-required',
  'unclassified-reason-required',
  'gate-decision-required',
] as const;
export type StageMoveCode = (typeof STAGE_MOVE_CODES)[number];

export interface StageMoveBlocker {
  code: StageMoveCode;
  message: string;
  /** For `charter-incomplete`: the charter items still missing. */
  missing?: string[];
}

export type StageMoveCheck =
  | {
      ok: true;
      /** True when the move only passes thanks to the pilot-limit override. */ overrideApplied: boolean;
    }
  | {
      ok: false;
      code: StageMoveCode;
      message: string;
      missing?: string[];
      /** Every blocker, the first one being `code`. */ blockers: StageMoveBlocker[];
    };

function refuse(blockers: StageMoveBlocker[]): StageMoveCheck {
  const [first] = blockers;
  return {
    ok: false,
    code: first.code,
    message: first.message,
    ...(first.missing ? { missing: first.missing } : {}),
    blockers,
  };
}

/** A stage's name in the interface's language. */
const stage = (s: Stage) => tell(STAGE_LABELS[s]);

/**
 * Checks whether `useCase` may move to `target`. Returns every blocker, most fundamental first:
 * allowed move, prohibited (only "stopped" is possible), business owner (needed for pilot, evaluation,
 * structural), measurable KPI and complete charter (needed for pilot), the pilot limit, then (when
 * `context.gateDecisions` is given) the gate decision needed to leave pilot or evaluation.
 */
export function checkStageMove(useCase: UseCase, target: Stage, context: StageMoveContext): StageMoveCheck {
  const from = useCase.stage;
  if (from === target) {
    return refuse([
      {
        code: 'same-stage',
        message: tell('"{{title}}" is already in {{stage}}.', { title: useCase.title, stage: stage(target) }),
      },
    ]);
  }
  if (!canTransition(from, target)) {
    const allowed = STAGE_TRANSITIONS[from].map(stage).join(', ');
    return refuse([
      {
        code: 'transition-not-allowed',
        message: tell(
          allowed
            ? 'A use case cannot move from {{from}} to {{to}}. From {{from}} it can move to: {{allowed}}.'
            : 'A use case cannot move from {{from}} to {{to}}. {{from}} is final.',
          { from: stage(from), to: stage(target), allowed },
        ),
      },
    ]);
  }
  if (useCase.riskTier === 'prohibited' && target !== 'stopped') {
    return refuse([
      {
        code: 'prohibited',
        message: tell(
          '"{{title}}" is classified as a prohibited practice (EU AI Act Art. 5): it can only be stopped.',
          { title: useCase.title },
        ),
      },
    ]);
  }

  const blockers: StageMoveBlocker[] = [];
  if (STAGES_NEEDING_BUSINESS_OWNER.includes(target) && !hasText(useCase.businessOwner)) {
    blockers.push({
      code: 'no-business-owner',
      message: tell(
        '"{{title}}" has no business owner: name the accountable person on the client side before it can move to {{stage}}.',
        { title: useCase.title, stage: stage(target) },
      ),
    });
  }
  let overrideApplied = false;
  if (target === 'pilot') {
    const ownKpis = context.kpis.filter((k) => k.useCaseId === useCase.id);
    if (!ownKpis.some(isMeasurableKpi)) {
      blockers.push({
        code: 'no-measurable-kpi',
        message: tell(
          'No measurable KPI: give at least one KPI a baseline (value and date) and a target before the pilot starts.',
        ),
      });
    }
    const missing = charterProblems(useCase.charter, useCase.aiSystemIds.length);
    if (missing.length) {
      blockers.push({
        code: 'charter-incomplete',
        message: tell('The pilot charter is incomplete. Still missing: {{missing}}.', {
          missing: missing.join(', '),
        }),
        missing,
      });
    }
    if (
      useCase.riskTier === 'unclassified' &&
      !isActivePilotStage(from) &&
      !hasText(context.unclassifiedReason)
    ) {
      blockers.push({
        code: 'unclassified-reason-required',
        message: tell(
          '"{{title}}" is not yet classified under the EU AI Act: classify its AI system first, or record why the pilot may start before (shown on the board report).',
          { title: useCase.title },
        ),
      });
    }
    const addsPilot = !isActivePilotStage(from);
    if (addsPilot && context.activePilotCount >= context.pilotLimit) {
      const running = { count: context.activePilotCount, limit: context.pilotLimit };
      if (!context.override) {
        blockers.push({
          code: 'pilot-limit',
          message: tell(
            'Pilot limit reached: {{count}} use cases are already in pilot or evaluation and the limit for this client is {{limit}}. Finish, stop or park one first, or record an override with a reason.',
            running,
          ),
        });
      } else if (!hasText(context.override.reason)) {
        blockers.push({
          code: 'override-reason-required',
          message: tell(
            'Pilot limit reached: {{count}} use cases are already in pilot or evaluation and the limit for this client is {{limit}}. An override needs a written reason.',
            running,
          ),
        });
      } else {
        overrideApplied = true;
      }
    }
  }
  const neededDecision = decisionKindForMove(from, target);
  if (
    context.gateDecisions &&
    neededDecision &&
    !gateDecisionForMove(useCase, target, context.gateDecisions)
  ) {
    blockers.push({
      code: 'gate-decision-required',
      message: tell(
        'Leaving {{from}} for {{to}} needs a gate decision: record a "{{decision}}" decision first, with its rationale and who decided.',
        { from: stage(from), to: stage(target), decision: tell(GATE_DECISION_LABELS[neededDecision]) },
      ),
    });
  }
  return blockers.length ? refuse(blockers) : { ok: true, overrideApplied };
}

/**
 * Applies a move: sets the stage and appends `{ stage, date, note }` to the history.
 * Does not check anything (call `checkStageMove` first) and leaves `updatedAt` to the caller that saves.
 * Pass `override` when `checkStageMove` reported `overrideApplied`: it is kept on the use case
 * (`pilotLimitOverride`) and in the history entry, so it stays visible.
 */
export function moveStage(
  useCase: UseCase,
  target: Stage,
  date: string,
  note?: string,
  override?: { reason: string; at: string },
  unclassified?: { reason: string; at: string },
): UseCase {
  const entry: StageHistoryEntry = { stage: target, date };
  if (hasText(note)) entry.note = note.trim();
  const updated: UseCase = { ...useCase, stage: target, stageHistory: [...useCase.stageHistory, entry] };
  if (unclassified && hasText(unclassified.reason)) {
    entry.unclassifiedReason = unclassified.reason.trim();
    updated.unclassifiedPilotReason = { reason: unclassified.reason.trim(), at: unclassified.at };
  }
  if (override && hasText(override.reason)) {
    entry.pilotLimitOverrideReason = override.reason.trim();
    updated.pilotLimitOverride = { reason: override.reason.trim(), at: override.at };
  }
  return updated;
}
