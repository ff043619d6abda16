import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/account/AccountPage';
import { AlertsPage } from '../features/alerts/AlertsPage';
import { AssessmentPage } from '../features/assessment/AssessmentPage';
import { AuditPage } from '../features/audit/AuditPage';
import { LoginPage } from '../features/auth/LoginPage';
import { RequirePermission } from '../features/auth/RequirePermission';
import { RequireSession } from '../features/auth/RequireSession';
import { BeneficiariesPage } from '../features/beneficiaries/BeneficiariesPage';
import { BeneficiaryPage } from '../features/beneficiaries/BeneficiaryPage';
import { RegisterBeneficiaryPage } from '../features/beneficiaries/RegisterBeneficiaryPage';
import { CasePage } from '../features/cases/CasePage';
import { CasesPage } from '../features/cases/CasesPage';
import { HomePage } from '../features/cases/HomePage';
import { PusdatinQueuePage } from '../features/dtks/PusdatinQueuePage';
import { InstitutionPage } from '../features/institutions/InstitutionPage';
import { InstitutionsPage } from '../features/institutions/InstitutionsPage';
import { PlanEditorPage } from '../features/plans/PlanEditorPage';
import { ReferralPage } from '../features/referrals/ReferralPage';
import { ReferralsPage } from '../features/referrals/ReferralsPage';
import { RegionDetailPage } from '../features/regions/RegionDetailPage';
import { RegionsPage } from '../features/regions/RegionsPage';
import { ScreeningReportPage } from '../features/reports/ScreeningReportPage';
import { AssistScreeningPage } from '../features/screening/AssistScreeningPage';
import { InstrumentsPage } from '../features/screening/InstrumentsPage';
import { ScreeningResultPage } from '../features/screening/ScreeningResultPage';
import { CataloguePage } from '../features/service-delivery/CataloguePage';
import { ServiceEntryPage } from '../features/service-delivery/ServiceEntryPage';
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
      // Case workers land on their work list; everyone else on the regions, as before.
      { index: true, element: <HomePage /> },
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
      {
        path: 'beneficiaries',
        element: (
          <RequirePermission permission="beneficiaries:read">
            <BeneficiariesPage />
          </RequirePermission>
        ),
      },
      {
        path: 'beneficiaries/new',
        element: (
          <RequirePermission permission="beneficiaries:write">
            <RegisterBeneficiaryPage />
          </RequirePermission>
        ),
      },
      {
        path: 'beneficiaries/:id',
        element: (
          <RequirePermission permission="beneficiaries:read">
            <BeneficiaryPage />
          </RequirePermission>
        ),
      },
      {
        path: 'cases',
        element: (
          <RequirePermission permission="beneficiaries:read">
            <CasesPage />
          </RequirePermission>
        ),
      },
      {
        path: 'referrals',
        element: (
          <RequirePermission permission="beneficiaries:read">
            <ReferralsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'referrals/:id',
        element: (
          <RequirePermission permission="beneficiaries:read">
            <ReferralPage />
          </RequirePermission>
        ),
      },
      {
        path: 'cases/:id',
        element: (
          <RequirePermission permission="beneficiaries:read">
            <CasePage />
          </RequirePermission>
        ),
      },
      {
        path: 'cases/:id/screening',
        element: (
          <RequirePermission permission="beneficiaries:write">
            <AssistScreeningPage />
          </RequirePermission>
        ),
      },
      {
        path: 'cases/:id/plan',
        element: (
          <RequirePermission permission="beneficiaries:write">
            <PlanEditorPage />
          </RequirePermission>
        ),
      },
      {
        path: 'cases/:id/screenings/:screeningId',
        element: (
          <RequirePermission permission="beneficiaries:read">
            <ScreeningResultPage />
          </RequirePermission>
        ),
      },
      {
        path: 'services/new',
        element: (
          <RequirePermission permission="beneficiaries:write">
            <ServiceEntryPage />
          </RequirePermission>
        ),
      },
      {
        path: 'cases/:id/assessment',
        element: (
          <RequirePermission permission="beneficiaries:read">
            <AssessmentPage />
          </RequirePermission>
        ),
      },
      { path: 'instruments', element: <InstrumentsPage /> },
      {
        path: 'reports/screenings',
        element: (
          <RequirePermission permission="reports:read">
            <ScreeningReportPage />
          </RequirePermission>
        ),
      },
      {
        path: 'service-catalogue',
        element: (
          <RequirePermission permission="catalogue:read">
            <CataloguePage />
          </RequirePermission>
        ),
      },
      {
        path: 'dtks',
        element: (
          <RequirePermission permission="dtks:match">
            <PusdatinQueuePage />
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
