import { PASSWORD_MIN_LENGTH, type Role, type User } from '@atensi/contracts';
import { Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError } from '../../lib/api';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { isRole } from '../auth/role-label';
import { InstitutionSelect } from '../institutions/InstitutionSelect';
import { needsInstitution, useRoleOptions } from './role-options';
import { useCreateUser } from './users.api';

const fields = ['username', 'displayName', 'role', 'institutionId', 'password'] as const;

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (user: User) => void;
}

export function CreateUserModal({ opened, onClose, onCreated }: CreateUserModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('users.create.title')} size="lg" centered>
      {/* Mounted only while open, so every opening starts with an empty form. */}
      {opened && <CreateUserForm onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function CreateUserForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (user: User) => void }) {
  const { t } = useTranslation();
  const roleOptions = useRoleOptions();
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);

  const withInstitution = needsInstitution(role);
  const problems = {
    username: username.trim().length < 3 ? t('users.fields.usernameRule') : null,
    displayName: displayName.trim() === '' ? t('users.fields.required') : null,
    role: role === null ? t('users.fields.required') : null,
    institutionId: withInstitution && institutionId === null ? t('users.fields.institutionRequired') : null,
    password:
      password.length < PASSWORD_MIN_LENGTH ? t('account.password.tooShort', { count: PASSWORD_MIN_LENGTH }) : null,
  };
  const shown = (field: (typeof fields)[number]) =>
    (isSubmitted ? problems[field] : null) ?? serverFieldError(create.error, field);
  // A taken username answers 409 without details: its message belongs under the username.
  const isTaken = create.error instanceof ApiError && create.error.code === 'conflict';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(problems).some((problem) => problem !== null) || role === null) return;
    create.mutate(
      {
        username: username.trim(),
        displayName: displayName.trim(),
        role,
        institutionId: withInstitution ? institutionId : null,
        password,
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="create-user-form">
      <Stack gap="sm">
        {create.isError && !isTaken && !isPlacedInFields(create.error, fields) && (
          <QueryErrorAlert error={create.error} />
        )}
        <TextInput
          label={t('users.fields.username')}
          description={t('users.fields.usernameRule')}
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          data-autofocus
          error={shown('username') ?? (isTaken && create.error instanceof ApiError ? create.error.message : null)}
          data-testid="user-username"
        />
        <TextInput
          label={t('users.fields.displayName')}
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          autoComplete="off"
          required
          error={shown('displayName')}
          data-testid="user-display-name"
        />
        <Select
          label={t('users.fields.role')}
          data={roleOptions}
          value={role}
          onChange={(value) => setRole(isRole(value) ? value : null)}
          allowDeselect={false}
          required
          error={shown('role')}
          comboboxProps={{ withinPortal: true }}
          data-testid="user-role"
        />
        {withInstitution && (
          <InstitutionSelect
            label={t('users.fields.institution')}
            value={institutionId}
            onChange={setInstitutionId}
            required
            error={shown('institutionId')}
            testId="user-institution"
          />
        )}
        <PasswordInput
          label={t('users.fields.firstPassword')}
          description={t('users.fields.firstPasswordHint', { count: PASSWORD_MIN_LENGTH })}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          autoComplete="new-password"
          required
          error={shown('password')}
          data-testid="user-password"
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="create-user-submit">
            {t('users.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
