import { useEffect, useRef, useState } from 'react';
import { describeWriteError, trackSave } from '../state/saveStatus';

/**
 * The state of a self-saving input: the user's draft wins while they edit; every valid edit is saved
 * as it is made; an invalid one shows its message and writes nothing; a failed write shows why and keeps
 * the input on screen. `value` is the stored value (it is followed when changed elsewhere).
 *
 * While the field is being edited (from the first keystroke until it loses focus) the stored value is
 * NOT copied into the draft: a live query can deliver the result of an earlier write after a later one
 * finished ("client" arriving after "client " was saved), and copying it would drop what was typed
 * since. Once editing ends and no write is in flight, the draft shows the stored value again.
 */
export function useAutoSave(value: string, save: (raw: string) => Promise<unknown>, validate?: (raw: string) => string | null) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  const writeSeq = useRef(0);
  const inFlight = useRef(0);
  const stored = useRef(value);
  stored.current = value;

  const followStored = () => {
    if (!editing.current && inFlight.current === 0) setDraft(stored.current);
  };

  useEffect(followStored, [value]);

  const onChange = (raw: string) => {
    setDraft(raw);
    editing.current = true;
    const message = validate?.(raw) ?? null;
    setError(message);
    if (message) return;
    const seq = ++writeSeq.current;
    inFlight.current += 1;
    trackSave(save(raw)).then(
      () => {
        inFlight.current -= 1;
        followStored();
      },
      (err: unknown) => {
        inFlight.current -= 1;
        if (seq === writeSeq.current) setError(describeWriteError(err));
      },
    );
  };

  const onBlur = () => {
    if (error) return;
    editing.current = false;
    followStored();
  };

  return { draft, error, onChange, onBlur };
}
