import type { ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';

/** One link of a sub-navigation: its path below the area's route ('' for the area's own page). */
export type SubNavLink = { path: string; label: ReactNode; title?: string } | 'divider';

/**
 * The frame of an area with its own navigation (governance, the AI management system), as the element of
 * the area's route: the links below that route, named `label` (`'divider'` draws a line between groups; the
 * area's own page is active only on its exact path), then the area's screen, once `context` (what the area
 * loaded for its screens) is there.
 */
export function SubNavLayout<C>(props: {
  label: string;
  links: readonly SubNavLink[];
  context: C | undefined;
}) {
  return (
    <div className="stack">
      <nav className="sub-nav" aria-label={props.label}>
        {props.links.map((link, index) =>
          link === 'divider' ? (
            <span key={`divider-${index}`} className="sub-nav__divider" aria-hidden />
          ) : (
            <NavLink
              key={link.path}
              end={link.path === ''}
              to={link.path || '.'}
              className="sub-nav__link"
              title={link.title}
            >
              {link.label}
            </NavLink>
          ),
        )}
      </nav>
      {props.context !== undefined && <Outlet context={props.context} />}
    </div>
  );
}
