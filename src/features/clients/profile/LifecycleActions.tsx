import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Client } from '../../../domain/clients/client';
import { setClientStatus } from '../../../db/clients/clients';
import { db } from '../../../db/core/schema';
import { trackSave } from '../../../state/saveStatus';
import { DeleteClientDialog } from './DeleteClientDialog';
import { useT } from '../../../state/interfaceLanguage';

/** Pause, archive, restore and delete: the client's life cycle. */
export function LifecycleActions({ client }: { client: Client }) {
  const [deleting, setDeleting] = useState(false);
  const navigate = useNavigate();
  const t = useT();
  const setStatus = (status: Client['status']) =>
    void trackSave(setClientStatus(db, client.id, status)).catch(() => undefined);

  return (
    <section className="card form-section" aria-labelledby="sec-lifecycle">
      <h2 id="sec-lifecycle">{t('Status')}</h2>
      <p className="muted">
        {client.status === 'active' &&
          t('Active: shown on the home screen and in the cross-client calendar.')}
        {client.status === 'paused' && t('Paused: the engagement is on hold; data is kept and editable.')}
        {client.status === 'archived' && t('Archived: hidden from the active list; restore it at any time.')}
      </p>
      <div className="button-row">
        {client.status === 'active' && (
          <button type="button" className="button" onClick={() => setStatus('paused')}>
            {t('Pause client')}
          </button>
        )}
        {client.status === 'paused' && (
          <button type="button" className="button" onClick={() => setStatus('active')}>
            {t('Resume client')}
          </button>
        )}
        {client.status !== 'archived' ? (
          <button type="button" className="button" onClick={() => setStatus('archived')}>
            {t('Archive client')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => setStatus('active')}>
            {t('Restore client')}
          </button>
        )}
        <button type="button" className="button button--danger" onClick={() => setDeleting(true)}>
          {t('Delete client…')}
        </button>
      </div>
      <DeleteClientDialog
        client={client}
        open={deleting}
        onOpenChange={setDeleting}
        onDeleted={() => navigate('/')}
      />
    </section>
  );
}
