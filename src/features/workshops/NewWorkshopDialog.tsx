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
import { useT } from '../../state/interfaceLanguage';

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
  const t = useT();

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
      title={t('Plan a workshop')}
      description={t(
        'For {{client}}. It starts with the default agenda; you can change everything afterwards.',
        {
          client: clientName,
        },
      )}
      submitLabel={t('Create workshop')}
      onSubmit={submit}
    >
      <TextField
        name="title"
        label={t('Title')}
        value={title}
        onChange={setTitle}
        placeholder={t('e.g. Where can AI help us?')}
        autoFocus
      />
      <DateField name="date" label={t('Date')} value={date} onChange={setDate} />
    </FormDialog>
  );
}
