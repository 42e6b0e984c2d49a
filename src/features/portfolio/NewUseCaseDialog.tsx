import { useState } from 'react';
import { createUseCase } from '../../db/portfolio/useCases';
import { db } from '../../db/core/schema';
import { FormDialog } from '../../ui/FormDialog';
import { DateField, TextAreaField, TextField } from '../../ui/fields/TextField';
import { useOpenCreated } from '../../ui/focusFirstField';
import { saveFromForm } from '../../ui/writeProblem';
import { todayIso } from '../../domain/shared/dates';
import type { DialogOpenProps } from '../../ui/Dialog';
import { useT } from '../../state/interfaceLanguage';

/** Captures a new idea (title required) and opens its detail page to fill in the rest. */
export function NewUseCaseDialog({ clientId, open, onOpenChange }: { clientId: string } & DialogOpenProps) {
  const t = useT();
  const openCreated = useOpenCreated();
  const [title, setTitle] = useState('');
  const [process, setProcess] = useState('');
  const [owner, setOwner] = useState('');
  const [problem, setProblem] = useState('');
  const [since, setSince] = useState(todayIso());

  const reset = () => {
    setTitle('');
    setProcess('');
    setOwner('');
    setProblem('');
    setSince(todayIso());
  };

  const submit = async () => {
    if (!title.trim())
      return { field: 'title', message: t('Give the use case a title, e.g. “Drafting job postings”.') };
    if (!since || since > todayIso())
      return {
        field: 'since',
        message: t(
          'The idea was recorded today or on an earlier day: choose a date that is not in the future.',
        ),
      };
    return saveFromForm(
      createUseCase(db, clientId, {
        title,
        process,
        businessOwner: owner,
        problemStatement: problem,
        date: since,
      }),
      (created) => {
        reset();
        openCreated(`/clients/${clientId}/portfolio/${created.id}`);
      },
    );
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) reset();
        onOpenChange(next);
      }}
      title={t('New use case')}
      description={t('It starts as an idea. You can score it, write a charter and add KPIs on its page.')}
      submitLabel={t('Create use case')}
      onSubmit={submit}
    >
      <TextField name="title" label={t('Title')} value={title} onChange={setTitle} autoFocus />
      <TextField
        name="process"
        label={t('Business process / department')}
        value={process}
        onChange={setProcess}
      />
      <TextField
        name="owner"
        label={t('Business owner')}
        value={owner}
        onChange={setOwner}
        hint={t(
          'The accountable person on the client side. Without one the use case is parked and cannot go past assessment.',
        )}
      />
      <TextAreaField name="problem" label={t('Problem statement')} value={problem} onChange={setProblem} />
      <DateField
        name="since"
        label={t('Idea recorded on')}
        value={since}
        max={todayIso()}
        onChange={setSince}
        hint={t(
          'For work that started before you used CAIO Desk: later stage moves can then be dated from this day on (a pilot that started in September).',
        )}
      />
    </FormDialog>
  );
}
