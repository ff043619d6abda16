import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoadingState } from '../components/LoadingState';
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

// The Directorate's pages load their code only when opened (the chart pages bring recharts and @mantine/charts):
// the sign-in page and the case workers' pages stay as small as they were.
const ActivitiesPage = lazy(() =>
  import('../features/activities/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })),
);
const ActivityPage = lazy(() =>
  import('../features/activities/ActivityPage').then((m) => ({ default: m.ActivityPage })),
);
const ChecklistPage = lazy(() =>
  import('../features/activities/ChecklistPage').then((m) => ({ default: m.ChecklistPage })),
);
const FollowUpPage = lazy(() =>
  import('../features/activities/FollowUpPage').then((m) => ({ default: m.FollowUpPage })),
);
const SurveysPage = lazy(() => import('../features/surveys/SurveysPage').then((m) => ({ default: m.SurveysPage })));
const ReportPage = lazy(() => import('../features/activities/ReportPage').then((m) => ({ default: m.ReportPage })));
const CampaignsPage = lazy(() =>
  import('../features/campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })),
);
const SurveyPage = lazy(() => import('../features/surveys/SurveyPage').then((m) => ({ default: m.SurveyPage })));
const withSuspense = (page: React.ReactNode) => <Suspense fallback={<LoadingState />}>{page}</Suspense>;

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
      {
        path: 'activities',
        element: <RequirePermission permission="activities:read">{withSuspense(<ActivitiesPage />)}</RequirePermission>,
      },
      {
        path: 'activities/report',
        element: <RequirePermission permission="activities:read">{withSuspense(<ReportPage />)}</RequirePermission>,
      },
      {
        path: 'activities/:id',
        element: <RequirePermission permission="activities:read">{withSuspense(<ActivityPage />)}</RequirePermission>,
      },
      {
        path: 'follow-up',
        element: <RequirePermission permission="activities:read">{withSuspense(<FollowUpPage />)}</RequirePermission>,
      },
      {
        path: 'supervision/checklist',
        element: <RequirePermission permission="activities:read">{withSuspense(<ChecklistPage />)}</RequirePermission>,
      },
      {
        path: 'campaigns',
        element: <RequirePermission permission="activities:read">{withSuspense(<CampaignsPage />)}</RequirePermission>,
      },
      {
        path: 'surveys',
        element: <RequirePermission permission="surveys:read">{withSuspense(<SurveysPage />)}</RequirePermission>,
      },
      {
        path: 'surveys/:id',
        element: <RequirePermission permission="surveys:read">{withSuspense(<SurveyPage />)}</RequirePermission>,
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
