import type { ApiToken, CreatedApiToken } from '@atensi/contracts';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from './account.api';

const defaultExpiryDays = 90;
const maxExpiryDays = 365;

type TokenState = 'active' | 'expired' | 'revoked';

function stateOf(token: ApiToken, now: number): TokenState {
  if (token.revokedAt) return 'revoked';
  return new Date(token.expiresAt).getTime() <= now ? 'expired' : 'active';
}

const stateColors: Record<TokenState, string> = { active: 'teal', expired: 'gray', revoked: 'red' };

/** Personal API tokens: for scripts and integrations, each acting with this user's role. */
export function ApiTokensSection() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [toRevoke, setToRevoke] = useState<ApiToken | null>(null);
  const [now] = useState(() => Date.now());

  const closeRevoke = () => {
    setToRevoke(null);
    revoke.reset();
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="tokens-title" data-testid="tokens">
      <Stack gap="sm">
        <Title order={2} size="h3" id="tokens-title">
          {t('account.tokens.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('account.tokens.description')}
        </Text>

        {created && <CreatedTokenAlert token={created} onClose={() => setCreated(null)} />}
        <CreateTokenForm onCreated={setCreated} />

        {tokens.isPending && <LoadingState />}
        {tokens.isError && <QueryErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />}
        {tokens.data && tokens.data.items.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="tokens-empty">
            {t('account.tokens.empty')}
          </Text>
        )}
        {tokens.data && tokens.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label={t('account.tokens.title')} verticalSpacing="xs" data-testid="tokens-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('account.tokens.name')}</Table.Th>
                  <Table.Th>{t('account.tokens.prefix')}</Table.Th>
                  <Table.Th>{t('account.tokens.created')}</Table.Th>
                  <Table.Th>{t('account.tokens.expires')}</Table.Th>
                  <Table.Th>{t('account.tokens.lastUsed')}</Table.Th>
                  <Table.Th>{t('account.tokens.state')}</Table.Th>
                  <Table.Th w={60}>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.items.map((token) => {
                  const state = stateOf(token, now);
                  return (
                    <Table.Tr key={token.id} data-testid="token-row">
                      <Table.Td>{token.name}</Table.Td>
                      <Table.Td>
                        <Code>{token.prefix}…</Code>
                      </Table.Td>
                      <Table.Td>{formatDate(token.createdAt, language)}</Table.Td>
                      <Table.Td>{formatDate(token.expiresAt, language)}</Table.Td>
                      <Table.Td>
                        {token.lastUsedAt ? formatDateTime(token.lastUsedAt, language) : t('account.tokens.never')}
                      </Table.Td>
                      <Table.Td>
                        <Badge color={stateColors[state]} variant="light">
                          {t(`account.tokens.states.${state}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {state === 'active' && (
                          <Tooltip label={t('account.tokens.revoke')}>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              onClick={() => setToRevoke(token)}
                              aria-label={t('account.tokens.revokeNamed', { name: token.name })}
                              data-testid="token-revoke"
                            >
                              <IconTrash size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      <ConfirmModal
        opened={toRevoke !== null}
        title={t('account.tokens.revokeTitle')}
        message={t('account.tokens.revokeConfirm', { name: toRevoke?.name ?? '' })}
        confirmLabel={t('account.tokens.revoke')}
        isDangerous
        isPending={revoke.isPending}
        error={revoke.error}
        onConfirm={() => {
          if (toRevoke) revoke.mutate(toRevoke.id, { onSuccess: closeRevoke });
        }}
        onClose={closeRevoke}
      />
    </Paper>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [days, setDays] = useState<number | string>(defaultExpiryDays);

  const dayCount = typeof days === 'number' ? days : Number(days);
  const isDaysValid = Number.isInteger(dayCount) && dayCount >= 1 && dayCount <= maxExpiryDays;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === '' || !isDaysValid) return;
    create.mutate(
      { name: name.trim(), expiresInDays: dayCount },
      {
        onSuccess: (token) => {
          setName('');
          setDays(defaultExpiryDays);
          onCreated(token);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="token-create-form">
      <Stack gap="xs">
        {create.isError && <QueryErrorAlert error={create.error} />}
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('account.tokens.name')}
            placeholder={t('account.tokens.namePlaceholder')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={100}
            flex="1 1 240px"
            data-testid="token-name"
          />
          <NumberInput
            label={t('account.tokens.expiresInDays')}
            value={days}
            onChange={setDays}
            min={1}
            max={maxExpiryDays}
            allowDecimal={false}
            allowNegative={false}
            w={160}
            error={isDaysValid ? null : t('account.tokens.daysRange', { max: maxExpiryDays })}
            data-testid="token-days"
          />
          <Button
            type="submit"
            loading={create.isPending}
            disabled={name.trim() === '' || !isDaysValid}
            data-testid="token-create"
          >
            {t('account.tokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CreatedTokenAlert({ token, onClose }: { token: CreatedApiToken; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('account.tokens.createdTitle', { name: token.name })}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      data-testid="token-created"
    >
      <Stack gap="xs">
        <Text size="sm">{t('account.tokens.createdWarning')}</Text>
        <Group gap="xs" wrap="nowrap">
          <Code block fz="sm" style={{ wordBreak: 'break-all', flex: 1 }} data-testid="token-value">
            {token.token}
          </Code>
          <CopyButton value={token.token}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant={copied ? 'filled' : 'light'}
                leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                onClick={copy}
                data-testid="token-copy"
              >
                {copied ? t('account.tokens.copied') : t('account.tokens.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
