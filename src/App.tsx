import { createHashRouter, RouterProvider } from 'react-router';
import { AppShell } from './features/shell/AppShell';
import { HomeScreen } from './features/clients/HomeScreen';
import { ClientLayout } from './features/clients/ClientLayout';
import { ClientOverview } from './features/clients/ClientOverview';
import { ClientProfile } from './features/clients/profile/ClientProfile';
import { EngagementLog } from './features/clients/engagement/EngagementLog';
import { NotFound } from './features/shell/NotFound';
import { ReportsPage } from './features/reports/ReportsPage';
import { ReportEditor } from './features/reports/ReportEditor';
import { PrintReport } from './features/reports/print/PrintReport';
import { WorkshopsPage } from './features/workshops/WorkshopsPage';
import { WorkshopPage } from './features/workshops/WorkshopPage';
import { FacilitationScreen } from './features/workshops/facilitation/FacilitationScreen';
import { AudienceScreen } from './features/workshops/present/AudienceScreen';
import { PrintWorkshop } from './features/workshops/print/PrintWorkshop';
import { PortfolioPage } from './features/portfolio/PortfolioPage';
import { UseCaseDetail } from './features/portfolio/detail/UseCaseDetail';
import { EvaluationsScreen } from './features/vendors/EvaluationsScreen';
import { EvaluationScreen } from './features/vendors/evaluation/EvaluationScreen';
import { VendorLibraryScreen } from './features/vendors/library/VendorLibraryScreen';
import { VendorProfileScreen } from './features/vendors/library/VendorProfileScreen';
import { TemplatesScreen } from './features/vendors/library/TemplatesScreen';
import { governanceRoute } from './features/governance/governanceRoutes';
import { BackupScreen } from './features/backup/BackupScreen';

/**
 * Routes. The current client is the `:clientId` in the URL: one source of truth, so a screen can only
 * ever show the client it was opened for. Each product area adds its routes under `clients/:clientId`
 * and its entry in `features/shell/areas.ts`.
 */
const router = createHashRouter([
  // Print views render slides only (no app frame); Electron's printToPDF and the browser print them.
  { path: '/print/report/:reportId', element: <PrintReport /> },
  // Workshop facilitation (full screen) and its audience view (projector window) run outside the app frame.
  { path: '/print/workshop/:workshopId', element: <PrintWorkshop /> },
  { path: '/present/workshop/:workshopId', element: <AudienceScreen /> },
  { path: '/clients/:clientId/workshops/:workshopId/facilitate', element: <FacilitationScreen /> },
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
          { path: 'reports', element: <ReportsPage /> },
          { path: 'reports/:reportId', element: <ReportEditor /> },
          { path: 'portfolio', element: <PortfolioPage /> },
          { path: 'portfolio/:useCaseId', element: <UseCaseDetail /> },
          { path: 'vendors', element: <EvaluationsScreen /> },
          { path: 'vendors/:evaluationId', element: <EvaluationScreen /> },
          governanceRoute,
          { path: 'workshops', element: <WorkshopsPage /> },
          { path: 'workshops/:workshopId', element: <WorkshopPage /> },
        ],
      },
      { path: 'library', element: <VendorLibraryScreen /> },
      { path: 'library/templates', element: <TemplatesScreen /> },
      { path: 'library/:vendorId', element: <VendorProfileScreen /> },
      { path: 'backup', element: <BackupScreen /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
