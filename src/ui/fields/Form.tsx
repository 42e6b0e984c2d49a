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
import { HintText } from '../FieldMessages';

/** What went wrong on submit: the message, and the `name` of the field it is about (when it is about one). */
export type FormProblem = { message: string; field?: string };

/**
 * What a submit (or another action of the form) reports: nothing (done), `false` (stay as it is, nothing to
 * say: the screen moves on by itself), or one or several problems (shown, nothing else changes).
 */
export type FormOutcome = void | undefined | false | FormProblem | readonly FormProblem[];
export type FormAction = () => FormOutcome | Promise<FormOutcome>;

type FormState = {
  problems: readonly FormProblem[];
  errorId: string;
  labels: Map<string, string>;
  busy: boolean;
  run(action: FormAction): Promise<void>;
};
const Context = createContext<FormState | null>(null);

/** The form around the fields (for FormField, SubmitButton and FormActionButton). */
export function useForm(): FormState {
  const form = useContext(Context);
  if (!form) throw new Error('useForm outside a Form');
  return form;
}

function problemsOf(outcome: FormOutcome): FormProblem[] {
  if (!outcome) return [];
  return Array.isArray(outcome) ? [...outcome] : [outcome as FormProblem];
}

/**
 * A form of the kit: its fields (in `FormField`s or the field components), one error area that names the field
 * each problem is about (and points that field at it, and moves focus to the first one), and its buttons
 * (`actions`, or a `SubmitButton` anywhere inside). Submitting runs `onSubmit` once at a time; a returned or thrown
 * problem is shown and changes nothing else, `false` keeps the form as it is, anything else calls `onDone`.
 */
export function Form(props: {
  onSubmit: FormAction;
  onDone?(): void;
  children: ReactNode;
  /** Buttons after the error area (FormDialog: Cancel and submit). */
  actions?: ReactNode;
  className?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  /** Called on every change of a field (e.g. to forget a refusal that no longer applies). */
  onChange?(): void;
}) {
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const labels = useRef(new Map<string, string>()).current;
  const errorId = useId();
  const form = useRef<HTMLFormElement>(null);
  const { onDone } = props;

  useEffect(() => {
    // The first field a problem is about takes the focus, so the next keystroke corrects it.
    const named = problems.find((p) => p.field !== undefined)?.field;
    if (named === undefined || !form.current) return;
    const fields = [...form.current.querySelectorAll<HTMLElement>('[data-form-field]')];
    fields.find((f) => f.dataset.formField === named)?.focus();
  }, [problems]);

  const run = async (action: FormAction) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      const outcome = await action();
      const reported = problemsOf(outcome);
      setProblems(reported);
      if (reported.length === 0 && outcome !== false) onDone?.();
    } catch (err) {
      setProblems([
        {
          message: err instanceof Error ? err.message : String(err),
          field: (err as { field?: string } | null)?.field,
        },
      ]);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return (
    <Context.Provider value={{ problems, errorId, labels, busy, run }}>
      <form
        ref={form}
        noValidate
        className={props.className}
        aria-label={props['aria-label']}
        aria-labelledby={props['aria-labelledby']}
        onChange={props.onChange}
        onSubmit={(event) => {
          event.preventDefault();
          // A dialog opened from a form's dialog is inside it in React's tree: its submit is its own.
          event.stopPropagation();
          void run(props.onSubmit);
        }}
      >
        {props.children}
        <FormProblems />
        {props.actions}
      </form>
    </Context.Provider>
  );
}

/** The one error area of a form: each problem with the label of its field in front (unless it names it). */
function FormProblems() {
  const { problems, errorId, labels } = useForm();
  if (problems.length === 0) return null;
  const text = (problem: FormProblem) => {
    const label = problem.field === undefined ? undefined : labels.get(problem.field);
    return label && !problem.message.toLowerCase().includes(label.toLowerCase())
      ? `${label}: ${problem.message}`
      : problem.message;
  };
  if (problems.length === 1)
    return (
      <p className="field__error" id={`${errorId}-0`} role="alert">
        {text(problems[0])}
      </p>
    );
  return (
    <div className="field__error" role="alert">
      <ul className="form-problems">
        {problems.map((problem, index) => (
          <li key={`${problem.field ?? ''}-${problem.message}`} id={`${errorId}-${index}`}>
            {text(problem)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The submit button of a form: disabled while the form runs, so a double click submits once. */
export function SubmitButton(props: {
  children: ReactNode;
  className?: string;
  disabled?: boolean;
  /** Shown instead of the label while the form runs. */
  busyLabel?: ReactNode;
}) {
  const { busy } = useForm();
  return (
    <button
      type="submit"
      className={props.className ?? 'button button--primary'}
      disabled={busy || props.disabled}
    >
      {busy && props.busyLabel ? props.busyLabel : props.children}
    </button>
  );
}

/** Another action of the form (a choice, "Mark as not decided"): runs like the submit, once at a time. */
export function FormActionButton(props: {
  children: ReactNode;
  onRun: FormAction;
  className?: string;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const { busy, run } = useForm();
  return (
    <button
      type="button"
      className={props.className ?? 'button'}
      disabled={busy || props.disabled}
      autoFocus={props.autoFocus}
      onClick={() => void run(props.onRun)}
    >
      {props.children}
    </button>
  );
}

/** The text of a label, to name its field in a problem ("Baseline value: …"). */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/**
 * How one field of a form is wired: its id, whether the form's problem is about it (`name`), and what describes
 * it (its hint, its problem).
 */
export function useFormFieldState(name: string, label: ReactNode, hint: ReactNode) {
  const form = useContext(Context);
  const id = useId();
  const hintId = `${id}-hint`;
  const text = textOf(label).trim();
  if (text) form?.labels.set(name, text);
  const index = form ? form.problems.findIndex((p) => p.field === name) : -1;
  const invalid = index >= 0;
  const describedBy =
    [hint ? hintId : null, invalid ? `${form!.errorId}-${index}` : null].filter(Boolean).join(' ') ||
    undefined;
  return {
    id,
    hintId,
    invalid,
    control: {
      id,
      'aria-invalid': invalid || undefined,
      'aria-describedby': describedBy,
      'data-form-field': name,
    },
  };
}

type ControlProps = {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'data-form-field'?: string;
};

/**
 * One labelled field of a form: the label, the control (its only child element, which gets the id), an
 * optional hint; when a problem of the form is about this field (`name`), the control is marked invalid and
 * described by that problem.
 */
export function FormField(props: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  children: ReactElement<ControlProps>;
  className?: string;
  /** The label is read by screen readers but not shown. */
  hideLabel?: boolean;
  /** After the control (e.g. the datalist of suggestions). */
  after?: ReactNode;
}) {
  const field = useFormFieldState(props.name, props.label, props.hint);
  const control = Children.only(props.children);
  return (
    <div className={`field ${field.invalid ? 'field--invalid' : ''} ${props.className ?? ''}`.trim()}>
      <label htmlFor={field.id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {isValidElement(control) && cloneElement(control, field.control)}
      {props.after}
      <HintText id={field.hintId}>{props.hint}</HintText>
    </div>
  );
}
