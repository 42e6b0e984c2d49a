import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

/** A lazy route: the screen's code loads when the route is first opened (see App.tsx). */
function screen<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): RouteObject['lazy'] {
  return async () => ({ Component: (await load())[name] });
}

/** The governance area of a client, under `clients/:clientId/governance`. */
export const governanceRoute: RouteObject = {
  path: 'governance',
  lazy: screen(() => import('./GovernanceLayout'), 'GovernanceLayout'),
  children: [
    {
      index: true,
      lazy: screen(() => import('./overview/GovernanceOverviewScreen'), 'GovernanceOverviewScreen'),
    },
    {
      path: 'calendar',
      lazy: screen(() => import('./overview/GovernanceCalendarScreen'), 'GovernanceCalendarScreen'),
    },
    {
      path: 'ai-systems/:recordId/classify',
      lazy: screen(() => import('./classification/ClassificationWizardScreen'), 'ClassificationWizardScreen'),
    },
    {
      path: ':registerSlug',
      lazy: screen(() => import('./registers/RegisterListScreen'), 'RegisterListScreen'),
    },
    {
      path: ':registerSlug/:recordId',
      lazy: screen(() => import('./registers/RegisterDetailScreen'), 'RegisterDetailScreen'),
    },
  ],
};
