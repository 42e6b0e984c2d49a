import { tell } from '../shared/language';
import type { EvaluationStatus, VendorDecisionValue } from './constants';
import { compareVendors, UNKNOWN_VENDOR_NAME, vendorName } from './comparison';
import {
  VendorDecisionSchema,
  zodMessages,
  type Evaluation,
  type EvaluationChange,
  type HistoryEntry,
} from './evaluation';
import {
  CONFIRM_GAPS_MESSAGE,
  evaluationGaps,
  gapLines,
  gapSummary,
  hasGaps,
  vendorGaps,
} from './decisionGaps';
import { describeKnockOut } from './gates';
import type { VendorRef } from './profile';
import { checkWeights } from './weights';

/**
 * Status flow and decisions: draft <-> in review -> decided. A decided evaluation is read-only until it
 * is reopened with a reason; reopening is recorded in the history and goes back to "in review".
 */

export const READ_ONLY_MESSAGE =
  'This evaluation is decided and read-only. Reopen it (with a reason) to make changes.';
export const REOPEN_REASON_MESSAGE =
  'Give a reason for reopening this evaluation; it is kept in the history.';

export function isReadOnly(evaluation: Pick<Evaluation, 'status'>): boolean {
  return evaluation.status === 'decided';
}

export function checkEditable(
  evaluation: Pick<Evaluation, 'status'>,
): { ok: true } | { ok: false; reasons: string[] } {
  return isReadOnly(evaluation) ? { ok: false, reasons: [tell(READ_ONLY_MESSAGE)] } : { ok: true };
}

/** Returns a copy with the changes applied, a new updatedAt and, optionally, a history entry. */
export function withChanges(
  evaluation: Evaluation,
  now: string,
  changes: Partial<Evaluation>,
  entry?: HistoryEntry,
): Evaluation {
  return {
    ...evaluation,
    ...changes,
    history: entry ? [...evaluation.history, entry] : evaluation.history,
    updatedAt: now,
  };
}

/** An accepted change: the evaluation with `changes` applied (and `entry` in its history), and what to warn about. */
export function accepted(
  evaluation: Evaluation,
  now: string,
  changes: Partial<Evaluation>,
  options: { entry?: HistoryEntry; warnings?: string[] } = {},
): EvaluationChange {
  return {
    ok: true,
    warnings: options.warnings ?? [],
    evaluation: withChanges(evaluation, now, changes, options.entry),
  };
}

export type DecisionInput = {
  vendorId: string;
  outcome: VendorDecisionValue;
  rationale: string;
  /** Date of the decision, YYYY-MM-DD. */
  date: string;
  /** The user saw the open points (unknown gates, open or unsatisfactory answers) and decides anyway. */
  confirmGaps?: boolean;
};

/**
 * Records the decision on one vendor. Refused when the evaluation is read-only, the rationale is
 * missing, the weights do not total 100, or a knocked-out vendor would be selected or shortlisted.
 * Warnings (not refusals) flag what is still open when a vendor is selected or shortlisted.
 */
export function decideVendor(
  evaluation: Evaluation,
  input: DecisionInput,
  now: string,
  vendors: readonly VendorRef[] = [],
): EvaluationChange {
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;
  const row = compareVendors(evaluation, vendors).rows.find((r) => r.vendorId === input.vendorId);
  if (!row) return { ok: false, reasons: [tell('This vendor is not part of the evaluation.')] };

  const reasons: string[] = [];
  const parsed = VendorDecisionSchema.safeParse({
    outcome: input.outcome,
    rationale: input.rationale,
    date: input.date,
  });
  if (!parsed.success) reasons.push(...zodMessages(parsed.error));
  const weights = checkWeights(evaluation.criteria);
  if (!weights.ok)
    reasons.push(
      ...weights.reasons.map((r) => tell('Fix the criteria before deciding. {{reason}}', { reason: r })),
    );
  const name = row.vendorName === tell(UNKNOWN_VENDOR_NAME) ? tell('This vendor') : row.vendorName;
  if (input.outcome !== 'rejected' && row.knockedOut) {
    const values = { name, reasons: row.knockOuts.map(describeKnockOut).join(' ') };
    reasons.push(
      input.outcome === 'selected'
        ? tell('{{name}} cannot be selected: {{reasons}} It can only be rejected.', values)
        : tell('{{name}} cannot be shortlisted: {{reasons}} It can only be rejected.', values),
    );
  }
  const gaps = input.outcome === 'rejected' ? null : vendorGaps(evaluation, input.vendorId, vendors);
  const openPoints = gaps && hasGaps(gaps) ? gapLines(gaps) : [];
  if (openPoints.length > 0 && !input.confirmGaps) reasons.push(tell(CONFIRM_GAPS_MESSAGE), ...openPoints);
  if (reasons.length > 0 || !parsed.success) return { ok: false, reasons };

  const warnings: string[] = [];
  if (input.outcome !== 'rejected') {
    if (row.unknownGateCount > 0)
      warnings.push(
        tell('{{count}} knock-out gates not confirmed for {{name}}.', { count: row.unknownGateCount, name }),
      );
    if (row.openDdCount > 0)
      warnings.push(
        tell('{{count}} due-diligence questions still open for {{name}}.', { count: row.openDdCount, name }),
      );
    if (row.unverifiedCount > 0)
      warnings.push(
        tell('{{count}} scores for {{name}} have no evidence (unverified).', {
          count: row.unverifiedCount,
          name,
        }),
      );
    if (!row.score.complete) warnings.push(tell('{{name}} is not scored on every criterion.', { name }));
  }
  const decision = openPoints.length > 0 ? { ...parsed.data, openPoints } : parsed.data;
  return accepted(
    evaluation,
    now,
    { vendors: evaluation.vendors.map((v) => (v.vendorId === input.vendorId ? { ...v, decision } : v)) },
    {
      warnings,
      entry: {
        at: now,
        action: 'decision-recorded',
        vendorId: input.vendorId,
        outcome: decision.outcome,
        reason: decision.rationale,
      },
    },
  );
}

