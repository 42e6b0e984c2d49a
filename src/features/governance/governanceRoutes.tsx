import type { RouteObject } from 'react-router';
import { ClassificationWizardScreen } from './classification/ClassificationWizardScreen';
import { GovernanceLayout } from './GovernanceLayout';
import { GovernanceCalendarScreen } from './overview/GovernanceCalendarScreen';
import { GovernanceOverviewScreen } from './overview/GovernanceOverviewScreen';
import { RegisterDetailScreen } from './registers/RegisterDetailScreen';
import { RegisterListScreen } from './registers/RegisterListScreen';

/** The governance area of a client, under `clients/:clientId/governance`. */
export const governanceRoute: RouteObject = {
  path: 'governance',
  element: <GovernanceLayout />,
  children: [
    { index: true, element: <GovernanceOverviewScreen /> },
    { path: 'calendar', element: <GovernanceCalendarScreen /> },
    { path: 'ai-systems/:recordId/classify', element: <ClassificationWizardScreen /> },
    { path: ':registerSlug', element: <RegisterListScreen /> },
    { path: ':registerSlug/:recordId', element: <RegisterDetailScreen /> },
  ],
};
