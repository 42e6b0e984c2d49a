import type { ComponentType } from 'react';
import { createHashRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppShell } from './features/shell/AppShell';
import { HomeScreen } from './features/clients/HomeScreen';
import { NotFound } from './features/shell/NotFound';
import { governanceRoute } from './features/governance/governanceRoutes';
import { controlLibraryRoute, controlsRoute } from './features/controls/controlsRoutes';
import { installPageHideFlush } from './state/pageHide';

/**
 * Routes. The current client is the `:clientId` in the URL: one source of truth, so a screen can only
 * ever show the client it was opened for. Each product area adds its routes under `clients/:clientId`
 * and its entry in `features/shell/areas.ts`.
 *
 * Only the frame and the home screen are in the first bundle; every other screen is a lazy route
 * (its code, charts included, loads when it is first opened, and the router keeps the current screen
 * up until it has). Once the home screen is up, the client screens are fetched in the background so
 * the first visit of each is as quick as the next.
 */

/** A lazy route: `import()` of the screen's module, rendering its named component. */
function screen<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): RouteObject['lazy'] {
  return async () => ({ Component: (await load())[name] });
}

const clientLayout = () => import('./features/clients/ClientLayout');
const clientOverview = () => import('./features/clients/ClientOverview');
const portfolioPage = () => import('./features/portfolio/PortfolioPage');
const useCaseDetail = () => import('./features/portfolio/detail/UseCaseDetail');
const clientProfile = () => import('./features/clients/profile/ClientProfile');
const engagementLog = () => import('./features/clients/engagement/EngagementLog');
const reportsPage = () => import('./features/reports/ReportsPage');
const evaluationsScreen = () => import('./features/vendors/EvaluationsScreen');
const workshopsPage = () => import('./features/workshops/WorkshopsPage');
const vendorLibrary = () => import('./features/vendors/library/VendorLibraryScreen');

const router = createHashRouter([
  // Print views render slides only (no app frame); Electron's printToPDF and the browser print them.
  {
    path: '/print/report/:reportId',
    lazy: screen(() => import('./features/reports/print/PrintReport'), 'PrintReport'),
  },
  // Workshop facilitation (full screen) and its audience view (projector window) run outside the app frame.
  {
    path: '/print/workshop/:workshopId',
    lazy: screen(() => import('./features/workshops/print/PrintWorkshop'), 'PrintWorkshop'),
  },
  {
    path: '/present/workshop/:workshopId',
    lazy: screen(() => import('./features/workshops/present/AudienceScreen'), 'AudienceScreen'),
  },
  {
    path: '/clients/:clientId/workshops/:workshopId/facilitate',
    lazy: screen(() => import('./features/workshops/facilitation/FacilitationScreen'), 'FacilitationScreen'),
  },
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <HomeScreen /> },
      {
        path: 'clients/:clientId',
        lazy: screen(clientLayout, 'ClientLayout'),
        children: [
          { index: true, lazy: screen(clientOverview, 'ClientOverview') },
          { path: 'profile', lazy: screen(clientProfile, 'ClientProfile') },
          { path: 'engagement', lazy: screen(engagementLog, 'EngagementLog') },
          { path: 'reports', lazy: screen(reportsPage, 'ReportsPage') },
          {
            path: 'reports/:reportId',
            lazy: screen(() => import('./features/reports/ReportEditor'), 'ReportEditor'),
          },
          { path: 'portfolio', lazy: screen(portfolioPage, 'PortfolioPage') },
          { path: 'portfolio/:useCaseId', lazy: screen(useCaseDetail, 'UseCaseDetail') },
          { path: 'vendors', lazy: screen(evaluationsScreen, 'EvaluationsScreen') },
          {
            path: 'vendors/:evaluationId',
            lazy: screen(() => import('./features/vendors/evaluation/EvaluationScreen'), 'EvaluationScreen'),
          },
          governanceRoute,
          controlsRoute,
          { path: 'workshops', lazy: screen(workshopsPage, 'WorkshopsPage') },
          {
            path: 'workshops/:workshopId',
            lazy: screen(() => import('./features/workshops/WorkshopPage'), 'WorkshopPage'),
          },
          {
            path: 'questionnaires',
            lazy: screen(() => import('./features/questionnaires/QuestionnairesPage'), 'QuestionnairesPage'),
          },
          {
            path: 'questionnaires/:questionnaireId',
            lazy: screen(
              () => import('./features/questionnaires/QuestionnaireScreen'),
              'QuestionnaireScreen',
            ),
          },
        ],
      },
      controlLibraryRoute,
      { path: 'library', lazy: screen(vendorLibrary, 'VendorLibraryScreen') },
      {
        path: 'library/questionnaires',
        lazy: screen(
          () => import('./features/questionnaires/TemplateLibraryScreen'),
          'TemplateLibraryScreen',
        ),
      },
      {
        path: 'library/templates',
        lazy: screen(() => import('./features/vendors/library/TemplatesScreen'), 'TemplatesScreen'),
      },
      {
        path: 'library/:vendorId',
        lazy: screen(() => import('./features/vendors/library/VendorProfileScreen'), 'VendorProfileScreen'),
      },
      { path: 'backup', lazy: screen(() => import('./features/backup/BackupScreen'), 'BackupScreen') },
      {
        path: 'planning',
        lazy: screen(() => import('./features/planning/PlanningScreen'), 'PlanningScreen'),
      },
      {
        path: 'consultant',
        lazy: screen(
          () => import('./features/consultant/ConsultantProfileScreen'),
          'ConsultantProfileScreen',
        ),
      },
      { path: 'about', lazy: screen(() => import('./features/shell/AboutScreen'), 'AboutScreen') },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

/** The screens of the client navigation, fetched when the browser is idle after the first screen. */
const PREFETCH = [
  clientLayout,
  clientOverview,
  portfolioPage,
  useCaseDetail,
  clientProfile,
  engagementLog,
  reportsPage,
  evaluationsScreen,
  workshopsPage,
  vendorLibrary,
  () => import('./features/governance/GovernanceLayout'),
];

function prefetchScreens() {
  if (/^#\/(print|present)\//.test(window.location.hash) || window.location.hash.endsWith('/facilitate'))
    return;
  const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 0));
  // Not before the first screen is up: while it waits for IndexedDB the browser looks idle, and
  // fetching the other screens then would only slow the first one down.
  window.setTimeout(
    () =>
      idle(() => {
        for (const load of PREFETCH) void load().catch(() => undefined);
      }),
    3000,
  );
}

if (typeof window !== 'undefined') {
  window.addEventListener('load', prefetchScreens, { once: true });
  installPageHideFlush();
}

export function App() {
  return <RouterProvider router={router} />;
}
