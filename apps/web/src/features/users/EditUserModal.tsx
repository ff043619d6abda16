import type { Role, User } from '@atensi/contracts';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import type { Tagged } from '../../lib/api';
import { ApiError } from '../../lib/api';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { isRole } from '../auth/role-label';
import { InstitutionSelect } from '../institutions/InstitutionSelect';
import { needsInstitution, useRoleOptions } from './role-options';
import { useUpdateUser, useUser } from './users.api';

const fields = ['displayName', 'role', 'institutionId'] as const;

interface EditUserModalProps {
  userId: string | null;
  onClose: () => void;
  onSaved: (user: User) => void;
}

/** Edits a user read fresh from the API; the save sends its `ETag` as `If-Match`, so a concurrent edit is refused. */
export function EditUserModal({ userId, onClose, onSaved }: EditUserModalProps) {
  const { t } = useTranslation();
  const user = useUser(userId);
  return (
    <Modal opened={userId !== null} onClose={onClose} title={t('users.edit.title')} size="lg" centered>
      {user.isPending && <LoadingState />}
      {user.isError && <QueryErrorAlert error={user.error} onRetry={() => void user.refetch()} />}
      {user.data && (
        // A new version (after "load the latest") starts the form again from it.
        <EditUserForm
          key={`${user.data.data.id}:${user.data.etag}`}
          tagged={user.data}
          onCancel={onClose}
          onSaved={onSaved}
          onReload={() => void user.refetch()}
          isReloading={user.isFetching}
        />
      )}
    </Modal>
  );
}

interface EditUserFormProps {
  tagged: Tagged<User>;
  onCancel: () => void;
  onSaved: (user: User) => void;
  onReload: () => void;
  isReloading: boolean;
}

function EditUserForm({ tagged, onCancel, onSaved, onReload, isReloading }: EditUserFormProps) {
  const { t } = useTranslation();
  const { data: user, etag } = tagged;
  const roleOptions = useRoleOptions();
  const update = useUpdateUser();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [role, setRole] = useState<Role>(user.role);
  const [institutionId, setInstitutionId] = useState<string | null>(user.institutionId);
  const [isSubmitted, setIsSubmitted] = useState(false);

  const withInstitution = needsInstitution(role);
  const problems = {
    displayName: displayName.trim() === '' ? t('users.fields.required') : null,
    role: null,
    institutionId: withInstitution && institutionId === null ? t('users.fields.institutionRequired') : null,
  };
  const shown = (field: (typeof fields)[number]) =>
    (isSubmitted ? problems[field] : null) ?? serverFieldError(update.error, field);
  const isConflict = update.error instanceof ApiError && update.error.code === 'conflict';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(problems).some((problem) => problem !== null)) return;
    // Without an ETag the API would refuse the update (If-Match is required); the version says the same.
    const ifMatch = etag ?? `"${user.version}"`;
    update.mutate(
      {
        id: user.id,
        etag: ifMatch,
        input: { displayName: displayName.trim(), role, institutionId: withInstitution ? institutionId : null },
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="edit-user-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('users.edit.of', { username: user.username })}
        </Text>
        {isConflict && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('users.edit.conflictTitle')}
            role="alert"
            data-testid="edit-conflict"
          >
            <Text size="sm">{update.error instanceof ApiError ? update.error.message : ''}</Text>
            <Text size="sm" mt={4}>
              {t('users.edit.conflictHint')}
            </Text>
            <Button size="xs" variant="white" color="orange" mt="sm" onClick={onReload} loading={isReloading}>
              {t('users.edit.reload')}
            </Button>
          </Alert>
        )}
        {update.isError && !isConflict && !isPlacedInFields(update.error, fields) && (
          <QueryErrorAlert error={update.error} />
        )}
        <TextInput
          label={t('users.fields.displayName')}
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          required
          error={shown('displayName')}
          data-testid="edit-display-name"
        />
        <Select
          label={t('users.fields.role')}
          data={roleOptions}
          value={role}
          onChange={(value) => {
            if (isRole(value)) setRole(value);
          }}
          allowDeselect={false}
          required
          error={shown('role')}
          comboboxProps={{ withinPortal: true }}
          data-testid="edit-role"
        />
        {withInstitution && (
          <InstitutionSelect
            label={t('users.fields.institution')}
            value={institutionId}
            onChange={setInstitutionId}
            required
            error={shown('institutionId')}
            testId="edit-institution"
          />
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={update.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} disabled={isConflict} data-testid="edit-user-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
