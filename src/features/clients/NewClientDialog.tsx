import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { createClient, ValidationError } from '../../db/clients/clients';
import { db } from '../../db/core/schema';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { useUi } from '../../state/uiStore';
import { Dialog } from '../../ui/Dialog';

/** Creates a client from a name (and sector); the profile then takes every other field. */
export function NewClientDialog() {
  const { newClientOpen, setNewClientOpen } = useUi();
  const [name, setName] = useState('');
  const [sector, setSector] = useState('');
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();

  const close = (open: boolean) => {
    setNewClientOpen(open);
    if (!open) {
      setName('');
      setSector('');
      setError(null);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const client = await trackSave(createClient(db, { name, sector }));
      close(false);
      navigate(`/clients/${client.id}/profile`);
    } catch (err) {
      setError(err instanceof ValidationError ? err.message : describeWriteError(err));
    }
  };

  return (
    <Dialog open={newClientOpen} onOpenChange={close} title="New client" description="Start with the name; fill in the rest of the profile next.">
      <form onSubmit={submit} noValidate>
        <div className={`field ${error ? 'field--invalid' : ''}`}>
          <label htmlFor="new-client-name">Client name</label>
          <input id="new-client-name" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'new-client-error' : undefined} autoFocus />
          {error && (
            <p className="field__error" id="new-client-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="new-client-sector">Sector</label>
          <input id="new-client-sector" value={sector} onChange={(e) => setSector(e.target.value)} placeholder="e.g. Logistics" />
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => close(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Create client
          </button>
        </div>
      </form>
    </Dialog>
  );
}
