import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { EDITABLE_FIELD, wantsFirstField } from './focusFirstField';

/** How long a lazily loaded screen may take to show its heading before focus is left where it is. */
const WAIT_MS = 3000;

/**
 * After a navigation, moves focus to the new page's main heading, so a keyboard or screen-reader user
 * starts on the page instead of at the top of the sidebar. Only when focus is still where it was when
 * the navigation began (the link pressed) or nowhere: a field the user or the screen focused meanwhile
 * keeps it. Not on the first screen after start. A page opened with `{ focusFirstField: true }` (a record just
 * created, see useOpenCreated) gets focus on its first editable field instead, once the dialog that created it has closed.
 */
export function useFocusOnNavigate(main: React.RefObject<HTMLElement | null>): void {
  const { pathname, state } = useLocation();
  const firstField = wantsFirstField(state);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const from = document.activeElement;
    const started = performance.now();
    let frame = 0;
    const tryFocus = () => {
      if (firstField) {
        // A field of the page that already has focus (the user got there first) keeps it.
        if (document.activeElement?.matches(EDITABLE_FIELD) && main.current?.contains(document.activeElement))
          return;
        const field = document.querySelector('[role="dialog"]')
          ? null
          : main.current?.querySelector<HTMLElement>(EDITABLE_FIELD);
        if (field) field.focus();
        else if (performance.now() - started < WAIT_MS) frame = requestAnimationFrame(tryFocus);
        return;
      }
      const heading = main.current?.querySelector<HTMLElement>('h1');
      const untouched =
        document.activeElement === from ||
        document.activeElement === document.body ||
        !document.activeElement?.isConnected;
      if (!untouched) return;
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        return;
      }
      if (performance.now() - started < WAIT_MS) frame = requestAnimationFrame(tryFocus);
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [pathname, firstField, main]);
}
