import type { Permission } from '@atensi/contracts';
import { Alert, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from './current-user';

/** A page for holders of one permission; others see why they cannot use it (the API refuses them anyway). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  if (useCan(permission)) return children;
  return (
    <Stack maw={640} gap="md" data-testid="forbidden">
      <Title order={1}>{t('forbidden.title')}</Title>
      <Alert color="yellow" variant="light" icon={<IconLock aria-hidden />}>
        {t('forbidden.description')}
      </Alert>
    </Stack>
  );
}
