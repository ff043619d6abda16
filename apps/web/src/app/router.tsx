import { createBrowserRouter, Navigate } from 'react-router';
import { AccountPage } from '../features/account/AccountPage';
import { AlertsPage } from '../features/alerts/AlertsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { LoginPage } from '../features/auth/LoginPage';
import { RequirePermission } from '../features/auth/RequirePermission';
import { RequireSession } from '../features/auth/RequireSession';
import { InstitutionPage } from '../features/institutions/InstitutionPage';
import { InstitutionsPage } from '../features/institutions/InstitutionsPage';
import { RegionDetailPage } from '../features/regions/RegionDetailPage';
import { RegionsPage } from '../features/regions/RegionsPage';
import { UsersPage } from '../features/users/UsersPage';
import { StaffDetailPage } from '../features/workforce/StaffDetailPage';
import { StaffPage } from '../features/workforce/StaffPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

export const router = createBrowserRouter([
  { path: 'login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to="/regions" replace /> },
      { path: 'regions', element: <RegionsPage /> },
      { path: 'regions/:code', element: <RegionDetailPage /> },
      { path: 'institutions', element: <InstitutionsPage /> },
      { path: 'institutions/:id', element: <InstitutionPage /> },
      {
        path: 'staff',
        element: (
          <RequirePermission permission="workforce:read">
            <StaffPage />
          </RequirePermission>
        ),
      },
      {
        path: 'staff/:id',
        element: (
          <RequirePermission permission="workforce:read">
            <StaffDetailPage />
          </RequirePermission>
        ),
      },
      {
        path: 'alerts',
        element: (
          <RequirePermission permission="alerts:read">
            <AlertsPage />
          </RequirePermission>
        ),
      },
      { path: 'account', element: <AccountPage /> },
      {
        path: 'admin/users',
        element: (
          <RequirePermission permission="users:manage">
            <UsersPage />
          </RequirePermission>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequirePermission permission="audit:read">
            <AuditPage />
          </RequirePermission>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
