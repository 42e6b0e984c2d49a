import { useState } from 'react';
import { createClient } from '../../db/clients/clients';
import { db } from '../../db/core/schema';
import { useUi } from '../../state/uiStore';
import { useOpenCreated } from '../../ui/focusFirstField';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/fields/TextField';
import { saveFromForm } from '../../ui/writeProblem';

/** Creates a client from a name (and sector); the profile then takes every other field. */
export function NewClientDialog() {
  const { newClientOpen, setNewClientOpen } = useUi();
  const [name, setName] = useState('');
  const [sector, setSector] = useState('');
  const openCreated = useOpenCreated();

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
      title="New client"
      description="Start with the name; fill in the rest of the profile next."
      submitLabel="Create client"
      onSubmit={submit}
    >
      <TextField name="name" label="Client name" value={name} onChange={setName} autoFocus />
      <TextField
        name="sector"
        label="Sector"
        value={sector}
        onChange={setSector}
        placeholder="e.g. Logistics"
      />
    </FormDialog>
  );
}
