import { Alert, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/current-user';
import { useRoleLabel } from '../auth/role-label';
import { ApiTokensSection } from './ApiTokensSection';
import { ChangePasswordForm } from './ChangePasswordForm';
import { TotpSection } from './TotpSection';

/** "My account": who I am, my password, my authenticator app and my personal API tokens. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('account.title') }));
  const me = useCurrentUser();
  const roleLabel = useRoleLabel();

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1} data-testid="page-title">
        {t('account.title')}
      </Title>

      {me.pendingActions.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('account.pending.title')}
          role="alert"
          data-testid="pending-actions"
        >
          <Text size="sm">{t('account.pending.description')}</Text>
          <List size="sm" mt="xs">
            {me.pendingActions.map((action) => (
              <List.Item key={action} data-testid={`pending-${action}`}>
                {t(`account.pending.${action}`)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="profile-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="profile-title">
            {t('account.profile.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="profile">
            <Field label={t('account.profile.displayName')} value={me.displayName} />
            <Field label={t('account.profile.username')} value={me.username} />
            <Field label={t('account.profile.role')} value={roleLabel(me.role)} />
            <Field
              label={t('account.profile.institution')}
              value={me.institution ? `${me.institution.name} (${me.institution.code})` : t('account.profile.national')}
            />
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {t('account.profile.totp')}
              </Text>
              <Group>
                <Badge color={me.totpEnabled ? 'teal' : 'gray'} variant="light">
                  {me.totpEnabled ? t('account.totp.on') : t('account.totp.off')}
                </Badge>
              </Group>
            </Stack>
          </SimpleGrid>
        </Stack>
      </Paper>

      <ChangePasswordForm isRequired={me.pendingActions.includes('change_password')} />
      <TotpSection isEnabled={me.totpEnabled} isRequired={me.pendingActions.includes('enrol_totp')} />
      {/* The API refuses everything else, tokens included, until the pending actions are done. */}
      {me.pendingActions.length === 0 && <ApiTokensSection />}
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </Stack>
  );
}
