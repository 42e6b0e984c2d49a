import { useState, type FormEvent } from 'react';
import {
  CONFIRM_GAPS_MESSAGE,
  decideVendor,
  gapLines,
  vendorGaps,
  VENDOR_DECISION_LABELS,
  VENDOR_DECISIONS,
  type ComparisonRow,
  type Evaluation,
  type VendorDecisionValue,
  type VendorRef,
} from '../../../domain/vendors';
import { errorReasons } from '../../../db/vendors/errors';
import { describeWriteError } from '../../../state/saveStatus';
import { Dialog } from '../../../ui/Dialog';
import { optionsOf } from '../../../ui/fields/OptionSelect';
import { Segmented } from '../../../ui/Segmented';
import { ErrorList } from '../shared/Notice';
import { todayIso } from '../../../domain/shared/dates';
import { saveEvaluationChange } from './evaluationWrites';

const DECISION_OPTIONS = optionsOf(VENDOR_DECISIONS, VENDOR_DECISION_LABELS);

/** Records selected / shortlisted / rejected for one vendor, with rationale and date. */
export function DecisionDialog(props: {
  evaluation: Evaluation;
  row: ComparisonRow | null;
  vendors: VendorRef[];
  onOpenChange(open: boolean): void;
  onDone(warnings: string[], row: ComparisonRow): void;
}) {
  const { row } = props;
  return (
    <Dialog
      open={row !== null}
      onOpenChange={props.onOpenChange}
      title={row ? `Decision on ${row.vendorName}` : 'Decision'}
      description="Record what was decided and why. The rationale is what the board and the next consultant will read."
    >
      {row && <DecisionForm key={row.vendorId} {...props} row={row} />}
    </Dialog>
  );
}

function DecisionForm({
  evaluation,
  row,
  vendors,
  onOpenChange,
  onDone,
}: {
  evaluation: Evaluation;
  row: ComparisonRow;
  vendors: VendorRef[];
  onOpenChange(open: boolean): void;
  onDone(warnings: string[], row: ComparisonRow): void;
}) {
  const [outcome, setOutcome] = useState<VendorDecisionValue>(
    row.decision?.outcome ?? (row.knockedOut ? 'rejected' : 'selected'),
  );
  const [rationale, setRationale] = useState(row.decision?.rationale ?? '');
  const [date, setDate] = useState(row.decision?.date ?? todayIso());
  const [reasons, setReasons] = useState<string[]>([]);
  const [confirmGaps, setConfirmGaps] = useState(false);
  const gaps = outcome === 'rejected' ? null : vendorGaps(evaluation, row.vendorId, vendors);
  // On screen the unanswered questions are counted (they are listed on the Due diligence tab); the decision records them all.
  const openPoints = gaps
    ? gapLines({ ...gaps, openQuestions: [] }).concat(
        gaps.openQuestions.length
          ? [
              `Due-diligence questions without an answer (${gaps.openQuestions.length}): see the Due diligence tab`,
            ]
          : [],
      )
    : [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const warnings = await saveEvaluationChange(evaluation.id, (e, now) =>
        decideVendor(e, { vendorId: row.vendorId, outcome, rationale, date, confirmGaps }, now, vendors),
      );
      onOpenChange(false);
      onDone(warnings, row);
    } catch (err) {
      const all = errorReasons(err, describeWriteError);
      // The open points are listed above the confirmation already: say only what to do.
      setReasons(all[0] === CONFIRM_GAPS_MESSAGE ? [CONFIRM_GAPS_MESSAGE] : all);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      {row.knockedOut && (
        <p className="knockout knockout--small">
          {row.vendorName} failed a knock-out gate: it can only be rejected.
        </p>
      )}
      <fieldset className="field">
        <legend className="field__label">Decision</legend>
        <Segmented label="Decision" options={DECISION_OPTIONS} value={outcome} onChange={setOutcome} />
      </fieldset>
      <div className="field">
        <label htmlFor="decision-rationale">Rationale</label>
        <textarea
          id="decision-rationale"
          rows={4}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
        />
      </div>
      <div className="field field--short-date">
        <label htmlFor="decision-date">Decision date</label>
        <input id="decision-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      {openPoints.length > 0 && (
        <div className="decision-gaps" role="group" aria-labelledby="decision-gaps-title">
          <p id="decision-gaps-title">
            <strong>Still open for {row.vendorName}</strong>
          </p>
          <ul>
            {openPoints.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <label className="checkbox">
            <input type="checkbox" checked={confirmGaps} onChange={(e) => setConfirmGaps(e.target.checked)} />{' '}
            Decide with these open points (they are recorded with the decision)
          </label>
        </div>
      )}
      <ErrorList id="decision-errors" reasons={reasons} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => onOpenChange(false)}>
          Cancel
        </button>
        <button type="submit" className="button button--primary">
          Record decision
        </button>
      </div>
    </form>
  );
}
