import { useState } from 'react';
import type { Criterion } from '../../../domain/vendors';
import { errorReasons } from '../../../db/vendors/errors';
import { saveCriteriaTemplate } from '../../../db/vendors/templates';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { FormDialog } from '../../../ui/FormDialog';
import { TextField } from '../../../ui/fields/TextField';
import { useT } from '../../../state/interfaceLanguage';

/** Saves a set of criteria as a consultant-wide template under a new name. */
export function SaveTemplateDialog(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  criteria: readonly Criterion[];
  blockedReasons?: string[];
  onSaved(name: string): void;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const close = (open: boolean) => {
    props.onOpenChange(open);
    if (!open) setName('');
  };
  const submit = async () => {
    if (props.blockedReasons?.length) return props.blockedReasons.map((message) => ({ message }));
    try {
      const template = await trackSave(saveCriteriaTemplate(db, { name, criteria: props.criteria }));
      props.onSaved(template.name);
    } catch (err) {
      return errorReasons(err, describeWriteError).map((message) => ({ field: 'name', message }));
    }
  };
  return (
    <FormDialog
      open={props.open}
      onOpenChange={close}
      title={t('Save criteria as a template')}
      description={t(
        'Templates are yours across clients: they hold criteria and weights, never a client’s scores.',
      )}
      submitLabel={t('Save template')}
      onSubmit={submit}
    >
      <TextField name="name" label={t('Template name')} value={name} onChange={setName} autoFocus />
    </FormDialog>
  );
}
