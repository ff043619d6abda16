import { PASSWORD_MIN_LENGTH, type User } from '@atensi/contracts';
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { useResetPassword } from './users.api';

interface ResetPasswordModalProps {
  user: User | null;
  onClose: () => void;
  onDone: (user: User) => void;
}

/** Sets a temporary password; the user must replace it at their next sign-in. */
export function ResetPasswordModal({ user, onClose, onDone }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={user !== null} onClose={onClose} title={t('users.resetPassword.title')} centered>
      {user && <ResetPasswordForm user={user} onCancel={onClose} onDone={onDone} />}
    </Modal>
  );
}

function ResetPasswordForm({
  user,
  onCancel,
  onDone,
}: {
  user: User;
  onCancel: () => void;
  onDone: (user: User) => void;
}) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const [newPassword, setNewPassword] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const tooShort = newPassword.length < PASSWORD_MIN_LENGTH;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (tooShort) return;
    reset.mutate({ id: user.id, input: { newPassword } }, { onSuccess: () => onDone(user) });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="reset-password-form">
      <Stack gap="sm">
        <Text size="sm">{t('users.resetPassword.description', { username: user.username })}</Text>
        {reset.isError && !isPlacedInFields(reset.error, ['newPassword']) && <QueryErrorAlert error={reset.error} />}
        <PasswordInput
          label={t('users.resetPassword.newPassword')}
          description={t('account.password.rule', { count: PASSWORD_MIN_LENGTH })}
          value={newPassword}
          onChange={(event) => setNewPassword(event.currentTarget.value)}
          autoComplete="new-password"
          required
          data-autofocus
          error={
            (isSubmitted && tooShort ? t('account.password.tooShort', { count: PASSWORD_MIN_LENGTH }) : null) ??
            serverFieldError(reset.error, 'newPassword')
          }
          data-testid="reset-password-input"
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={reset.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={reset.isPending} data-testid="reset-password-submit">
            {t('users.resetPassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
