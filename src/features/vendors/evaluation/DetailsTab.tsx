import { useState } from 'react';
import { useNavigate } from 'react-router';
import { parseLocationList, updateEvaluationDetails } from '../../../domain/vendors';
import { deleteEvaluation } from '../../../db/vendors/evaluations';
import { db } from '../../../db/core/schema';
import { trackSave } from '../../../state/saveStatus';
import { AutoSaveField } from '../../../ui/AutoSaveField';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { EvaluationVendors } from './EvaluationVendors';
import { LinkFields } from './LinkFields';
import type { EvaluationTabProps } from './tabProps';
import { writeEvaluationChange } from './evaluationWrites';
import { useT } from '../../../state/interfaceLanguage';

/** Title, links, permitted data locations, notes and the vendors of the evaluation. */
export function DetailsTab(props: EvaluationTabProps) {
  const { evaluation, readOnly } = props;
  const t = useT();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const save = (input: Parameters<typeof updateEvaluationDetails>[1]) =>
    writeEvaluationChange(evaluation.id, (e, now) => updateEvaluationDetails(e, input, now));
  return (
    <div className="stack">
      <section className="card form-section" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('Details')}</h2>
        <div className="form-grid">
          <AutoSaveField
            label={t('Evaluation title')}
            value={evaluation.title}
            disabled={readOnly}
            validate={(raw) => (raw.trim() ? null : t('Evaluation title is required'))}
            save={(raw) => save({ title: raw })}
          />
          <LinkFields evaluation={evaluation} />
          <AutoSaveField
            label={t('Permitted data locations')}
            value={evaluation.permittedLocations.join(', ')}
            disabled={readOnly}
            hint={t(
              'Where this client allows its data to be stored, e.g. EU, EEA, UK. Used to suggest the data-location gate.',
            )}
            save={(raw) => save({ permittedLocations: parseLocationList(raw) })}
          />
        </div>
        <AutoSaveField
          label={t('Evaluation notes')}
          multiline
          rows={4}
          value={evaluation.notes}
          disabled={readOnly}
          save={(raw) => save({ notes: raw })}
          className="form-section__wide"
        />
      </section>
      <EvaluationVendors {...props} />
      {!readOnly && (
        <section className="card danger-zone" aria-labelledby="delete-heading">
          <h2 id="delete-heading">{t('Delete evaluation')}</h2>
          <p className="muted">
            {t(
              'Removes this evaluation with its scores, gates, answers and decisions. The vendors stay in the library.',
            )}
          </p>
          <button type="button" className="button button--danger" onClick={() => setDeleting(true)}>
            {t('Delete evaluation…')}
          </button>
        </section>
      )}
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={t('Delete “{{name}}”?', { name: evaluation.title })}
        message={t(
          'Its scores, evidence, gate results, answers and decisions are deleted. This cannot be undone.',
        )}
        confirmLabel={t('Delete evaluation')}
        danger
        onConfirm={async () => {
          await trackSave(deleteEvaluation(db, evaluation.clientId, evaluation.id));
          navigate(`/clients/${evaluation.clientId}/vendors`);
        }}
      />
    </div>
  );
}