/** Removes the decision on one vendor (kept in the history). */
export function clearVendorDecision(evaluation: Evaluation, vendorId: string, now: string): EvaluationChange {
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;
  const vendor = evaluation.vendors.find((v) => v.vendorId === vendorId);
  if (!vendor) return { ok: false, reasons: [tell('This vendor is not part of the evaluation.')] };
  if (!vendor.decision) return { ok: true, evaluation, warnings: [] };
  return accepted(
    evaluation,
    now,
    { vendors: evaluation.vendors.map((v) => (v.vendorId === vendorId ? { ...v, decision: undefined } : v)) },
    { entry: { at: now, action: 'decision-cleared', vendorId, outcome: vendor.decision.outcome } },
  );
}

/**
 * Moves between draft and in review, or to decided. Marking decided needs valid weights and a decision
 * on every vendor. Leaving "decided" is only possible through `reopenEvaluation`.
 */
export function changeStatus(
  evaluation: Evaluation,
  to: EvaluationStatus,
  now: string,
  vendors: readonly VendorRef[] = [],
  options: { confirmGaps?: boolean } = {},
): EvaluationChange {
  if (evaluation.status === to) return { ok: true, evaluation, warnings: [] };
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;

  const warnings: string[] = [];
  if (to === 'decided') {
    const reasons: string[] = [];
    const weights = checkWeights(evaluation.criteria);
    if (!weights.ok) reasons.push(...weights.reasons);
    const undecided = evaluation.vendors
      .filter((v) => !v.decision)
      .map((v) => vendorName(v.vendorId, vendors));
    if (undecided.length > 0) {
      reasons.push(
        tell(
          'Record a decision (selected, shortlisted or rejected) for every vendor first. Still open: {{list}}.',
          {
            list: undecided.join(', '),
          },
        ),
      );
    }
    const gaps = evaluationGaps(evaluation, vendors);
    if (gaps.length > 0 && !options.confirmGaps)
      reasons.push(tell(CONFIRM_GAPS_MESSAGE), ...gaps.map(gapSummary));
    if (reasons.length > 0) return { ok: false, reasons };
    if (!evaluation.vendors.some((v) => v.decision?.outcome === 'selected'))
      warnings.push(tell('No vendor is selected in this evaluation.'));
    const reason =
      gaps.length > 0
        ? tell('Decided with open points: {{list}}', { list: gaps.map(gapSummary).join('; ') })
        : undefined;
    return statusMoved(evaluation, 'status-changed', to, now, warnings, reason);
  }
  return statusMoved(evaluation, 'status-changed', to, now, warnings);
}

/** The evaluation in status `to`, the move recorded in its history (with its reason, when there is one). */
function statusMoved(
  evaluation: Evaluation,
  action: 'status-changed' | 'reopened',
  to: EvaluationStatus,
  now: string,
  warnings: string[],
  reason?: string,
): EvaluationChange {
  return accepted(
    evaluation,
    now,
    { status: to },
    {
      warnings,
      entry: { at: now, action, fromStatus: evaluation.status, toStatus: to, ...(reason ? { reason } : {}) },
    },
  );
}

/** Reopens a decided evaluation for changes; the reason and date are kept in the history. */
export function reopenEvaluation(evaluation: Evaluation, reason: string, now: string): EvaluationChange {
  if (evaluation.status !== 'decided')
    return { ok: false, reasons: [tell('Only a decided evaluation can be reopened.')] };
  const trimmed = reason.trim();
  if (!trimmed) return { ok: false, reasons: [tell(REOPEN_REASON_MESSAGE)] };
  return statusMoved(evaluation, 'reopened', 'in-review', now, [], trimmed);
}
