import {
  AppShell,
  Burger,
  Group,
  NavLink,
  SegmentedControl,
  Stack,
  Text,
  ThemeIcon,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBook2, IconExternalLink, IconHeartHandshake, IconMap2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatch } from 'react-router';
import { isLanguage, languages } from '../lib/i18n/i18n';
import { useLanguage } from '../lib/i18n/use-language';

export function AppLayout() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  const [isNavbarOpen, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure(false);
  const isOnRegions = useMatch('/regions/*') !== null;

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
          <SegmentedControl
            size="xs"
            value={language}
            onChange={(value) => {
              if (isLanguage(value)) setLanguage(value);
            }}
            data={languages.map((value) => ({ value, label: t(`language.${value}`) }))}
            aria-label={t('language.label')}
            data-testid="language-switch"
          />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
        <NavLink
          component={Link}
          to="/regions"
          label={t('nav.regions')}
          leftSection={<IconMap2 size={18} stroke={1.6} aria-hidden />}
          active={isOnRegions}
          aria-current={isOnRegions ? 'page' : undefined}
          onClick={closeNavbar}
          data-testid="nav-regions"
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
