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
import { useT } from '../../state/interfaceLanguage';

/** The client's controls: status, owner, requirements addressed, evidence and next review. */
export function ControlsListScreen() {
  const { client, data, today } = useControls();
  const [creating, setCreating] = useState(false);
  const t = useT();
  const evidenceOf = (c: ClientControl) => {
    const own = data.evidence.filter((e) => e.controlId === c.id);
    return {
      current: own.filter((e) => evidenceCurrent(e, today)).length,
      expired: own.filter((e) => evidenceExpired(e, today)).length,
    };
  };
  const columns: TableColumn<ClientControl>[] = [
    { key: 'control', header: t('Control'), render: (c) => <Link to={c.id}>{c.title}</Link> },
    {
      key: 'status',
      header: t('Status'),
      render: (c) => (
        <span className={`controls-status controls-status--${c.status}`}>
          {t(CONTROL_STATUS_LABELS[c.status])}
        </span>
      ),
    },
    {
      key: 'owner',
      header: t('Owner'),
      render: (c) => c.owner || <span className="muted">{c.ownerRole || t('No owner')}</span>,
    },
    {
      key: 'requirements',
      header: t('Requirements'),
      className: 'muted',
      render: (c) => formatRequirementCount(c.requirementIds),
    },
    {
      key: 'evidence',
      header: t('Evidence'),
      render: (c) => {
        const { current, expired } = evidenceOf(c);
        return (
          <>
            {t('{{count}} current', { count: current })}
            {expired > 0 && (
              <span className="controls-status controls-status--expired">
                {' '}
                {t('{{count}} expired', { count: expired })}
              </span>
            )}
          </>
        );
      },
    },
    {
      key: 'review',
      header: t('Next review'),
      cellClassName: (c) => (c.nextReviewDate && c.nextReviewDate < today ? 'text-danger' : undefined),
      render: (c) => (c.nextReviewDate ? formatDay(c.nextReviewDate) : '—'),
    },
  ];
  return (
    <div className="page page--wide">
      <PageHeader
        title={t('Controls')}
        subtitle={t('{{client}} · {{count}} controls', { client: client.name, count: data.controls.length })}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden /> {t('New control')}
          </button>
        }
      />
      <RecordTable
        label={t('Controls')}
        compact
        columns={columns}
        rows={data.controls}
        rowKey={(c) => c.id}
        empty={
          <p className="muted">
            {t('No controls yet.')} <Link to="..">{t('Apply the control library')}</Link>{' '}
            {t('or add a control of this client’s own.')}
          </p>
        }
      />
      {creating && <NewControlDialog clientId={client.id} onClose={() => setCreating(false)} />}
    </div>
  );
}

/** The new-control form's field names. */
const FIELD = { title: 'title' } as const;

function NewControlDialog({ clientId, onClose }: { clientId: string; onClose(): void }) {
  const [title, setTitle] = useState('');
  const openCreated = useOpenCreated();
  const t = useT();
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
      title={t('New control')}
      description={t('A control of this client’s own; map it to requirements on its page.')}
      submitLabel={t('Create control')}
      onSubmit={submit}
    >
      <FormField name={FIELD.title} label={t('Title')}>
        <input value={title} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
    </FormDialog>
  );
}
