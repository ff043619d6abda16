import type { Permission } from '@atensi/contracts';
import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoadingState } from '../components/LoadingState';
import { LoginPage } from '../features/auth/LoginPage';
import { RequirePermission } from '../features/auth/RequirePermission';
import { RequireSession } from '../features/auth/RequireSession';
import { HomePage } from '../features/cases/HomePage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

/** A page whose code loads when it is first opened (its own chunk): only the sign-in page and the work list load
 * with the app, so the first load on a slow connection stays small (issue 9). */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const AccountPage = page(() => import('../features/account/AccountPage'), 'AccountPage');
const AlertsPage = page(() => import('../features/alerts/AlertsPage'), 'AlertsPage');
const AssessmentPage = page(() => import('../features/assessment/AssessmentPage'), 'AssessmentPage');
const AuditPage = page(() => import('../features/audit/AuditPage'), 'AuditPage');
const BeneficiariesPage = page(() => import('../features/beneficiaries/BeneficiariesPage'), 'BeneficiariesPage');
const BeneficiaryPage = page(() => import('../features/beneficiaries/BeneficiaryPage'), 'BeneficiaryPage');
const RegisterBeneficiaryPage = page(
  () => import('../features/beneficiaries/RegisterBeneficiaryPage'),
  'RegisterBeneficiaryPage',
);
const CasePage = page(() => import('../features/cases/CasePage'), 'CasePage');
const CasesPage = page(() => import('../features/cases/CasesPage'), 'CasesPage');
const PusdatinQueuePage = page(() => import('../features/dtks/PusdatinQueuePage'), 'PusdatinQueuePage');
const InstitutionPage = page(() => import('../features/institutions/InstitutionPage'), 'InstitutionPage');
const InstitutionsPage = page(() => import('../features/institutions/InstitutionsPage'), 'InstitutionsPage');
const PlanEditorPage = page(() => import('../features/plans/PlanEditorPage'), 'PlanEditorPage');
const ReferralPage = page(() => import('../features/referrals/ReferralPage'), 'ReferralPage');
const ReferralsPage = page(() => import('../features/referrals/ReferralsPage'), 'ReferralsPage');
const RegionDetailPage = page(() => import('../features/regions/RegionDetailPage'), 'RegionDetailPage');
const RegionsPage = page(() => import('../features/regions/RegionsPage'), 'RegionsPage');
const ScreeningReportPage = page(() => import('../features/reports/ScreeningReportPage'), 'ScreeningReportPage');
const AssistScreeningPage = page(() => import('../features/screening/AssistScreeningPage'), 'AssistScreeningPage');
const InstrumentsPage = page(() => import('../features/screening/InstrumentsPage'), 'InstrumentsPage');
const ScreeningResultPage = page(() => import('../features/screening/ScreeningResultPage'), 'ScreeningResultPage');
const CataloguePage = page(() => import('../features/service-delivery/CataloguePage'), 'CataloguePage');
const ServiceEntryPage = page(() => import('../features/service-delivery/ServiceEntryPage'), 'ServiceEntryPage');
const UsersPage = page(() => import('../features/users/UsersPage'), 'UsersPage');
const StaffDetailPage = page(() => import('../features/workforce/StaffDetailPage'), 'StaffDetailPage');
const StaffPage = page(() => import('../features/workforce/StaffPage'), 'StaffPage');
const ActivitiesPage = page(() => import('../features/activities/ActivitiesPage'), 'ActivitiesPage');
const ActivityPage = page(() => import('../features/activities/ActivityPage'), 'ActivityPage');
const ChecklistPage = page(() => import('../features/activities/ChecklistPage'), 'ChecklistPage');
const FollowUpPage = page(() => import('../features/activities/FollowUpPage'), 'FollowUpPage');
const SurveysPage = page(() => import('../features/surveys/SurveysPage'), 'SurveysPage');
const ReportPage = page(() => import('../features/activities/ReportPage'), 'ReportPage');
const CampaignsPage = page(() => import('../features/campaigns/CampaignsPage'), 'CampaignsPage');
const SurveyPage = page(() => import('../features/surveys/SurveyPage'), 'SurveyPage');

const withSuspense = (element: React.ReactNode) => <Suspense fallback={<LoadingState />}>{element}</Suspense>;

/** The signed-in pages: path, page, and the permission it needs (none: every signed-in user). */
const PAGES: [path: string, Page: ComponentType, permission?: Permission][] = [
  ['regions', RegionsPage],
  ['regions/:code', RegionDetailPage],
  ['institutions', InstitutionsPage],
  ['institutions/:id', InstitutionPage],
  ['staff', StaffPage, 'workforce:read'],
  ['staff/:id', StaffDetailPage, 'workforce:read'],
  ['alerts', AlertsPage, 'alerts:read'],
  ['beneficiaries', BeneficiariesPage, 'beneficiaries:read'],
  ['beneficiaries/new', RegisterBeneficiaryPage, 'beneficiaries:write'],
  ['beneficiaries/:id', BeneficiaryPage, 'beneficiaries:read'],
  ['cases', CasesPage, 'beneficiaries:read'],
  ['referrals', ReferralsPage, 'beneficiaries:read'],
  ['referrals/:id', ReferralPage, 'beneficiaries:read'],
  ['cases/:id', CasePage, 'beneficiaries:read'],
  ['cases/:id/screening', AssistScreeningPage, 'beneficiaries:write'],
  ['cases/:id/plan', PlanEditorPage, 'beneficiaries:write'],
  ['cases/:id/screenings/:screeningId', ScreeningResultPage, 'beneficiaries:read'],
  ['services/new', ServiceEntryPage, 'beneficiaries:write'],
  ['cases/:id/assessment', AssessmentPage, 'beneficiaries:read'],
  ['instruments', InstrumentsPage],
  ['reports/screenings', ScreeningReportPage, 'reports:read'],
  ['service-catalogue', CataloguePage, 'catalogue:read'],
  ['dtks', PusdatinQueuePage, 'dtks:match'],
  ['activities', ActivitiesPage, 'activities:read'],
  ['activities/report', ReportPage, 'activities:read'],
  ['activities/:id', ActivityPage, 'activities:read'],
  ['follow-up', FollowUpPage, 'activities:read'],
  ['supervision/checklist', ChecklistPage, 'activities:read'],
  ['campaigns', CampaignsPage, 'activities:read'],
  ['surveys', SurveysPage, 'surveys:read'],
  ['surveys/:id', SurveyPage, 'surveys:read'],
  ['account', AccountPage],
  ['admin/users', UsersPage, 'users:manage'],
  ['audit', AuditPage, 'audit:read'],
];

const pageRoute = ([path, Page, permission]: (typeof PAGES)[number]): RouteObject => ({
  path,
  element: withSuspense(
    permission ? (
      <RequirePermission permission={permission}>
        <Page />
      </RequirePermission>
    ) : (
      <Page />
    ),
  ),
});

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
      ...PAGES.map(pageRoute),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
