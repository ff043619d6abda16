import type { User } from '@atensi/contracts';
import { ActionIcon, Badge, Code, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDots, IconKey, IconLock, IconLockOpen, IconPencil, IconShieldOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useRoleLabel } from '../auth/role-label';

export type UserRowAction = 'edit' | 'reset-password' | 'reset-totp' | 'disable' | 'enable';

interface UserTableProps {
  items: User[];
  isStale: boolean;
  /** The signed-in admin, who may not disable themself. */
  currentUserId: string;
  onAction: (action: UserRowAction, user: User) => void;
}

export function UserTable({ items, isStale, currentUserId, onAction }: UserTableProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const roleLabel = useRoleLabel();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        aria-label={t('users.tableLabel')}
        aria-busy={isStale}
        highlightOnHover
        verticalSpacing="xs"
        style={{ opacity: isStale ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid="user-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.fields.username')}</Table.Th>
            <Table.Th>{t('users.fields.displayName')}</Table.Th>
            <Table.Th>{t('users.fields.role')}</Table.Th>
            <Table.Th>{t('users.fields.institution')}</Table.Th>
            <Table.Th miw={110}>{t('users.fields.status')}</Table.Th>
            <Table.Th>{t('users.fields.lastLogin')}</Table.Th>
            <Table.Th w={56}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((user) => (
            <Table.Tr key={user.id} data-testid="user-row" data-username={user.username}>
              <Table.Td>
                <Code bg="transparent" fz="sm">
                  {user.username}
                </Code>
              </Table.Td>
              <Table.Td>{user.displayName}</Table.Td>
              <Table.Td>{roleLabel(user.role)}</Table.Td>
              <Table.Td>
                {user.institution ? (
                  user.institution.name
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('users.national')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={user.status === 'active' ? 'teal' : 'gray'} variant="light" data-testid="user-status">
                  {t(`users.statuses.${user.status}`)}
                </Badge>
                {user.mustChangePassword && (
                  <Badge color="orange" variant="outline" ml={4}>
                    {t('users.mustChangePassword')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text span size="sm" c={user.lastLoginAt ? undefined : 'dimmed'}>
                  {user.lastLoginAt ? formatDateTime(user.lastLoginAt, language) : t('users.neverSignedIn')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('users.actionsFor', { username: user.username })}
                      data-testid="user-actions"
                    >
                      <IconDots size={18} aria-hidden />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconPencil size={16} aria-hidden />}
                      onClick={() => onAction('edit', user)}
                      data-testid="user-action-edit"
                    >
                      {t('users.actions.edit')}
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconKey size={16} aria-hidden />}
                      onClick={() => onAction('reset-password', user)}
                      data-testid="user-action-reset-password"
                    >
                      {t('users.actions.resetPassword')}
                    </Menu.Item>
                    {user.totpEnabled && (
                      <Menu.Item
                        leftSection={<IconShieldOff size={16} aria-hidden />}
                        onClick={() => onAction('reset-totp', user)}
                        data-testid="user-action-reset-totp"
                      >
                        {t('users.actions.resetTotp')}
                      </Menu.Item>
                    )}
                    <Menu.Divider />
                    {user.status === 'active' ? (
                      <Menu.Item
                        color="red"
                        leftSection={<IconLock size={16} aria-hidden />}
                        onClick={() => onAction('disable', user)}
                        disabled={user.id === currentUserId}
                        data-testid="user-action-disable"
                      >
                        {t('users.actions.disable')}
                      </Menu.Item>
                    ) : (
                      <Menu.Item
                        leftSection={<IconLockOpen size={16} aria-hidden />}
                        onClick={() => onAction('enable', user)}
                        data-testid="user-action-enable"
                      >
                        {t('users.actions.enable')}
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
