import { AppShell, Burger, Group, NavLink, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconArrowsExchange,
  IconBook2,
  IconBooks,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChartBar,
  IconChartPie,
  IconChecklist,
  IconClipboardCheck,
  IconClipboardList,
  IconClipboardPlus,
  IconDatabaseSearch,
  IconExternalLink,
  IconFolders,
  IconHeartHandshake,
  IconListDetails,
  IconMap2,
  IconSpeakerphone,
  IconUserCircle,
  IconUserHeart,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, Outlet, useLocation, useMatch } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { AlertCountBadge } from '../features/alerts/AlertCountBadge';
import { useCan } from '../features/auth/current-user';
import { UserMenu } from '../features/auth/UserMenu';

interface NavItemProps {
  to: string;
  label: string;
  icon: ReactNode;
  testId: string;
  onNavigate: () => void;
  rightSection?: ReactNode;
  /** Also active on these paths (the work list at `/` for the case pages below it). */
  alsoActiveOn?: string;
}

function NavItem({ to, label, icon, testId, onNavigate, rightSection, alsoActiveOn }: NavItemProps) {
  const { pathname } = useLocation();
  const matchesSection = useMatch(to === '/' ? '/' : `${to}/*`) !== null;
  const isActive = matchesSection || (alsoActiveOn !== undefined && matchPath(alsoActiveOn, pathname) !== null);
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      leftSection={icon}
      rightSection={rightSection}
      active={isActive}
      aria-current={isActive ? 'page' : undefined}
      onClick={onNavigate}
      data-testid={testId}
    />
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const [isNavbarOpen, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure(false);
  const canManageUsers = useCan('users:manage');
  const canReadAudit = useCan('audit:read');
  const canReadStaff = useCan('workforce:read');
  const canReadAlerts = useCan('alerts:read');
  const canReadBeneficiaries = useCan('beneficiaries:read');
  const canReadReports = useCan('reports:read');
  const canRecordServices = useCan('beneficiaries:write');
  const canMatchDtks = useCan('dtks:match');
  const canReadCatalogue = useCan('catalogue:read');
  const canReadActivities = useCan('activities:read');
  const canReadSurveys = useCan('surveys:read');

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !isNavbarOpen } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={isNavbarOpen}
              onClick={toggleNavbar}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNavigation')}
            />
            <ThemeIcon size={36} radius="md" variant="light" aria-hidden>
              <IconHeartHandshake size={22} stroke={1.6} />
            </ThemeIcon>
            <Stack gap={0}>
              <Text fw={700} size="lg" lh={1.2} data-testid="app-name">
                {t('app.name')}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2} visibleFrom="xs">
                {t('app.subtitle')}
              </Text>
            </Stack>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
        {canReadBeneficiaries && (
          <>
            <NavItem
              to="/"
              label={t('nav.workList')}
              icon={<IconClipboardList size={18} stroke={1.6} aria-hidden />}
              testId="nav-work-list"
              onNavigate={closeNavbar}
            />
            <NavItem
              to="/cases"
              label={t('nav.cases')}
              icon={<IconFolders size={18} stroke={1.6} aria-hidden />}
              testId="nav-cases"
              onNavigate={closeNavbar}
            />
            <NavItem
              to="/referrals"
              label={t('nav.referrals')}
              icon={<IconArrowsExchange size={18} stroke={1.6} aria-hidden />}
              testId="nav-referrals"
              onNavigate={closeNavbar}
            />
            <NavItem
              to="/beneficiaries"
              label={t('nav.beneficiaries')}
              icon={<IconUserHeart size={18} stroke={1.6} aria-hidden />}
              testId="nav-beneficiaries"
              onNavigate={closeNavbar}
            />
            {canRecordServices && (
              <NavItem
                to="/services/new"
                label={t('services.nav.entry')}
                icon={<IconClipboardPlus size={18} stroke={1.6} aria-hidden />}
                testId="nav-service-entry"
                onNavigate={closeNavbar}
              />
            )}
          </>
        )}
        {canMatchDtks && (
          <NavItem
            to="/dtks"
            label={t('dtks.nav')}
            icon={<IconDatabaseSearch size={18} stroke={1.6} aria-hidden />}
            testId="nav-dtks"
            onNavigate={closeNavbar}
          />
        )}
        <NavItem
          to="/regions"
          label={t('nav.regions')}
          icon={<IconMap2 size={18} stroke={1.6} aria-hidden />}
          testId="nav-regions"
          onNavigate={closeNavbar}
        />
        <NavItem
          to="/institutions"
          label={t('nav.institutions')}
          icon={<IconBuildingCommunity size={18} stroke={1.6} aria-hidden />}
          testId="nav-institutions"
          onNavigate={closeNavbar}
        />
        {canReadCatalogue && (
          <NavItem
            to="/service-catalogue"
            label={t('services.nav.catalogue')}
            icon={<IconBooks size={18} stroke={1.6} aria-hidden />}
            testId="nav-service-catalogue"
            onNavigate={closeNavbar}
          />
        )}
        {canReadStaff && (
          <NavItem
            to="/staff"
            label={t('nav.staff')}
            icon={<IconUsersGroup size={18} stroke={1.6} aria-hidden />}
            testId="nav-staff"
            onNavigate={closeNavbar}
          />
        )}
        {canReadAlerts && (
          <NavItem
            to="/alerts"
            label={t('nav.alerts')}
            icon={<IconAlertTriangle size={18} stroke={1.6} aria-hidden />}
            testId="nav-alerts"
            onNavigate={closeNavbar}
            rightSection={<AlertCountBadge />}
          />
        )}
        <NavItem
          to="/instruments"
          label={t('nav.instruments')}
          icon={<IconClipboardCheck size={18} stroke={1.6} aria-hidden />}
          testId="nav-instruments"
          onNavigate={closeNavbar}
        />
        {canReadReports && (
          <NavItem
            to="/reports/screenings"
            label={t('nav.screeningReport')}
            icon={<IconChartBar size={18} stroke={1.6} aria-hidden />}
            testId="nav-screening-report"
            onNavigate={closeNavbar}
          />
        )}
        {canReadActivities && (
          <>
            <NavItem
              to="/activities"
              label={t('activities.nav.activities')}
              icon={<IconCalendarEvent size={18} stroke={1.6} aria-hidden />}
              testId="nav-activities"
              onNavigate={closeNavbar}
            />
            <NavItem
              to="/follow-up"
              label={t('activities.nav.followUp')}
              icon={<IconChecklist size={18} stroke={1.6} aria-hidden />}
              testId="nav-follow-up"
              onNavigate={closeNavbar}
            />
            <NavItem
              to="/campaigns"
              label={t('activities.nav.campaigns')}
              icon={<IconSpeakerphone size={18} stroke={1.6} aria-hidden />}
              testId="nav-campaigns"
              onNavigate={closeNavbar}
            />
          </>
        )}
        {canReadSurveys && (
          <NavItem
            to="/surveys"
            label={t('activities.nav.surveys')}
            icon={<IconChartPie size={18} stroke={1.6} aria-hidden />}
            testId="nav-surveys"
            onNavigate={closeNavbar}
          />
        )}
        {canManageUsers && (
          <NavItem
            to="/admin/users"
            label={t('nav.users')}
            icon={<IconUsers size={18} stroke={1.6} aria-hidden />}
            testId="nav-users"
            onNavigate={closeNavbar}
          />
        )}
        {canReadAudit && (
          <NavItem
            to="/audit"
            label={t('nav.audit')}
            icon={<IconListDetails size={18} stroke={1.6} aria-hidden />}
            testId="nav-audit"
            onNavigate={closeNavbar}
          />
        )}
        <NavItem
          to="/account"
          label={t('nav.account')}
          icon={<IconUserCircle size={18} stroke={1.6} aria-hidden />}
          testId="nav-account"
          onNavigate={closeNavbar}
        />
        <NavLink
          component="a"
          href="/api/docs"
          target="_blank"
          rel="noopener"
          label={
            <>
              {t('nav.apiDocs')} <VisuallyHidden>{t('nav.opensInNewTab')}</VisuallyHidden>
            </>
          }
          leftSection={<IconBook2 size={18} stroke={1.6} aria-hidden />}
          rightSection={<IconExternalLink size={14} stroke={1.6} aria-hidden />}
          data-testid="nav-api-docs"
        />
      </AppShell.Navbar>

      <AppShell.Main bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
