import {
  Alert,
  Badge,
  Box,
  Button,
  Code,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { QRCodeSVG } from 'qrcode.react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError } from '../../lib/api';
import { useDisableTotp, useEnableTotp, useTotpSetup } from './account.api';

/** Two-step verification with an authenticator app: set up (QR code, then a first code), or switch off. */
export function TotpSection({ isEnabled, isRequired }: { isEnabled: boolean; isRequired: boolean }) {
  const { t } = useTranslation();
  const [justChanged, setJustChanged] = useState<'enabled' | 'disabled' | null>(null);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="totp-title" data-testid="totp-section">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={2} size="h3" id="totp-title">
            {t('account.totp.title')}
          </Title>
          <Badge color={isEnabled ? 'teal' : 'gray'} variant="light" data-testid="totp-status">
            {isEnabled ? t('account.totp.on') : t('account.totp.off')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {isRequired ? t('account.totp.required') : t('account.totp.description')}
        </Text>
        {justChanged && (
          <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} data-testid="totp-changed">
            {justChanged === 'enabled' ? t('account.totp.enabled') : t('account.totp.disabled')}
          </Alert>
        )}
        {isEnabled ? (
          <DisableTotp onDone={() => setJustChanged('disabled')} />
        ) : (
          <SetUpTotp onDone={() => setJustChanged('enabled')} />
        )}
      </Stack>
    </Paper>
  );
}

function SetUpTotp({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const setup = useTotpSetup();
  const enable = useEnableTotp();
  const [code, setCode] = useState('');

  if (!setup.data) {
    return (
      <Stack gap="sm" align="flex-start">
        {setup.isError && <QueryErrorAlert error={setup.error} />}
        <Button onClick={() => setup.mutate()} loading={setup.isPending} data-testid="totp-setup">
          {t('account.totp.setUp')}
        </Button>
      </Stack>
    );
  }

  const codeError = enable.error instanceof ApiError && enable.error.status === 422 ? enable.error : undefined;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) return;
    enable.mutate({ code }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={520}>
        <Text size="sm">{t('account.totp.scan')}</Text>
        <Box p="sm" bg="white" w="fit-content" style={{ border: '1px solid var(--mantine-color-gray-3)' }}>
          <QRCodeSVG
            value={setup.data.otpauthUri}
            size={184}
            marginSize={2}
            title={t('account.totp.qrTitle')}
            data-testid="totp-qr"
          />
        </Box>
        <Text size="sm">
          {t('account.totp.secret')}{' '}
          <Code fz="sm" data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
            {setup.data.secret}
          </Code>
        </Text>
        {enable.isError && !codeError && <QueryErrorAlert error={enable.error} />}
        <TextInput
          label={t('account.totp.code')}
          description={t('account.totp.codeHint')}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          w={200}
          error={codeError ? (codeError.messageFor('body.code') ?? codeError.message) : null}
          data-testid="totp-code"
        />
        <Group>
          <Button type="submit" disabled={code.length !== 6} loading={enable.isPending} data-testid="totp-enable">
            {t('account.totp.enable')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DisableTotp({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const disable = useDisableTotp();
  const [isAsking, setIsAsking] = useState(false);
  const [password, setPassword] = useState('');

  if (!isAsking) {
    return (
      <Group>
        <Button variant="default" color="red" onClick={() => setIsAsking(true)} data-testid="totp-disable-start">
          {t('account.totp.disable')}
        </Button>
      </Group>
    );
  }

  // A wrong password: 401, or 422 naming the field.
  const passwordError =
    disable.error instanceof ApiError && (disable.error.status === 401 || disable.error.messageFor('body.password'))
      ? (disable.error.messageFor('body.password') ?? disable.error.message)
      : undefined;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (password === '') return;
    disable.mutate(
      { password },
      {
        onSuccess: () => {
          setPassword('');
          setIsAsking(false);
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={480}>
        <Text size="sm">{t('account.totp.disableConfirm')}</Text>
        {disable.isError && !passwordError && <QueryErrorAlert error={disable.error} />}
        <PasswordInput
          label={t('account.totp.password')}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          autoComplete="current-password"
          error={passwordError ?? null}
          data-testid="totp-disable-password"
        />
        <Group gap="sm">
          <Button variant="default" onClick={() => setIsAsking(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" disabled={password === ''} loading={disable.isPending}>
            {t('account.totp.disable')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
