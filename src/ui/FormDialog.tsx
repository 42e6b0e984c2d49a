import {
  Children,
  cloneElement,
  createContext,
  isValidElement,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import { Dialog } from './Dialog';

/** What went wrong on submit: the message, and the `name` of the field it is about (when it is about one). */
export type FormProblem = { message: string; field?: string };

type FormContext = { problem: FormProblem | null; errorId: string; labels: Map<string, string> };
const Context = createContext<FormContext | null>(null);

/**
 * A dialog around one form: its fields (children, in `FormField`s), one error area that names the field the
 * problem is about (and points that field at it), and the Cancel + submit footer. Submitting runs `onSubmit`
 * once at a time; a returned or thrown problem keeps the dialog open, anything else closes it.
 */
export function FormDialog(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: ReactNode;
  submitLabel: string;
  wide?: boolean;
  returnFocus?: () => void;
  /** Checks and saves; return a problem to keep the dialog open and show it. */
  onSubmit(): void | FormProblem | undefined | Promise<void | FormProblem | undefined>;
  children: ReactNode;
}) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const labels = useRef(new Map<string, string>()).current;
  const errorId = useId();
  const form = useRef<HTMLFormElement>(null);

  const setOpen = (open: boolean) => {
    if (!open) setProblem(null);
    props.onOpenChange(open);
  };

  useEffect(() => {
    // The field the problem is about takes the focus, so the next keystroke corrects it.
    const fields = form.current ? [...form.current.querySelectorAll<HTMLElement>('[data-form-field]')] : [];
    if (problem?.field) fields.find((f) => f.dataset.formField === problem.field)?.focus();
  }, [problem]);

  const submit = async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      const reported = await props.onSubmit();
      if (reported) setProblem(reported);
      else setOpen(false);
    } catch (err) {
      setProblem({
        message: err instanceof Error ? err.message : String(err),
        field: (err as { field?: string }).field,
      });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const label = problem?.field ? labels.get(problem.field) : undefined;
  return (
    <Dialog
      open={props.open}
      onOpenChange={setOpen}
      title={props.title}
      description={props.description}
      wide={props.wide}
      returnFocus={props.returnFocus}
    >
      <Context.Provider value={{ problem, errorId, labels }}>
        <form
          ref={form}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          {props.children}
          {problem && (
            <p className="field__error" id={errorId} role="alert">
              {label && !problem.message.toLowerCase().includes(label.toLowerCase())
                ? `${label}: ${problem.message}`
                : problem.message}
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {props.submitLabel}
            </button>
          </div>
        </form>
      </Context.Provider>
    </Dialog>
  );
}

type ControlProps = {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'data-form-field'?: string;
};

/**
 * One labelled field of a FormDialog: the label, the control (its only child element, which gets the id), an
 * optional hint; when the dialog's problem is about this field (`name`), the control is marked invalid and
 * described by the error area.
 */
export function FormField(props: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  children: ReactElement<ControlProps>;
  className?: string;
}) {
  const form = useContext(Context);
  const id = useId();
  const hintId = `${id}-hint`;
  const text = typeof props.label === 'string' ? props.label : props.name;
  form?.labels.set(props.name, text);
  const invalid = form?.problem?.field === props.name;
  const describedBy =
    [props.hint ? hintId : null, invalid ? form?.errorId : null].filter(Boolean).join(' ') || undefined;
  const control = Children.only(props.children);
  return (
    <div className={`field ${invalid ? 'field--invalid' : ''} ${props.className ?? ''}`.trim()}>
      <label htmlFor={id}>{props.label}</label>
      {isValidElement(control) &&
        cloneElement(control, {
          id,
          'aria-invalid': invalid || undefined,
          'aria-describedby': describedBy,
          'data-form-field': props.name,
        })}
      {props.hint && (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}
