import { useState } from 'react';
import { updateCriteria } from '../../../domain/vendors';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { CriteriaEditor } from '../shared/CriteriaEditor';
import { useCriteriaDraft } from '../shared/criteriaDraft';
import { useCriteriaTemplates } from '../shared/hooks';
import { SaveTemplateDialog } from '../shared/SaveTemplateDialog';
import type { EvaluationTabProps } from './tabProps';
import { applyEvaluationChange } from './evaluationWrites';

/** The evaluation's own copy of criteria and weights; saved as a whole when the weights total 100. */
export function CriteriaTab({ evaluation, readOnly, onNotice }: EvaluationTabProps) {
  const draft = useCriteriaDraft(evaluation.criteria);
  const templates = useCriteriaTemplates() ?? [];
  const [templateId, setTemplateId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const kept = new Set(draft.criteria.map((c) => c.id));
  const scoresLost = evaluation.vendors.reduce(
    (sum, v) => sum + Object.keys(v.scores).filter((id) => !kept.has(id)).length,
    0,
  );

  const save = () =>
    applyEvaluationChange(evaluation.id, (e, now) => updateCriteria(e, draft.criteria, now), onNotice, {
      failed: 'The criteria were not saved.',
      done: 'Criteria and weights saved.',
    });
  const onSave = () => {
    if (!draft.valid)
      return onNotice({ tone: 'error', title: 'The criteria were not saved.', items: draft.reasons });
    if (scoresLost > 0) return setConfirming(true);
    void save();
  };

  return (
    <section className="stack" aria-labelledby="criteria-heading">
      <div className="section-head">
        <h2 id="criteria-heading">Criteria and weights</h2>
        <p className="muted">
          This evaluation keeps its own copy: changing a template later never changes it. Weights must total
          100%.
        </p>
      </div>
      {!readOnly && (
        <div className="toolbar">
          <div className="field field--inline">
            <label htmlFor="criteria-template">Start from a template</label>
            <select id="criteria-template" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
              <option value="">Choose a template…</option>
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            disabled={!templateId}
            onClick={() => {
              const template = templates.find((t) => t.id === templateId);
              if (template) draft.load(template.criteria);
            }}
          >
            Load template
          </button>
        </div>
      )}
      <CriteriaEditor draft={draft} readOnly={readOnly} label="Criteria of this evaluation" />
      <div className="button-row">
        {!readOnly && (
          <>
            <button type="button" className="button button--primary" disabled={!draft.dirty} onClick={onSave}>
              Save criteria
            </button>
            <button type="button" className="button" disabled={!draft.dirty} onClick={draft.reset}>
              Discard changes
            </button>
          </>
        )}
        <button type="button" className="button" onClick={() => setSavingTemplate(true)}>
          Save as template…
        </button>
        {draft.dirty && <span className="muted small">Unsaved changes</span>}
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Delete scores of removed criteria?"
        message={`${scoresLost} score${scoresLost === 1 ? '' : 's'} (with evidence) belong to criteria you removed and will be deleted.`}
        confirmLabel="Save and delete those scores"
        danger
        onConfirm={save}
      />
      <SaveTemplateDialog
        open={savingTemplate}
        onOpenChange={setSavingTemplate}
        criteria={draft.dirty ? draft.criteria : evaluation.criteria}
        blockedReasons={draft.dirty && !draft.valid ? draft.reasons : []}
        onSaved={(name) =>
          onNotice({
            tone: 'success',
            title: `Saved as template “${name}”. It is available for every client.`,
            items: [],
          })
        }
      />
    </section>
  );
}
