import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { csrfToken } from '../../lib/api';
import { useLogout } from './auth.api';
import { useCurrentUser } from './current-user';
import { useRoleLabel } from './role-label';

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

/** The header's user menu: who is signed in, with which role and institution; the account page; sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const roleLabel = useRoleLabel();
  const logout = useLogout();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => {
        csrfToken.set(null);
        void Promise.resolve(navigate('/login', { replace: true })).then(() => queryClient.removeQueries());
      },
    });

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.label', { name: me.displayName })} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar size={32} radius="xl" color="teal" aria-hidden>
              {initialsOf(me.displayName)}
            </Avatar>
            <Stack gap={0} visibleFrom="sm">
              <Text size="sm" fw={600} lh={1.2}>
                {me.displayName}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {roleLabel(me.role)}
              </Text>
            </Stack>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" data-testid="user-menu-name">
            {me.displayName}
          </Text>
          <Text size="xs" data-testid="user-menu-role">
            {roleLabel(me.role)}
          </Text>
          {me.institution && (
            <Text size="xs" data-testid="user-menu-institution">
              {me.institution.name}
            </Text>
          )}
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={signOut}
          disabled={logout.isPending}
          data-testid="logout"
        >
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
