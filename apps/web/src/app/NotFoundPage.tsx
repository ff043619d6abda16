import { Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconMapSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('notFound.title') }));
  return (
    <Stack align="flex-start" gap="md" maw={560} data-testid="not-found">
      <IconMapSearch size={48} stroke={1.5} color="var(--mantine-color-dimmed)" aria-hidden />
      <Title order={1}>{t('notFound.title')}</Title>
      <Text c="dimmed">{t('notFound.description')}</Text>
      <Button component={Link} to="/regions" variant="light">
        {t('notFound.back')}
      </Button>
    </Stack>
  );
}
