import { useId, useState, type FormEvent } from 'react';
import { tell } from '../domain/shared/language';

/**
 * One text input and its "Add" button: `add` gets the trimmed text and resolves to a message when it
 * was refused (the input keeps the text) or null when it was added (the input empties).
 */
export function AddTextForm({
  label,
  button,
  maxLength,
  add,
  onProblem,
}: {
  label: string;
  button: string;
  maxLength: number;
  add(text: string): Promise<string | null>;
  onProblem(message: string | null): void;
}) {
  const [text, setText] = useState('');
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return onProblem(tell('Type the {{what}} first.', { what: label.toLowerCase() }));
    const refused = await add(text.trim());
    onProblem(refused);
    if (!refused) setText('');
  };
  return (
    <form className="inline-form__fields" onSubmit={submit} noValidate>
      <div className="field field--grow">
        <label htmlFor={id}>{label}</label>
        <input id={id} value={text} maxLength={maxLength} onChange={(e) => setText(e.target.value)} />
      </div>
      <button type="submit" className="button inline-form__submit">
        {button}
      </button>
    </form>
  );
}
