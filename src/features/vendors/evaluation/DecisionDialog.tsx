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
import { Segmented } from '../../../ui/Segmented';
import { ErrorList } from '../shared/Notice';
import { todayIso } from '../../../domain/shared/dates';
import { saveEvaluationChange } from './evaluationWrites';
import { translatedOptions } from '../shared/labels';
import { useT } from '../../../state/interfaceLanguage';

/** Records selected / shortlisted / rejected for one vendor, with rationale and date. */
export function DecisionDialog(props: {
  evaluation: Evaluation;
  row: ComparisonRow | null;
  vendors: VendorRef[];
  onOpenChange(open: boolean): void;
  onDone(warnings: string[], row: ComparisonRow): void;
}) {
  const t = useT();
  const { row } = props;
  return (
    <Dialog
      open={row !== null}
      onOpenChange={props.onOpenChange}
      title={row ? t('Decision on {{vendor}}', { vendor: row.vendorName }) : t('Decision')}
      description={t(
        'Record what was decided and why. The rationale is what the board and the next consultant will read.',
      )}
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
  const t = useT();
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
              t('Due-diligence questions without an answer ({{count}}): see the Due diligence tab', {
                count: gaps.openQuestions.length,
              }),
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
      setReasons(all[0] === t(CONFIRM_GAPS_MESSAGE) ? [t(CONFIRM_GAPS_MESSAGE)] : all);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      {row.knockedOut && (
        <p className="knockout knockout--small">
          {t('{{vendor}} failed a knock-out gate: it can only be rejected.', { vendor: row.vendorName })}
        </p>
      )}
      <fieldset className="field">
        <legend className="field__label">{t('Decision')}</legend>
        <Segmented
          label={t('Decision')}
          options={translatedOptions(VENDOR_DECISIONS, VENDOR_DECISION_LABELS, t)}
          value={outcome}
          onChange={setOutcome}
        />
      </fieldset>
      <div className="field">
        <label htmlFor="decision-rationale">{t('Rationale')}</label>
        <textarea
          id="decision-rationale"
          rows={4}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
        />
      </div>
      <div className="field field--short-date">
        <label htmlFor="decision-date">{t('Decision date')}</label>
        <input id="decision-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      {openPoints.length > 0 && (
        <div className="decision-gaps" role="group" aria-labelledby="decision-gaps-title">
          <p id="decision-gaps-title">
            <strong>{t('Still open for {{vendor}}', { vendor: row.vendorName })}</strong>
          </p>
          <ul>
            {openPoints.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <label className="checkbox">
            <input type="checkbox" checked={confirmGaps} onChange={(e) => setConfirmGaps(e.target.checked)} />{' '}
            {t('Decide with these open points (they are recorded with the decision)')}
          </label>
        </div>
      )}
      <ErrorList id="decision-errors" reasons={reasons} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => onOpenChange(false)}>
          {t('Cancel')}
        </button>
        <button type="submit" className="button button--primary">
          {t('Record decision')}
        </button>
      </div>
    </form>
  );
}
