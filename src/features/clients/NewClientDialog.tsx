import { useState } from 'react';
import type { ClientField } from '../../domain/clients/client';
import { createClient } from '../../db/clients/clients';
import { db } from '../../db/core/schema';
import { useUi } from '../../state/uiStore';
import { useOpenCreated } from '../../ui/focusFirstField';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/fields/TextField';
import { saveFromForm } from '../../ui/writeProblem';
import { useT } from '../../state/interfaceLanguage';

/** The form's field names: the client's own fields. */
const FIELD = { name: 'name', sector: 'sector' } as const satisfies Record<string, ClientField>;

/** Creates a client from a name (and sector); the profile then takes every other field. */
export function NewClientDialog() {
  const { newClientOpen, setNewClientOpen } = useUi();
  const [name, setName] = useState('');
  const [sector, setSector] = useState('');
  const openCreated = useOpenCreated();
  const t = useT();

  const close = (open: boolean) => {
    setNewClientOpen(open);
    if (!open) {
      setName('');
      setSector('');
    }
  };

  const submit = () =>
    saveFromForm(createClient(db, { name, sector }), (client) =>
      openCreated(`/clients/${client.id}/profile`),
    );

  return (
    <FormDialog
      open={newClientOpen}
      onOpenChange={close}
      title={t('New client')}
      description={t('Start with the name; fill in the rest of the profile next.')}
      submitLabel={t('Create client')}
      onSubmit={submit}
    >
      <TextField name={FIELD.name} label={t('Client name')} value={name} onChange={setName} autoFocus />
      <TextField
        name={FIELD.sector}
        label={t('Sector')}
        value={sector}
        onChange={setSector}
        placeholder={t('e.g. Logistics')}
      />
    </FormDialog>
  );
}
