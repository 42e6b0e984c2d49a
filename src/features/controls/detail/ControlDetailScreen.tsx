import { ChevronLeft, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { deleteControl, updateControl } from '../../../db/controls/programme';
import { db } from '../../../db/core/schema';
import {
  CONTROL_STATUS_LABELS,
  CONTROL_STATUSES,
  type ClientControl,
  type ControlStatus,
} from '../../../domain/controls';
import { AutoSaveField, AutoSaveSelect } from '../../../ui/AutoSaveField';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { PageHeader } from '../../../ui/PageHeader';
import { trackSave } from '../../../state/saveStatus';
import { raciPeople, useControls } from '../useControls';
import { ControlLinks } from './ControlLinks';
import { EvidencePanel } from './EvidencePanel';
import { OwnerField } from './OwnerField';
import { RequirementMapping } from './RequirementMapping';
import { ReviewsPanel } from './ReviewsPanel';
import { controlFields } from '../controlFields';
import { useT } from '../../../state/interfaceLanguage';

const STATUS_OPTIONS = CONTROL_STATUSES.map((s) => ({ value: s, label: CONTROL_STATUS_LABELS[s] }));

/** One control of a client: what it is, who owns it, what it addresses and links to, its evidence and reviews. */
export function ControlDetailScreen() {
  const { controlId } = useParams();
  const { client, data, governance, today } = useControls();
  const control = data.controls.find((c) => c.id === controlId);
  const [deleting, setDeleting] = useState(false);
  const navigate = useNavigate();
  const t = useT();
  if (!control) {
    return (
      <div className="empty-state">
        <h1>{t('This control does not exist')}</h1>
        <Link to="..">{t('Back to the controls')}</Link>
      </div>
    );
  }
  const save = (patch: Partial<ClientControl>) => updateControl(db, control.id, patch);
  const fields = controlFields(control, save, t);
  return (
    <div className="page page--wide">
      <Link to=".." relative="path" className="back-link">
        <ChevronLeft size={16} aria-hidden /> {t('All controls')}
      </Link>
      <PageHeader
        title={control.title}
        subtitle={
          control.libraryControlId
            ? t('{{client}} · from the control library', { client: client.name })
            : t('{{client}} · own control of this client', { client: client.name })
        }
        actions={
          <button type="button" className="button button--danger" onClick={() => setDeleting(true)}>
            <Trash2 size={16} aria-hidden /> {t('Delete control')}
          </button>
        }
      />
      <div className="controls-detail">
        <div className="stack">
          <section className="card" aria-labelledby="control-what">
            <h2 id="control-what">{t('Control')}</h2>
            <div className="form-grid">
              {fields.title()}
              <AutoSaveSelect<ControlStatus>
                label={t('Implementation status')}
                value={control.status}
                options={STATUS_OPTIONS.map((o) => ({ value: o.value, label: t(o.label) }))}
                save={(status) => save({ status })}
              />
              <OwnerField
                value={control.owner}
                people={raciPeople(governance)}
                save={(owner) => save({ owner })}
              />
              {fields.ownerRole()}
              {fields.reviewInterval({ min: '1', max: '36' })}
              <AutoSaveField
                label={t('Next review')}
                type="date"
                value={control.nextReviewDate ?? ''}
                save={(raw) => save({ nextReviewDate: raw || null })}
                hint={t('Moves on by the interval each time a review is recorded.')}
              />
            </div>
            {fields.description({ rows: 3 })}
            {fields.evidenceExpected()}
            <AutoSaveField
              label={t('Notes')}
              multiline
              rows={2}
              value={control.notes}
              save={(raw) => save({ notes: raw })}
            />
          </section>
          <RequirementMapping control={control} save={save} />
          <ControlLinks control={control} governance={governance} save={save} />
        </div>
        <div className="stack">
          <EvidencePanel
            control={control}
            evidence={data.evidence.filter((e) => e.controlId === control.id)}
            today={today}
          />
          <ReviewsPanel
            clientId={client.id}
            subjectTable="controls"
            subjectId={control.id}
            today={today}
            people={raciPeople(governance)}
          />
        </div>
      </div>
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={t('Delete “{{title}}”?', { title: control.title })}
        message={t('Its evidence and reviews are deleted with it. The control library is not changed.')}
        confirmLabel={t('Delete control')}
        danger
        onConfirm={async () => {
          await trackSave(deleteControl(db, control.id));
          navigate('..', { relative: 'path' });
        }}
      />
    </div>
  );
}
