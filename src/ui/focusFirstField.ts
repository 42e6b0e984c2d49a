import { useCallback } from 'react';
import { useNavigate } from 'react-router';

/** Navigation state asking the page that opens to put focus on its first editable field (see useFocusOnNavigate). */
export type FocusFirstFieldState = { focusFirstField: true };

/** The first control of a page a user can type or choose in (not buttons, not disabled or read-only ones). */
export const EDITABLE_FIELD = [
  'input:not([type="hidden"]):not([type="button"]):not([type="submit"]):not([type="reset"]):not([type="checkbox"]):not([type="radio"]):not([type="file"]):not([disabled]):not([readonly])',
  'textarea:not([disabled]):not([readonly])',
  'select:not([disabled])',
].join(', ');

export function wantsFirstField(state: unknown): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as Partial<FocusFirstFieldState>).focusFirstField === true
  );
}

/** Opens the page of a record just created, with focus on its first field (instead of the heading or the sidebar). */
export function useOpenCreated(): (path: string) => void {
  const navigate = useNavigate();
  return useCallback(
    (path: string) =>
      void navigate(path, { state: { focusFirstField: true } satisfies FocusFirstFieldState }),
    [navigate],
  );
}
