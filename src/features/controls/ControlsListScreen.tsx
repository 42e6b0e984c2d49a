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
  type ClientControl,
} from '../../domain/controls';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { useOpenCreated } from '../../ui/focusFirstField';
import { FormDialog, FormField } from '../../ui/FormDialog';
import { PageHeader } from '../../ui/PageHeader';
import { RecordTable, type TableColumn } from '../../ui/table/RecordTable';
import { useControls } from './useControls';
import { formatDay } from '../../domain/shared/dates';

/** The client's controls: status, owner, requirements addressed, evidence and next review. */
export function ControlsListScreen() {
  const { client, data, today } = useControls();
  const [creating, setCreating] = useState(false);
  const evidenceOf = (c: ClientControl) => {
    const own = data.evidence.filter((e) => e.controlId === c.id);
    return {
      current: own.filter((e) => evidenceCurrent(e, today)).length,
      expired: own.filter((e) => evidenceExpired(e, today)).length,
    };
  };
  const columns: TableColumn<ClientControl>[] = [
    { key: 'control', header: 'Control', render: (c) => <Link to={c.id}>{c.title}</Link> },
    {
      key: 'status',
      header: 'Status',
      render: (c) => (
        <span className={`controls-status controls-status--${c.status}`}>
          {CONTROL_STATUS_LABELS[c.status]}
        </span>
      ),
    },
    {
      key: 'owner',
      header: 'Owner',
      render: (c) => c.owner || <span className="muted">{c.ownerRole || 'No owner'}</span>,
    },
    {
      key: 'requirements',
      header: 'Requirements',
      className: 'muted',
      render: (c) => formatRequirementCount(c.requirementIds),
    },
    {
      key: 'evidence',
      header: 'Evidence',
      render: (c) => {
        const { current, expired } = evidenceOf(c);
        return (
          <>
            {current} current
            {expired > 0 && (
              <span className="controls-status controls-status--expired"> {expired} expired</span>
            )}
          </>
        );
      },
    },
    {
      key: 'review',
      header: 'Next review',
      cellClassName: (c) => (c.nextReviewDate && c.nextReviewDate < today ? 'text-danger' : undefined),
      render: (c) => (c.nextReviewDate ? formatDay(c.nextReviewDate) : '—'),
    },
  ];
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
      <RecordTable
        label="Controls"
        compact
        columns={columns}
        rows={data.controls}
        rowKey={(c) => c.id}
        empty={
          <p className="muted">
            No controls yet. <Link to="..">Apply the control library</Link> or add a control of this client's
            own.
          </p>
        }
      />
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
