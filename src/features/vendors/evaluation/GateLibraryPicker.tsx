import { useState } from 'react';
import {
  addGateFromTemplate,
  availableGateTemplates,
  removeGate,
  type Evaluation,
  type KnockOutGate,
} from '../../../domain/vendors';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import type { NoticeState } from '../shared/Notice';
import { applyEvaluationChange } from './evaluationWrites';
import { interfaceT, useT } from '../../../state/interfaceLanguage';

type Notify = (notice: NoticeState) => void;

function apply(
  evaluationId: string,
  change: Parameters<typeof applyEvaluationChange>[1],
  onNotice: Notify,
  done: string,
) {
  return applyEvaluationChange(evaluationId, change, onNotice, {
    failed: interfaceT()('The gates were not changed.'),
    done,
  });
}

/** Adds a knock-out gate from the library of gate templates (each with its pass rule). */
export function GateLibraryPicker({ evaluation, onNotice }: { evaluation: Evaluation; onNotice: Notify }) {
  const t = useT();
  const available = availableGateTemplates(evaluation);
  const [picked, setPicked] = useState('');
  if (available.length === 0)
    return <p className="muted small">{t('Every gate of the library is part of this evaluation.')}</p>;
  const template = available.find((x) => x.id === picked);
  return (
    <div className="gate-picker">
      <div className="field">
        <label htmlFor="gate-template">{t('Add a gate from the library')}</label>
        <select
          id="gate-template"
          className="select"
          value={picked}
          onChange={(e) => setPicked(e.target.value)}
        >
          <option value="">{t('Choose a gate…')}</option>
          {available.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
        {template && <p className="field__hint">{template.guidance}</p>}
      </div>
      <button
        type="button"
        className="button"
        disabled={!template}
        onClick={() =>
          template &&
          void apply(
            evaluation.id,
            (e, now) => addGateFromTemplate(e, template.id, now),
            onNotice,
            t('Gate “{{gate}}” added.', { gate: template.name }),
          ).then(() => setPicked(''))
        }
      >
        {t('Add gate')}
      </button>
    </div>
  );
}

/** Removes a gate from this evaluation (with every vendor's result for it), after confirmation. */
export function RemoveGateButton({
  evaluationId,
  gate,
  onNotice,
}: {
  evaluationId: string;
  gate: KnockOutGate;
  onNotice: Notify;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => setOpen(true)}
        aria-label={t('Remove gate {{gate}}', { gate: gate.name })}
      >
        {t('Remove')}
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t('Remove the gate “{{gate}}”?', { gate: gate.name })}
        message={t('It is removed from this evaluation with every vendor’s result and note for it.')}
        confirmLabel={t('Remove gate')}
        danger
        onConfirm={() =>
          apply(
            evaluationId,
            (e, now) => removeGate(e, gate.id, now),
            onNotice,
            t('Gate “{{gate}}” removed.', { gate: gate.name }),
          )
        }
      />
    </>
  );
}
