import { useState, type FormEvent } from 'react';
import type { Criterion } from '../../../domain/vendors';
import { errorReasons } from '../../../db/vendors/errors';
import { saveCriteriaTemplate } from '../../../db/vendors/templates';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { Dialog } from '../../../ui/Dialog';
import { ErrorList } from './Notice';

/** Saves a set of criteria as a consultant-wide template under a new name. */
export function SaveTemplateDialog(props: { open: boolean; onOpenChange(open: boolean): void; criteria: readonly Criterion[]; blockedReasons?: string[]; onSaved(name: string): void }) {
  const [name, setName] = useState('');
  const [reasons, setReasons] = useState<string[]>([]);
  const close = (open: boolean) => {
    props.onOpenChange(open);
    if (!open) {
      setName('');
      setReasons([]);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (props.blockedReasons?.length) return setReasons(props.blockedReasons);
    try {
      const template = await trackSave(saveCriteriaTemplate(db, { name, criteria: props.criteria }));
      close(false);
      props.onSaved(template.name);
    } catch (err) {
      setReasons(errorReasons(err, describeWriteError));
    }
  };
  return (
    <Dialog open={props.open} onOpenChange={close} title="Save criteria as a template" description="Templates are yours across clients: they hold criteria and weights, never a client's scores.">
      <form onSubmit={submit} noValidate>
        <div className={`field ${reasons.length ? 'field--invalid' : ''}`}>
          <label htmlFor="template-name">Template name</label>
          <input id="template-name" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={reasons.length ? true : undefined} aria-describedby={reasons.length ? 'template-name-error' : undefined} autoFocus />
          <ErrorList id="template-name-error" reasons={reasons} />
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => close(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Save template
          </button>
        </div>
      </form>
    </Dialog>
  );
}
