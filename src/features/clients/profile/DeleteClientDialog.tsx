import { useLiveQuery } from 'dexie-react-hooks';
import type { Client } from '../../../domain/clients/client';
import { deleteClient, ValidationError } from '../../../db/clients/clients';
import { countClientRecords } from '../../../db/core/records';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useVaultMode } from '../../vault/useVaultMode';
import { useT } from '../../../state/interfaceLanguage';

/** Deleting a client needs its name typed; it removes that client's records and nothing else. */
export function DeleteClientDialog(props: {
  client: Client;
  open: boolean;
  onOpenChange(open: boolean): void;
  onDeleted(): void;
}) {
  const { client } = props;
  const t = useT();
  const counts = useLiveQuery(
    () => (props.open ? countClientRecords(db, client.id) : undefined),
    [props.open, client.id],
  );
  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;
  const encrypted = useVaultMode() !== 'off';

  return (
    <ConfirmDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('Delete {{name}}?', { name: client.name })}
      message={
        encrypted
          ? t(
              'This permanently deletes the client and its {{count}} records (portfolio, registers, logs). Other clients are not affected. Consider archiving instead. Its encryption key is destroyed too: its records in older automatic backups can no longer be read by anyone.',
              { count: total },
            )
          : t(
              'This permanently deletes the client and its {{count}} records (portfolio, registers, logs). Other clients are not affected. Consider archiving instead.',
              { count: total },
            )
      }
      typeToConfirm={client.name}
      confirmLabel={t('Delete permanently')}
      danger
      onConfirm={async (typed) => {
        try {
          await trackSave(deleteClient(db, client.id, typed));
          props.onDeleted();
        } catch (err) {
          return err instanceof ValidationError ? err.message : describeWriteError(err);
        }
      }}
    />
  );
}
