import { useCallback, type MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';

/** What an `<a>` needs to open an app path: its `href` and the click that navigates inside the app. */
export interface RouteLinkProps {
  href: string;
  onClick: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/**
 * Links for long lists (a register's rows, a heat map's risks): `<a {...link('/clients/…')}>` opens the
 * absolute path as react-router's `<Link>` does (same href, a plain click navigates in the app, a modified
 * click is left to the browser), with the router's hooks run once for the list instead of once per link.
 */
export function useRouteLinks(): (to: string) => RouteLinkProps {
  const navigate = useNavigate();
  // The router's href of its root ('#/' with the hash router): an absolute path's href follows it.
  const root = useHref('/');
  return useCallback(
    (to: string) => ({
      href: root.replace(/\/$/, '') + to,
      onClick: (event: MouseEvent<HTMLAnchorElement>) => {
        const modified = event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;
        if (event.defaultPrevented || event.button !== 0 || modified) return;
        event.preventDefault();
        navigate(to);
      },
    }),
    [navigate, root],
  );
}
