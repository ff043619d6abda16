import { PASSWORD_MIN_LENGTH } from '@atensi/contracts';
import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError } from '../../lib/api';
import { useChangePassword } from './account.api';

/** The server's messages placed under the fields they are about; whatever is left goes in an alert. */
function fieldErrors(error: unknown) {
  if (!(error instanceof ApiError)) return { current: undefined, next: undefined, isPlaced: false };
  const current = error.status === 401 ? error.message : error.messageFor('body.currentPassword');
  const next = error.messageFor('body.newPassword');
  return { current, next, isPlaced: current !== undefined || next !== undefined };
}

export function ChangePasswordForm({ isRequired }: { isRequired: boolean }) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const change = useChangePassword();

  const tooShort = newPassword.length < PASSWORD_MIN_LENGTH;
  const mismatch = confirmation !== newPassword;
  const server = fieldErrors(change.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (currentPassword === '' || tooShort || mismatch) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setConfirmation('');
          setIsSubmitted(false);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="password-title">
      <form onSubmit={submit} noValidate data-testid="change-password-form">
        <Stack gap="sm" maw={480}>
          <Title order={2} size="h3" id="password-title">
            {t('account.password.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {isRequired ? t('account.password.required') : t('account.password.description')}
          </Text>
          {change.isSuccess && (
            <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} data-testid="password-changed">
              {t('account.password.changed')}
            </Alert>
          )}
          {change.isError && !server.isPlaced && <QueryErrorAlert error={change.error} />}
          <PasswordInput
            label={t('account.password.current')}
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            autoComplete="current-password"
            required
            error={
              server.current ?? (isSubmitted && currentPassword === '' ? t('account.password.currentMissing') : null)
            }
            data-testid="current-password"
          />
          <PasswordInput
            label={t('account.password.new')}
            description={t('account.password.rule', { count: PASSWORD_MIN_LENGTH })}
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            autoComplete="new-password"
            required
            error={
              (isSubmitted && tooShort ? t('account.password.tooShort', { count: PASSWORD_MIN_LENGTH }) : null) ??
              server.next
            }
            data-testid="new-password"
          />
          <PasswordInput
            label={t('account.password.confirm')}
            value={confirmation}
            onChange={(event) => setConfirmation(event.currentTarget.value)}
            autoComplete="new-password"
            required
            error={isSubmitted && mismatch ? t('account.password.mismatch') : null}
            data-testid="confirm-password"
          />
          <Group>
            <Button type="submit" loading={change.isPending} data-testid="change-password-submit">
              {t('account.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
