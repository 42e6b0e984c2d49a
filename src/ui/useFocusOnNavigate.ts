import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long a lazily loaded screen may take to show its heading before focus is left where it is. */
const WAIT_MS = 3000;

/**
 * After a navigation, moves focus to the new page's main heading, so a keyboard or screen-reader user
 * starts on the page instead of at the top of the sidebar. Only when focus is still where it was when
 * the navigation began (the link pressed) or nowhere: a field the user or the screen focused meanwhile
 * (e.g. the first field of a new record) keeps it. Not on the first screen after start.
 */
export function useFocusOnNavigate(main: React.RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
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
      const heading = main.current?.querySelector<HTMLElement>('h1');
      const untouched = document.activeElement === from || document.activeElement === document.body || !document.activeElement?.isConnected;
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
  }, [pathname, main]);
}
