import { createHashRouter, RouterProvider } from 'react-router';
import { AppShell } from './features/shell/AppShell';
import { HomeScreen } from './features/clients/HomeScreen';
import { ClientLayout } from './features/clients/ClientLayout';
import { ClientOverview } from './features/clients/ClientOverview';
import { ClientProfile } from './features/clients/profile/ClientProfile';
import { EngagementLog } from './features/clients/engagement/EngagementLog';
import { NotFound } from './features/shell/NotFound';
import { BackupScreen } from './features/backup/BackupScreen';

/**
 * Routes. The current client is the `:clientId` in the URL: one source of truth, so a screen can only
 * ever show the client it was opened for. Each product area adds its routes under `clients/:clientId`
 * and its entry in `features/shell/areas.ts`.
 */
const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <HomeScreen /> },
      {
        path: 'clients/:clientId',
        element: <ClientLayout />,
        children: [
          { index: true, element: <ClientOverview /> },
          { path: 'profile', element: <ClientProfile /> },
          { path: 'engagement', element: <EngagementLog /> },
        ],
      },
      { path: 'backup', element: <BackupScreen /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
