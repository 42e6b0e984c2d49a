import { useState } from 'react';
import { updateCriteria } from '../../../domain/vendors';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { CriteriaEditor } from '../shared/CriteriaEditor';
import { useCriteriaDraft } from '../shared/criteriaDraft';
import { useCriteriaTemplates } from '../shared/hooks';
import { SaveTemplateDialog } from '../shared/SaveTemplateDialog';
import type { EvaluationTabProps } from './tabProps';
import { applyEvaluationChange } from './evaluationWrites';
import { useT } from '../../../state/interfaceLanguage';
import { templateName } from '../shared/labels';

/** The evaluation's own copy of criteria and weights; saved as a whole when the weights total 100. */
export function CriteriaTab({ evaluation, readOnly, onNotice }: EvaluationTabProps) {
  const t = useT();
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
      failed: t('The criteria were not saved.'),
      done: t('Criteria and weights saved.'),
    });
  const onSave = () => {
    if (!draft.valid)
      return onNotice({ tone: 'error', title: t('The criteria were not saved.'), items: draft.reasons });
    if (scoresLost > 0) return setConfirming(true);
    void save();
  };

  return (
    <section className="stack" aria-labelledby="criteria-heading">
      <div className="section-head">
        <h2 id="criteria-heading">{t('Criteria and weights')}</h2>
        <p className="muted">
          {t(
            'This evaluation keeps its own copy: changing a template later never changes it. Weights must total 100%.',
          )}
        </p>
      </div>
      {!readOnly && (
        <div className="toolbar">
          <div className="field field--inline">
            <label htmlFor="criteria-template">{t('Start from a template')}</label>
            <select id="criteria-template" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
              <option value="">{t('Choose a template…')}</option>
              {templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {templateName(template, t)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            disabled={!templateId}
            onClick={() => {
              const template = templates.find((x) => x.id === templateId);
              if (template) draft.load(template.criteria);
            }}
          >
            {t('Load template')}
          </button>
        </div>
      )}
      <CriteriaEditor draft={draft} readOnly={readOnly} label={t('Criteria of this evaluation')} />
      <div className="button-row">
        {!readOnly && (
          <>
            <button type="button" className="button button--primary" disabled={!draft.dirty} onClick={onSave}>
              {t('Save criteria')}
            </button>
            <button type="button" className="button" disabled={!draft.dirty} onClick={draft.reset}>
              {t('Discard changes')}
            </button>
          </>
        )}
        <button type="button" className="button" onClick={() => setSavingTemplate(true)}>
          {t('Save as template…')}
        </button>
        {draft.dirty && <span className="muted small">{t('Unsaved changes')}</span>}
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('Delete scores of removed criteria?')}
        message={t('{{count}} scores (with evidence) belong to criteria you removed and will be deleted.', {
          count: scoresLost,
        })}
        confirmLabel={t('Save and delete those scores')}
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
            title: t('Saved as template “{{name}}”. It is available for every client.', { name }),
            items: [],
          })
        }
      />
    </section>
  );
}
