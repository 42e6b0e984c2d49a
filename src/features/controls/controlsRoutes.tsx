import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

/** A lazy route: the screen's code loads when the route is first opened (see App.tsx). */
function screen<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): RouteObject['lazy'] {
  return async () => ({ Component: (await load())[name] });
}

/** The AI management system area of a client, under `clients/:clientId/controls`. */
export const controlsRoute: RouteObject = {
  path: 'controls',
  lazy: screen(() => import('./ControlsLayout'), 'ControlsLayout'),
  children: [
    { index: true, lazy: screen(() => import('./ReadinessScreen'), 'ReadinessScreen') },
    { path: 'applicability', lazy: screen(() => import('./ApplicabilityScreen'), 'ApplicabilityScreen') },
    { path: 'list', lazy: screen(() => import('./ControlsListScreen'), 'ControlsListScreen') },
    {
      path: 'list/:controlId',
      lazy: screen(() => import('./detail/ControlDetailScreen'), 'ControlDetailScreen'),
    },
  ],
};

/** The consultant-wide control library, under `/control-library`. */
export const controlLibraryRoute: RouteObject = {
  path: 'control-library',
  lazy: screen(() => import('./library/ControlLibraryScreen'), 'ControlLibraryScreen'),
};
