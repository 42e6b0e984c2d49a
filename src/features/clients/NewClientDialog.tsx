import { useState } from 'react';
import { createClient } from '../../db/clients/clients';
import { db } from '../../db/core/schema';
import { trackSave } from '../../state/saveStatus';
import { useUi } from '../../state/uiStore';
import { useOpenCreated } from '../../ui/focusFirstField';
import { FormDialog, FormField } from '../../ui/FormDialog';
import { writeProblem } from '../../ui/writeProblem';

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

  const submit = async () => {
    try {
      const client = await trackSave(createClient(db, { name, sector }));
      openCreated(`/clients/${client.id}/profile`);
    } catch (err) {
      return writeProblem(err);
    }
  };

  return (
    <FormDialog
      open={newClientOpen}
      onOpenChange={close}
      title="New client"
      description="Start with the name; fill in the rest of the profile next."
      submitLabel="Create client"
      onSubmit={submit}
    >
      <FormField name="name" label="Client name">
        <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </FormField>
      <FormField name="sector" label="Sector">
        <input value={sector} onChange={(e) => setSector(e.target.value)} placeholder="e.g. Logistics" />
      </FormField>
    </FormDialog>
  );
}
