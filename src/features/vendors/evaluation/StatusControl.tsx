import { useState } from 'react';
import { errorReasons } from '../../../db/vendors/errors';
import {
  changeStatus,
  EVALUATION_STATUS_LABELS,
  evaluationGaps,
  gapSummary,
  REOPEN_REASON_MESSAGE,
  reopenEvaluation,
  type Evaluation,
  type EvaluationStatus,
  type VendorRef,
} from '../../../domain/vendors';
import { describeWriteError } from '../../../state/saveStatus';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormDialog, FormField } from '../../../ui/FormDialog';
import type { NoticeState } from '../shared/Notice';
import { saveEvaluationChange } from './evaluationWrites';
import { useT } from '../../../state/interfaceLanguage';

/** The statuses an evaluation can be set to by hand (decided goes through "Mark as decided"). */
const OPEN_STATUSES: EvaluationStatus[] = ['draft', 'in-review'];

/** Status of the evaluation: draft <-> in review, "Mark as decided" (checked), and "Reopen" with a reason. */
export function StatusControl({
  evaluation,
  vendors,
  onNotice,
}: {
  evaluation: Evaluation;
  vendors: VendorRef[];
  onNotice(notice: NoticeState): void;
}) {
  const t = useT();
  const [reopening, setReopening] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const gaps = evaluationGaps(evaluation, vendors);

  const move = async (to: EvaluationStatus, confirmGaps = false) => {
    try {
      const warnings = await saveEvaluationChange(evaluation.id, (e, now) =>
        changeStatus(e, to, now, vendors, { confirmGaps }),
      );
      onNotice(
        to === 'decided'
          ? {
              tone: warnings.length ? 'warning' : 'success',
              title: t('The evaluation is decided and now read-only.'),
              items: warnings,
            }
          : null,
      );
    } catch (err) {
      onNotice({
        tone: 'error',
        title:
          to === 'decided'
            ? t('The evaluation cannot be marked as decided yet.')
            : t('The status was not changed.'),
        items: errorReasons(err, describeWriteError),
      });
    }
  };

  if (evaluation.status === 'decided') {
    return (
      <>
        <button type="button" className="button" onClick={() => setReopening(true)}>
          {t('Reopen…')}
        </button>
        <ReopenDialog
          evaluation={evaluation}
          open={reopening}
          onOpenChange={setReopening}
          onDone={() =>
            onNotice({
              tone: 'success',
              title: t(
                'Reopened: the evaluation is back in review and can be edited. The reason is kept in the history.',
              ),
              items: [],
            })
          }
        />
      </>
    );
  }
  return (
    <div className="status-control">
      <label className="visually-hidden" htmlFor="evaluation-status">
        {t('Evaluation status')}
      </label>
      <select
        id="evaluation-status"
        className="select"
        value={evaluation.status}
        onChange={(e) => void move(e.target.value as EvaluationStatus)}
      >
        {OPEN_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(EVALUATION_STATUS_LABELS[s])}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--primary"
        onClick={() =>
          gaps.length > 0 && evaluation.vendors.every((v) => v.decision)
            ? setConfirming(true)
            : void move('decided')
        }
      >
        {t('Mark as decided')}
      </button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('Mark as decided with open points?')}
        message={t(
          'These vendors are not rejected and their file is not complete. If you go on, the list is kept in the evaluation’s history.',
        )}
        cancelLabel={t('Go back and complete')}
        confirmLabel={t('Mark as decided anyway')}
        onConfirm={() => move('decided', true)}
      >
        <ul className="decision-gaps" aria-label={t('Open points')}>
          {gaps.map((g) => (
            <li key={g.vendorId}>{gapSummary(g)}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </div>
  );
}

function ReopenDialog({
  evaluation,
  open,
  onOpenChange,
  onDone,
}: {
  evaluation: Evaluation;
  open: boolean;
  onOpenChange(open: boolean): void;
  onDone(): void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) setReason('');
  };
  const submit = async () => {
    if (!reason.trim()) return { field: 'reason', message: t(REOPEN_REASON_MESSAGE) };
    try {
      await saveEvaluationChange(evaluation.id, (e, now) => reopenEvaluation(e, reason, now));
      onDone();
    } catch (err) {
      return { field: 'reason', message: errorReasons(err, describeWriteError).join(' ') };
    }
  };
  return (
    <FormDialog
      open={open}
      onOpenChange={close}
      title={t('Reopen this evaluation?')}
      description={t(
        'It goes back to “In review” and can be edited again. The decisions stay until you change them; the reason is kept in the history.',
      )}
      submitLabel={t('Reopen evaluation')}
      onSubmit={submit}
    >
      <FormField name="reason" label={t('Reason for reopening')}>
        <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </FormField>
    </FormDialog>
  );
}
