import { useEffect, useId, useRef, useState } from 'react';
import { whileTyping } from '../db/core/editSource';
import { ValidationError } from '../db/core/errors';
import { onPageHide } from '../state/pageHide';
import { describeWriteError, markRefused, trackSave } from '../state/saveStatus';
import { tell } from '../domain/shared/language';

/**
 * The state of a self-saving input: the user's draft wins while they edit; every valid edit is saved
 * as it is made; an invalid one shows its message and writes nothing; a failed write shows why and keeps
 * the input on screen. `value` is the stored value (it is followed when changed elsewhere). While a
 * refused value is on screen, the save indicator counts the field (`label`) as not saved.
 *
 * While the field is being edited (from the first keystroke until it loses focus) the stored value is
 * NOT copied into the draft: a live query can deliver the result of an earlier write after a later one
 * finished ("client" arriving after "client " was saved), and copying it would drop what was typed
 * since. Once editing ends and no write is in flight, the draft shows the stored value again.
 *
 * A valid edit whose write failed (storage full, database closed) stays on screen and is handed to the
 * write path again when the page is hidden or unloaded, so it is journalled and replayed at the next start.
 */
/** A field's judgement of the raw input: an error message, a note on how it was read, or nothing. */
export type Verdict = string | null | { note: string };

export function useAutoSave(
  value: string,
  save: (raw: string) => Promise<unknown>,
  validate?: (raw: string) => Verdict,
  label = tell('A field'),
) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const editing = useRef(false);
  const writeSeq = useRef(0);
  const inFlight = useRef(0);
  const stored = useRef(value);
  stored.current = value;
  const fieldId = useId();

  const followStored = () => {
    if (!editing.current && inFlight.current === 0) setDraft(stored.current);
  };

  useEffect(followStored, [value]);

  /** The latest valid edit whose write failed, handed over again before the page goes away. */
  const unsaved = useRef<string | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(
    () =>
      onPageHide(() => {
        const raw = unsaved.current;
        if (raw === null) return;
        unsaved.current = null;
        void trackSave(whileTyping(() => saveRef.current(raw))).catch(() => undefined);
      }),
    [],
  );

  useEffect(() => markRefused(fieldId, label, error), [fieldId, label, error]);
  // A field that leaves the screen takes its refused value with it.
  useEffect(() => () => markRefused(fieldId, label, null), [fieldId, label]);

  const onChange = (raw: string) => {
    setDraft(raw);
    editing.current = true;
    const verdict = validate?.(raw) ?? null;
    const message = typeof verdict === 'string' ? verdict : null;
    setError(message);
    setNote(verdict && typeof verdict === 'object' ? verdict.note : null);
    if (message) return;
    unsaved.current = null;
    const seq = ++writeSeq.current;
    inFlight.current += 1;
    // Typed: the write path journals it synchronously here and merges it with the previous keystroke's entry.
    trackSave(whileTyping(() => save(raw))).then(
      () => {
        inFlight.current -= 1;
        followStored();
      },
      (err: unknown) => {
        inFlight.current -= 1;
        if (seq !== writeSeq.current) return;
        setError(describeWriteError(err));
        if (!(err instanceof ValidationError)) unsaved.current = raw;
      },
    );
  };

  const onBlur = () => {
    if (error) return;
    editing.current = false;
    followStored();
  };

  return { draft, error, note, onChange, onBlur };
}
