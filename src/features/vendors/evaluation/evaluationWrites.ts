import { evaluationChange } from '../../../db/vendors/evaluations';
import { updateRecord } from '../../../db/core/records';
import { errorReasons } from '../../../db/vendors/errors';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import type { NoticeState } from '../shared/Notice';

type Change = Parameters<typeof evaluationChange>[0];

/** Writes one change of an evaluation through the write path; a refused change throws. */
export async function writeEvaluationChange(evaluationId: string, change: Change): Promise<string[]> {
  const { warnings } = await updateRecord(db, 'evaluations', evaluationId, evaluationChange(change));
  return warnings;
}

/** Saves one change as the user's save (the save indicator follows it); resolves to the change's warnings. */
export function saveEvaluationChange(evaluationId: string, change: Change): Promise<string[]> {
  return trackSave(writeEvaluationChange(evaluationId, change));
}

/**
 * Saves one change and says how it went: `done` (when given) once saved, `failed` with the reasons otherwise.
 * (and `onSaved`, when given, once saved).
 */
export async function applyEvaluationChange(
  evaluationId: string,
  change: Change,
  onNotice: (notice: NoticeState) => void,
  messages: { failed: string; done?: string; onSaved?(): void },
): Promise<void> {
  try {
    await saveEvaluationChange(evaluationId, change);
    if (messages.done) onNotice({ tone: 'success', title: messages.done, items: [] });
    messages.onSaved?.();
  } catch (err) {
    onNotice({ tone: 'error', title: messages.failed, items: errorReasons(err, describeWriteError) });
  }
}
