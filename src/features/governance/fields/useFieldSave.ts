import { useState } from 'react';
import { updateRecord } from '../../../db/core/records';
import { db } from '../../../db/core/schema';
import type { RegisterId } from '../../../domain/governance';
import { describeWriteError, trackSave } from '../../../state/saveStatus';

/** Saves one field of a register record; a refused value shows its message and writes nothing. */
export function saveRegisterField(
  registerId: RegisterId,
  id: string,
  key: string,
  value: unknown,
): Promise<void> {
  return updateRecord(db, registerId, id, { [key]: value }).then(() => undefined);
}

/** For fields that save whole values at once (lists, checkboxes): the save and its error. */
export function useFieldSave(registerId: RegisterId, id: string, key: string) {
  const [error, setError] = useState<string | null>(null);
  const save = (value: unknown) => {
    setError(null);
    return trackSave(saveRegisterField(registerId, id, key, value)).then(
      () => true,
      (err: unknown) => {
        setError(describeWriteError(err));
        return false;
      },
    );
  };
  return { error, save };
}

/**
 * A value shown at once when the user changes it, before the database confirms it (checkboxes must
 * not lag behind the click); it follows the stored value again when that changes or a save fails.
 */
export function useShownValue<T>(stored: T): [T, (next: T) => void] {
  const [shown, setShown] = useState(stored);
  const storedKey = JSON.stringify(stored);
  const [lastStored, setLastStored] = useState(storedKey);
  if (storedKey !== lastStored) {
    setLastStored(storedKey);
    setShown(stored);
  }
  return [shown, setShown];
}
