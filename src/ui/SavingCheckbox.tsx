import { useEffect, useState, type ReactNode } from 'react';
import { describeWriteError, trackSave } from '../state/saveStatus';

/** A checkbox that shows the new state at once and saves it; on a failed save it reverts and says why. */
export function SavingCheckbox({
  checked,
  save,
  children,
}: {
  checked: boolean;
  save(checked: boolean): Promise<unknown>;
  children: ReactNode;
}) {
  const [local, setLocal] = useState(checked);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setLocal(checked), [checked]);
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={local}
          onChange={(e) => {
            const next = e.target.checked;
            setLocal(next);
            setError(null);
            trackSave(save(next)).catch((err: unknown) => {
              setLocal(!next);
              setError(describeWriteError(err));
            });
          }}
        />
        {children}
      </label>
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
