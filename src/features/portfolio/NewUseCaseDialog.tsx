import { useState } from 'react';
import { createUseCase } from '../../db/portfolio/useCases';
import { db } from '../../db/core/schema';
import { trackSave } from '../../state/saveStatus';
import { FormDialog, FormField } from '../../ui/FormDialog';
import { useOpenCreated } from '../../ui/focusFirstField';
import { writeProblem } from '../../ui/writeProblem';
import { todayIso } from '../../domain/shared/dates';

/** Captures a new idea (title required) and opens its detail page to fill in the rest. */
export function NewUseCaseDialog({
  clientId,
  open,
  onOpenChange,
}: {
  clientId: string;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
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
      return { field: 'title', message: 'Give the use case a title, e.g. "Drafting job postings".' };
    if (!since || since > todayIso())
      return {
        field: 'since',
        message: 'The idea was recorded today or on an earlier day: choose a date that is not in the future.',
      };
    try {
      const created = await trackSave(
        createUseCase(db, clientId, {
          title,
          process,
          businessOwner: owner,
          problemStatement: problem,
          date: since,
        }),
      );
      reset();
      openCreated(`/clients/${clientId}/portfolio/${created.id}`);
    } catch (err) {
      return writeProblem(err);
    }
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) reset();
        onOpenChange(next);
      }}
      title="New use case"
      description="It starts as an idea. You can score it, write a charter and add KPIs on its page."
      submitLabel="Create use case"
      onSubmit={submit}
    >
      <FormField name="title" label="Title">
        <input value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
      </FormField>
      <FormField name="process" label="Business process / department">
        <input value={process} onChange={(e) => setProcess(e.target.value)} />
      </FormField>
      <FormField
        name="owner"
        label="Business owner"
        hint="The accountable person on the client side. Without one the use case is parked and cannot go past assessment."
      >
        <input value={owner} onChange={(e) => setOwner(e.target.value)} />
      </FormField>
      <FormField name="problem" label="Problem statement">
        <textarea rows={3} value={problem} onChange={(e) => setProblem(e.target.value)} />
      </FormField>
      <FormField
        name="since"
        label="Idea recorded on"
        hint="For work that started before you used CAIO Desk: later stage moves can then be dated from this day on (a pilot that started in September)."
      >
        <input type="date" value={since} max={todayIso()} onChange={(e) => setSince(e.target.value)} />
      </FormField>
    </FormDialog>
  );
}
