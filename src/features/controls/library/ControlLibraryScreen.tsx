import { useLiveQuery } from 'dexie-react-hooks';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import {
  addStandardLibrary,
  createLibraryControl,
  deleteLibraryControl,
  libraryUsage,
  listLibraryControls,
  updateLibraryControl,
} from '../../../db/controls/library';
import { db } from '../../../db/core/schema';
import { formatRequirementCount, STANDARD_CONTROLS, type LibraryControl } from '../../../domain/controls';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { controlFields } from '../controlFields';
import '../../vendors/vendors.css';
import '../controls.css';
import { useT } from '../../../state/interfaceLanguage';

/** The consultant-wide control library: reusable controls mapped to the frameworks, copied into a client in one action. */
export function ControlLibraryScreen() {
  const controls = useLiveQuery(() => listLibraryControls(db));
  const usage = useLiveQuery(() => libraryUsage(db));
  const [open, setOpen] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const t = useT();
  if (!controls || !usage) return null;
  const fail = (e: unknown) => setMessage(describeWriteError(e));
  const columns: TableColumn<LibraryControl>[] = [
    {
      key: 'control',
      header: t('Control'),
      render: (c) => (
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={open === c.id}
          onClick={() => setOpen(open === c.id ? null : c.id)}
        >
          {c.title}
        </button>
      ),
    },
    { key: 'owner', header: t('Suggested owner'), render: (c) => c.ownerRole },
    {
      key: 'evidence',
      header: t('Evidence expected'),
      className: 'muted',
      render: (c) => c.evidenceExpected,
    },
    { key: 'review', header: t('Review (months)'), numeric: true, render: (c) => c.reviewIntervalMonths },
    {
      key: 'mapped',
      header: t('Mapped to'),
      className: 'muted',
      render: (c) => formatRequirementCount(c.requirementIds),
    },
    { key: 'clients', header: t('Clients using it'), numeric: true, render: (c) => usage.get(c.id) ?? 0 },
  ];
  return (
    <div className="page page--wide">
      <div className="cross-client-label" role="note">
        <strong>{t('Cross-client view.')}</strong>{' '}
        {t(
          'The control library is shared by all your clients. It holds reusable controls and their framework mappings; each client’s status, owners and evidence stay in that client.',
        )}
      </div>
      <PageHeader
        title={t('Control library')}
        subtitle={t('{{count}} controls · copy them into a client from its AI management system page', {
          count: controls.length,
        })}
        actions={
          controls.filter((c) => c.id.startsWith('std-')).length < STANDARD_CONTROLS.length && (
            <button
              type="button"
              className="button"
              onClick={() =>
                void trackSave(addStandardLibrary(db)).then(
                  (n) => setMessage(t('{{count}} standard controls added.', { count: n })),
                  fail,
                )
              }
            >
              {t('Add the standard controls')}
            </button>
          )
        }
      />
      {message && (
        <p className="banner" role="status">
          {message}
        </p>
      )}
      <RecordTable
        label={t('Library controls')}
        compact
        columns={columns}
        rows={controls}
        rowKey={(c) => c.id}
        detail={(c) => (open === c.id ? <LibraryControlEditor control={c} onError={fail} /> : null)}
      />
      <form
        className="controls-form"
        onSubmit={(e) => {
          e.preventDefault();
          trackSave(createLibraryControl(db, { title })).then((c) => {
            setTitle('');
            setOpen(c.id);
          }, fail);
        }}
      >
        <div className="field">
          <label htmlFor="library-new-title">{t('New library control')}</label>
          <input id="library-new-title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <button type="submit" className="button">
          <Plus size={16} aria-hidden /> {t('Add to library')}
        </button>
      </form>
    </div>
  );
}

function LibraryControlEditor({ control, onError }: { control: LibraryControl; onError(e: unknown): void }) {
  const t = useT();
  const fields = controlFields(control, (patch) => updateLibraryControl(db, control.id, patch), t);
  return (
    <>
      <div className="form-grid">
        {fields.title()}
        {fields.ownerRole()}
        {fields.evidenceExpected()}
        {fields.reviewInterval()}
      </div>
      {fields.description({ rows: 2 })}
      <button
        type="button"
        className="button button--danger"
        onClick={() => void trackSave(deleteLibraryControl(db, control.id)).catch(onError)}
      >
        {t('Remove “{{title}}” from the library', { title: control.title })}
      </button>
    </>
  );
}
