import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { Client } from '../../../domain/clients/client';
import { deleteClient, ValidationError } from '../../../db/clients/clients';
import { countClientRecords } from '../../../db/core/records';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { Dialog } from '../../../ui/Dialog';
import { useVaultMode } from '../../vault/useVaultMode';

/** Deleting a client needs its name typed; it removes that client's records and nothing else. */
export function DeleteClientDialog(props: { client: Client; open: boolean; onOpenChange(open: boolean): void; onDeleted(): void }) {
  const { client } = props;
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const counts = useLiveQuery(() => (props.open ? countClientRecords(db, client.id) : undefined), [props.open, client.id]);
  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;
  const encrypted = useVaultMode() !== 'off';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await trackSave(deleteClient(db, client.id, typed));
      props.onOpenChange(false);
      props.onDeleted();
    } catch (err) {
      setError(err instanceof ValidationError ? err.message : describeWriteError(err));
    }
  };

  return (
    <Dialog
      open={props.open}
      onOpenChange={(open) => {
        props.onOpenChange(open);
        setTyped('');
        setError(null);
      }}
      title={`Delete ${client.name}?`}
      description={`This permanently deletes the client and its ${total} record${total === 1 ? '' : 's'} (portfolio, registers, logs). Other clients are not affected. Consider archiving instead.${encrypted ? ' Its encryption key is destroyed too: its records in older automatic backups can no longer be read by anyone.' : ''}`}
    >
      <form onSubmit={submit} noValidate>
        <div className={`field ${error ? 'field--invalid' : ''}`}>
          <label htmlFor="confirm-client-name">Type “{client.name}” to confirm</label>
          <input id="confirm-client-name" value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} aria-describedby={error ? 'confirm-client-error' : undefined} aria-invalid={error ? true : undefined} />
          {error && (
            <p className="field__error" id="confirm-client-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => props.onOpenChange(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--danger" disabled={typed.trim() !== client.name.trim()}>
            Delete permanently
          </button>
        </div>
      </form>
    </Dialog>
  );
}
