import { useId, useRef, useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';

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
  const cancel = useRef<HTMLButtonElement>(null);
  const typedInput = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const ids = useId();
  const typedMatches = props.typeToConfirm === undefined || typed.trim() === props.typeToConfirm.trim();

  const setOpen = (open: boolean) => {
    if (!open) {
      setTyped('');
      setProblem(null);
    }
    props.onOpenChange(open);
  };

  const confirm = async () => {
    if (running.current || !typedMatches) return;
    running.current = true;
    setBusy(true);
    try {
      const reported = await props.onConfirm(typed);
      if (typeof reported === 'string') setProblem(reported);
      else setOpen(false);
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      onOpenChange={setOpen}
      title={props.title}
      description={props.message}
      initialFocus={props.typeToConfirm === undefined ? cancel : typedInput}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        {props.children}
        {props.typeToConfirm !== undefined && (
          <div className={`field ${problem ? 'field--invalid' : ''}`}>
            <label htmlFor={`${ids}-typed`}>Type “{props.typeToConfirm}” to confirm</label>
            <input
              id={`${ids}-typed`}
              ref={typedInput}
              value={typed}
              autoComplete="off"
              onChange={(e) => setTyped(e.target.value)}
              aria-describedby={problem ? `${ids}-problem` : undefined}
              aria-invalid={problem ? true : undefined}
            />
          </div>
        )}
        {problem && (
          <p className="field__error" id={`${ids}-problem`} role="alert">
            {problem}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" ref={cancel} className="button" onClick={() => setOpen(false)}>
            {props.cancelLabel ?? 'Cancel'}
          </button>
          <button
            type="submit"
            className={`button ${props.danger ? 'button--danger' : 'button--primary'}`}
            disabled={busy || !typedMatches}
          >
            {props.confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
