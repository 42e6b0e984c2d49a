import { useRef, useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';
import { Form, FormField, SubmitButton } from './fields/Form';
import { useT } from '../state/interfaceLanguage';

/**
 * A yes/no confirmation for destructive or far-reaching actions. It opens on the safe choice (Cancel, so Enter
 * cancels), runs the action once however often the button is pressed, and stays open with the problem shown
 * when the action reports one (returns a message or throws).
 */
export function ConfirmDialog(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** The safe choice's text; "Cancel" unless the screen says what cancelling keeps. */
  cancelLabel?: string;
  danger?: boolean;
  /** Asks for this name to be typed before the action can run (for deletions that cannot be undone). */
  typeToConfirm?: string;
  /** Shown between the message and the buttons (e.g. the list of what is affected). */
  children?: ReactNode;
  /** Runs the action; a returned string (or a thrown error) is shown and keeps the dialog open. */
  onConfirm(typed: string): void | string | undefined | Promise<void | string | undefined>;
}) {
  const t = useT();
  const cancel = useRef<HTMLButtonElement>(null);
  const typedInput = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const typedMatches = props.typeToConfirm === undefined || typed.trim() === props.typeToConfirm.trim();

  const setOpen = (open: boolean) => {
    if (!open) setTyped('');
    props.onOpenChange(open);
  };

  const confirm = async () => {
    if (!typedMatches) return false;
    const reported = await props.onConfirm(typed);
    return typeof reported === 'string' ? { message: reported } : undefined;
  };

  return (
    <Dialog
      open={props.open}
      onOpenChange={setOpen}
      title={props.title}
      description={props.message}
      initialFocus={props.typeToConfirm === undefined ? cancel : typedInput}
    >
      <Form
        onSubmit={confirm}
        onDone={() => setOpen(false)}
        actions={
          <div className="dialog__actions">
            <button type="button" ref={cancel} className="button" onClick={() => setOpen(false)}>
              {props.cancelLabel ?? t('Cancel')}
            </button>
            <SubmitButton
              className={`button ${props.danger ? 'button--danger' : 'button--primary'}`}
              disabled={!typedMatches}
            >
              {props.confirmLabel}
            </SubmitButton>
          </div>
        }
      >
        {props.children}
        {props.typeToConfirm !== undefined && (
          <FormField name="typed" label={t('Type “{{text}}” to confirm', { text: props.typeToConfirm })}>
            <input
              ref={typedInput}
              value={typed}
              autoComplete="off"
              onChange={(e) => setTyped(e.target.value)}
            />
          </FormField>
        )}
      </Form>
    </Dialog>
  );
}
