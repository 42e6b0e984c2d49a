import { useState } from 'react';
import { clearDecision, decideRequirement } from '../../db/controls/programme';
import { db } from '../../db/core/schema';
import {
  INCLUSION_REASON_LABELS,
  INCLUSION_REASONS,
  requirementLabel,
  requirementTitle,
  type InclusionReason,
  type RequirementState,
} from '../../domain/controls';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/FieldMessages';
import { useT } from '../../state/interfaceLanguage';

/** The radio group's name. */
const FIELD = { applicability: 'applicability' } as const;

/** Decides whether one requirement applies: included with its reasons, or excluded with why. */
export function DecisionDialog({
  clientId,
  state,
  today,
  onClose,
}: {
  clientId: string;
  state: RequirementState;
  today: string;
  onClose(): void;
}) {
  const { requirement, decision } = state;
  const t = useT();
  const [applicability, setApplicability] = useState(decision?.applicability ?? 'applicable');
  const [reasons, setReasons] = useState<InclusionReason[]>(decision?.reasons ?? []);
  const [justification, setJustification] = useState(decision?.justification ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = () =>
    trackSave(
      decideRequirement(db, clientId, requirement.id, {
        applicability,
        reasons: applicability === 'applicable' ? reasons : [],
        justification,
        decidedOn: today,
      }),
    ).then(onClose, (e: unknown) => setError(describeWriteError(e)));
  const undo = () =>
    trackSave(clearDecision(db, clientId, requirement.id)).then(onClose, (e: unknown) =>
      setError(describeWriteError(e)),
    );
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('Applicability of {{requirement}}', { requirement: requirementLabel(requirement) })}
      description={requirementTitle(requirement, t)}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="controls-frameworks">
          <legend>{t('Does it apply to this client?')}</legend>
          <label className="controls-check">
            <input
              type="radio"
              name={FIELD.applicability}
              checked={applicability === 'applicable'}
              onChange={() => setApplicability('applicable')}
            />{' '}
            {t('Applicable')}
          </label>
          <label className="controls-check">
            <input
              type="radio"
              name={FIELD.applicability}
              checked={applicability === 'excluded'}
              onChange={() => setApplicability('excluded')}
            />{' '}
            {t('Excluded')}
          </label>
        </fieldset>
        {applicability === 'applicable' && (
          <fieldset className="controls-frameworks">
            <legend>{t('Included because of')}</legend>
            {INCLUSION_REASONS.map((r) => (
              <label key={r} className="controls-check">
                <input
                  type="checkbox"
                  checked={reasons.includes(r)}
                  onChange={(e) =>
                    setReasons(e.target.checked ? [...reasons, r] : reasons.filter((x) => x !== r))
                  }
                />{' '}
                {t(INCLUSION_REASON_LABELS[r])}
              </label>
            ))}
          </fieldset>
        )}
        <div className={`field ${error ? 'field--invalid' : ''}`}>
          <label htmlFor="decision-justification">
            {applicability === 'excluded' ? t('Why it is excluded') : t('Justification (optional detail)')}
          </label>
          <textarea
            id="decision-justification"
            rows={3}
            value={justification}
            onChange={(e) => setJustification(e.target.value)}
            aria-describedby={error ? 'decision-error' : undefined}
          />
          <ErrorText id="decision-error">{error}</ErrorText>
        </div>
        <div className="dialog__actions">
          {decision && (
            <button type="button" className="button button--quiet" onClick={() => void undo()}>
              {t('Mark as not decided')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('Cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('Save decision')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
