import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle, IconHeartHandshake, IconInfoCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useErrorMessage } from '../../components/QueryErrorAlert';
import { ApiError } from '../../lib/api';
import { useLogin } from './auth.api';
import { noticeOfState, safeNextPath } from './next-path';

/** The reasons of a 401 from `/auth/login` that ask for the authenticator code. */
const totpReasons = new Set(['totp_required', 'totp_invalid']);

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('login.title') }));
  const location = useLocation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const notice = noticeOfState(location.state);

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [isTotpAsked, setIsTotpAsked] = useState(false);
  const login = useLogin();
  const errorMessage = useErrorMessage(login.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = totpCode.trim();
    login.mutate(
      { username: username.trim(), password, ...(isTotpAsked && code !== '' ? { totpCode: code } : {}) },
      {
        onSuccess: () => void navigate(next, { replace: true }),
        onError: (error) => {
          if (error instanceof ApiError && error.reason !== undefined && totpReasons.has(error.reason)) {
            setIsTotpAsked(true);
            setTotpCode('');
          }
        },
      },
    );
  };

  const isTotpPrompt = login.error instanceof ApiError && login.error.reason === 'totp_required';

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon size={36} radius="md" variant="light" aria-hidden>
              <IconHeartHandshake size={22} stroke={1.6} />
            </ThemeIcon>
            <Stack gap={0}>
              <Text fw={700} size="lg" lh={1.2}>
                {t('app.name')}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {t('app.subtitle')}
              </Text>
            </Stack>
          </Group>
          <LanguageSwitch />
        </Group>

        <Paper withBorder p="lg" radius="md" component="main">
          <form onSubmit={submit} noValidate aria-labelledby="login-title">
            <Stack gap="md">
              <Title order={1} size="h2" id="login-title">
                {t('login.title')}
              </Title>
              {notice === 'session_expired' && !login.isError && (
                <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} data-testid="login-notice">
                  {t('login.sessionExpired')}
                </Alert>
              )}
              {login.isError && (
                <Alert
                  color={isTotpPrompt ? 'blue' : 'red'}
                  variant="light"
                  icon={isTotpPrompt ? <IconInfoCircle aria-hidden /> : <IconAlertTriangle aria-hidden />}
                  role="alert"
                  data-testid="login-error"
                >
                  {errorMessage}
                </Alert>
              )}
              <TextInput
                label={t('login.username')}
                value={username}
                onChange={(event) => setUsername(event.currentTarget.value)}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                data-autofocus
                data-testid="login-username"
              />
              <PasswordInput
                label={t('login.password')}
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                autoComplete="current-password"
                required
                data-testid="login-password"
              />
              {isTotpAsked && (
                <TextInput
                  label={t('login.totpCode')}
                  description={t('login.totpHint')}
                  value={totpCode}
                  onChange={(event) => setTotpCode(event.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  required
                  autoFocus
                  data-testid="login-totp"
                />
              )}
              <Button
                type="submit"
                loading={login.isPending}
                disabled={username.trim() === '' || password === '' || (isTotpAsked && totpCode.length !== 6)}
                data-testid="login-submit"
              >
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
