import { useState } from 'react';
import { checkNewWorkshopTitle, createWorkshop } from '../../db/workshops/workshops';
import { db } from '../../db/core/schema';
import { useOpenCreated } from '../../ui/focusFirstField';
import { FormDialog } from '../../ui/FormDialog';
import { DateField, TextField } from '../../ui/fields/TextField';
import { saveFromForm } from '../../ui/writeProblem';
import { workshopPath } from './workshopLinks';
import { todayIso } from '../../domain/shared/dates';
import type { DialogOpenProps } from '../../ui/Dialog';

/** Plans a new workshop (title and date); the default agenda comes with it. Opens its plan. */
export function NewWorkshopDialog({
  clientId,
  clientName,
  open,
  onOpenChange,
}: { clientId: string; clientName: string } & DialogOpenProps) {
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(todayIso());
  const openCreated = useOpenCreated();

  const submit = async () => {
    const problem = checkNewWorkshopTitle(title);
    if (problem) return { field: 'title', message: problem };
    return saveFromForm(createWorkshop(db, clientId, { title, date }), (workshop) => {
      setTitle('');
      openCreated(workshopPath(clientId, workshop.id));
    });
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Plan a workshop"
      description={`For ${clientName}. It starts with the default agenda; you can change everything afterwards.`}
      submitLabel="Create workshop"
      onSubmit={submit}
    >
      <TextField
        name="title"
        label="Title"
        value={title}
        onChange={setTitle}
        placeholder="e.g. Where can AI help us?"
        autoFocus
      />
      <DateField name="date" label="Date" value={date} onChange={setDate} />
    </FormDialog>
  );
}
