import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { createControl } from '../../db/controls/programme';
import { db } from '../../db/core/schema';
import {
  CONTROL_STATUS_LABELS,
  evidenceCurrent,
  evidenceExpired,
  formatRequirementCount,
} from '../../domain/controls';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { useOpenCreated } from '../../ui/focusFirstField';
import { FormDialog, FormField } from '../../ui/FormDialog';
import { PageHeader } from '../../ui/PageHeader';
import { useControls } from './useControls';
import { formatDay } from '../../domain/shared/dates';

/** The client's controls: status, owner, requirements addressed, evidence and next review. */
export function ControlsListScreen() {
  const { client, data, today } = useControls();
  const [creating, setCreating] = useState(false);
  return (
    <div className="page page--wide">
      <PageHeader
        title="Controls"
        subtitle={`${client.name} · ${data.controls.length} controls`}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden /> New control
          </button>
        }
      />
      {data.controls.length === 0 ? (
        <p className="muted">
          No controls yet. <Link to="..">Apply the control library</Link> or add a control of this client's
          own.
        </p>
      ) : (
        <table className="table table--compact" aria-label="Controls">
          <thead>
            <tr>
              <th scope="col">Control</th>
              <th scope="col">Status</th>
              <th scope="col">Owner</th>
              <th scope="col">Requirements</th>
              <th scope="col">Evidence</th>
              <th scope="col">Next review</th>
            </tr>
          </thead>
          <tbody>
            {data.controls.map((c) => {
              const own = data.evidence.filter((e) => e.controlId === c.id);
              const current = own.filter((e) => evidenceCurrent(e, today)).length;
              const expired = own.filter((e) => evidenceExpired(e, today)).length;
              return (
                <tr key={c.id}>
                  <td>
                    <Link to={c.id}>{c.title}</Link>
                  </td>
                  <td>
                    <span className={`controls-status controls-status--${c.status}`}>
                      {CONTROL_STATUS_LABELS[c.status]}
                    </span>
                  </td>
                  <td>{c.owner || <span className="muted">{c.ownerRole || 'No owner'}</span>}</td>
                  <td className="muted">{formatRequirementCount(c.requirementIds)}</td>
                  <td>
                    {current} current
                    {expired > 0 && (
                      <span className="controls-status controls-status--expired"> {expired} expired</span>
                    )}
                  </td>
                  <td className={c.nextReviewDate && c.nextReviewDate < today ? 'text-danger' : undefined}>
                    {c.nextReviewDate ? formatDay(c.nextReviewDate) : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {creating && <NewControlDialog clientId={client.id} onClose={() => setCreating(false)} />}
    </div>
  );
}

function NewControlDialog({ clientId, onClose }: { clientId: string; onClose(): void }) {
  const [title, setTitle] = useState('');
  const openCreated = useOpenCreated();
  const submit = async () => {
    try {
      const control = await trackSave(createControl(db, clientId, title));
      openCreated(control.id);
    } catch (err) {
      return { field: 'title', message: describeWriteError(err) };
    }
  };
  return (
    <FormDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="New control"
      description="A control of this client's own; map it to requirements on its page."
      submitLabel="Create control"
      onSubmit={submit}
    >
      <FormField name="title" label="Title">
        <input value={title} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
    </FormDialog>
  );
}
