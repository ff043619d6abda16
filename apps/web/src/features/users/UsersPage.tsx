import { type User, UserStatus } from '@atensi/contracts';
import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { IconCheck, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { LoadingState } from '../../components/LoadingState';
import { PaginationBar } from '../../components/PaginationBar';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { parsePage, withParams } from '../../lib/search-params';
import { useCurrentUser } from '../auth/current-user';
import { isRole } from '../auth/role-label';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { useRoleOptions } from './role-options';
import { type UserRowAction, UserTable } from './UserTable';
import { type UserAction, userPageSize, useUserAction, useUserList } from './users.api';

const searchDebounceMs = 300;

function isUserStatus(value: unknown): value is UserStatus {
  return UserStatus.safeParse(value).success;
}

type Confirmable = Extract<UserRowAction, UserAction>;

/** User administration: find, create, edit, disable and enable users, reset their password or TOTP. */
export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('users.title') }));
  const me = useCurrentUser();
  const roleOptions = useRoleOptions();
  const [searchParams, setSearchParams] = useSearchParams();

  const q = searchParams.get('q')?.trim() ?? '';
  const roleParam = searchParams.get('role');
  const role = isRole(roleParam) ? roleParam : undefined;
  const statusParam = searchParams.get('status');
  const status = isUserStatus(statusParam) ? statusParam : undefined;
  const page = parsePage(searchParams.get('page'));
  const list = useUserList({ q: q === '' ? undefined : q, role, status }, page);

  const [input, setInput] = useState(q);
  const writeQuery = useDebouncedCallback((value: string) => {
    setSearchParams((current) => withParams(current, { q: value.trim(), page: null }), { replace: true });
  }, searchDebounceMs);

  const [notice, setNotice] = useState<string | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [confirming, setConfirming] = useState<{ action: Confirmable; user: User } | null>(null);
  const userAction = useUserAction();

  const onAction = (action: UserRowAction, user: User) => {
    setNotice(null);
    if (action === 'edit') setEditingId(user.id);
    else if (action === 'reset-password') setResetting(user);
    else setConfirming({ action, user });
  };
  const closeConfirm = () => {
    setConfirming(null);
    userAction.reset();
  };
  const confirmTexts: Record<Confirmable, { title: string; confirm: string; done: string }> = {
    disable: {
      title: t('users.disable.title'),
      confirm: t('users.actions.disable'),
      done: t('users.disable.done', { username: confirming?.user.username }),
    },
    enable: {
      title: t('users.enable.title'),
      confirm: t('users.actions.enable'),
      done: t('users.enable.done', { username: confirming?.user.username }),
    },
    'reset-totp': {
      title: t('users.resetTotp.title'),
      confirm: t('users.actions.resetTotp'),
      done: t('users.resetTotp.done', { username: confirming?.user.username }),
    },
  };
  const confirmMessages: Record<Confirmable, string> = {
    disable: t('users.disable.message', { username: confirming?.user.username }),
    enable: t('users.enable.message', { username: confirming?.user.username }),
    'reset-totp': t('users.resetTotp.message', { username: confirming?.user.username }),
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} data-testid="page-title">
            {t('users.title')}
          </Title>
          <Text c="dimmed">{t('users.description')}</Text>
        </Stack>
        <Button
          leftSection={<IconUserPlus size={18} aria-hidden />}
          onClick={() => {
            setNotice(null);
            setIsCreating(true);
          }}
          data-testid="user-create"
        >
          {t('users.create.open')}
        </Button>
      </Group>

      {notice && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck aria-hidden />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
          role="status"
          data-testid="users-notice"
        >
          {notice}
        </Alert>
      )}

      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group align="flex-start" gap="sm" wrap="wrap" role="search">
            <TextInput
              flex="1 1 280px"
              type="search"
              value={input}
              onChange={(event) => {
                setInput(event.currentTarget.value);
                writeQuery(event.currentTarget.value);
              }}
              label={t('users.search')}
              placeholder={t('users.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              autoComplete="off"
              data-testid="user-search"
            />
            <Select
              w={{ base: '100%', xs: 240 }}
              label={t('users.fields.role')}
              placeholder={t('users.allRoles')}
              data={roleOptions}
              value={role ?? null}
              onChange={(value) => setSearchParams((current) => withParams(current, { role: value, page: null }))}
              clearable
              data-testid="user-filter-role"
            />
            <Select
              w={{ base: '100%', xs: 180 }}
              label={t('users.fields.status')}
              placeholder={t('users.allStatuses')}
              data={UserStatus.options.map((value) => ({ value, label: t(`users.statuses.${value}`) }))}
              value={status ?? null}
              onChange={(value) => setSearchParams((current) => withParams(current, { status: value, page: null }))}
              clearable
              data-testid="user-filter-status"
            />
          </Group>

          {list.isPending && <LoadingState />}
          {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
          {list.data && list.data.total === 0 && (
            <Text c="dimmed" py="lg" ta="center" data-testid="user-empty">
              {t('users.empty')}
            </Text>
          )}
          {list.data && list.data.total > 0 && (
            <Stack gap="md">
              <UserTable
                items={list.data.items}
                isStale={list.isPlaceholderData}
                currentUserId={me.id}
                onAction={onAction}
              />
              <PaginationBar
                page={page}
                pageSize={userPageSize}
                total={list.data.total}
                onChange={(next) => setSearchParams((current) => withParams(current, { page: String(next) }))}
              />
            </Stack>
          )}
        </Stack>
      </Paper>

      <CreateUserModal
        opened={isCreating}
        onClose={() => setIsCreating(false)}
        onCreated={(user) => {
          setIsCreating(false);
          setNotice(t('users.create.done', { username: user.username }));
        }}
      />
      <EditUserModal
        userId={editingId}
        onClose={() => setEditingId(null)}
        onSaved={(user) => {
          setEditingId(null);
          setNotice(t('users.edit.done', { username: user.username }));
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(user) => {
          setResetting(null);
          setNotice(t('users.resetPassword.done', { username: user.username }));
        }}
      />
      <ConfirmModal
        opened={confirming !== null}
        title={confirming ? confirmTexts[confirming.action].title : ''}
        message={confirming ? confirmMessages[confirming.action] : ''}
        confirmLabel={confirming ? confirmTexts[confirming.action].confirm : ''}
        isDangerous={confirming?.action !== 'enable'}
        isPending={userAction.isPending}
        error={userAction.error}
        onConfirm={() => {
          if (!confirming) return;
          const done = confirmTexts[confirming.action].done;
          userAction.mutate(
            { id: confirming.user.id, action: confirming.action },
            {
              onSuccess: () => {
                closeConfirm();
                setNotice(done);
              },
            },
          );
        }}
        onClose={closeConfirm}
      />
    </Stack>
  );
}
