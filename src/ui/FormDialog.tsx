import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { Form, SubmitButton, type FormAction } from './fields/Form';
import { useT } from '../state/interfaceLanguage';

export { FormField, FormActionButton, type FormProblem, type FormOutcome } from './fields/Form';

/**
 * A dialog around one form: its fields (children, in `FormField`s or the field components of `ui/fields`), one
 * error area that names the field each problem is about (and points that field at it), and the footer: Cancel,
 * any `extraActions` (`FormActionButton`s) and the submit. Submitting runs `onSubmit` once at a time; returned or
 * thrown problems keep the dialog open and change nothing, `false` keeps it open without a message (the dialog
 * moves on by itself), anything else closes it.
 */
export function FormDialog(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: ReactNode;
  /** The submit button's text; without it the footer has only Cancel (or `cancelLabel`) and `extraActions`. */
  submitLabel?: ReactNode;
  /** Shown on the submit button while it runs ("Working…"). */
  busyLabel?: ReactNode;
  submitDisabled?: boolean;
  /** The submit replaces or deletes something: the danger look. */
  danger?: boolean;
  cancelLabel?: string;
  /** Hide Cancel (a step that must be finished, e.g. storing the recovery key). */
  noCancel?: boolean;
  /** More buttons of the footer, before Cancel (FormActionButton: they run like the submit). */
  extraActions?: ReactNode;
  wide?: boolean;
  returnFocus?: () => void;
  'aria-label'?: string;
  /** Every change of a field (e.g. to forget a refusal that no longer applies). */
  onChange?(): void;
  /** Checks and saves; return problems to keep the dialog open and show them, `false` to stay open quietly. */
  onSubmit: FormAction;
  children: ReactNode;
}) {
  const t = useT();
  const close = () => props.onOpenChange(false);
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={props.title}
      description={props.description}
      wide={props.wide}
      returnFocus={props.returnFocus}
    >
      <Form
        onSubmit={props.onSubmit}
        onDone={close}
        onChange={props.onChange}
        aria-label={props['aria-label']}
        actions={
          <div className="dialog__actions">
            {props.extraActions}
            {!props.noCancel && (
              <button type="button" className="button" onClick={close}>
                {props.cancelLabel ?? t('Cancel')}
              </button>
            )}
            {props.submitLabel !== undefined && (
              <SubmitButton
                className={`button ${props.danger ? 'button--danger' : 'button--primary'}`}
                disabled={props.submitDisabled}
                busyLabel={props.busyLabel}
              >
                {props.submitLabel}
              </SubmitButton>
            )}
          </div>
        }
      >
        {props.children}
      </Form>
    </Dialog>
  );
}
