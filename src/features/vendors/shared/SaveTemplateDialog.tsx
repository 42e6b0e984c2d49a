import { useState } from 'react';
import type { Criterion } from '../../../domain/vendors';
import { errorReasons } from '../../../db/vendors/errors';
import { saveCriteriaTemplate } from '../../../db/vendors/templates';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { FormDialog, FormField } from '../../../ui/FormDialog';

/** Saves a set of criteria as a consultant-wide template under a new name. */
export function SaveTemplateDialog(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  criteria: readonly Criterion[];
  blockedReasons?: string[];
  onSaved(name: string): void;
}) {
  const [name, setName] = useState('');
  const close = (open: boolean) => {
    props.onOpenChange(open);
    if (!open) setName('');
  };
  const submit = async () => {
    if (props.blockedReasons?.length) return { message: props.blockedReasons.join(' ') };
    try {
      const template = await trackSave(saveCriteriaTemplate(db, { name, criteria: props.criteria }));
      props.onSaved(template.name);
    } catch (err) {
      return { field: 'name', message: errorReasons(err, describeWriteError).join(' ') };
    }
  };
  return (
    <FormDialog
      open={props.open}
      onOpenChange={close}
      title="Save criteria as a template"
      description="Templates are yours across clients: they hold criteria and weights, never a client's scores."
      submitLabel="Save template"
      onSubmit={submit}
    >
      <FormField name="name" label="Template name">
        <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </FormField>
    </FormDialog>
  );
}
