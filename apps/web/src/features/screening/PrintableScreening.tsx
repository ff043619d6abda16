import type { AssistDefinition, Case, Screening } from '@atensi/contracts';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconCheck, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { localized } from './assist-text';
import { ScreeningResult } from './ScreeningResult';

/**
 * A screening's result for the person's file: who, where, when and with which revision of the instrument, the
 * result, and lines to sign. The print stylesheet (app/print.css) leaves out the app around it.
 */
export function PrintableScreening({
  item,
  screening,
  definition,
  isNew = false,
}: {
  item: Case;
  screening: Screening;
  definition: AssistDefinition;
  isNew?: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Stack gap="md" data-testid="printable-screening">
      {isNew && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck aria-hidden />}
          className="atensi-no-print"
          data-testid="screening-saved"
        >
          {t('screening.print.saved', { status: t(`cases.statuses.${screening.caseStatus as Case['status']}`) })}
        </Alert>
      )}
      <Group justify="space-between" className="atensi-no-print">
        <Button
          component={Link}
          to={`/cases/${item.id}`}
          variant="light"
          rightSection={<IconArrowRight size={16} aria-hidden />}
          data-testid="screening-to-case"
        >
          {t('screening.print.toCase')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden />}
          onClick={() => window.print()}
          data-testid="screening-print"
        >
          {t('screening.print.print')}
        </Button>
      </Group>
      <Stack gap={4}>
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          {localized(definition.title, language)}
        </Text>
        <Title order={1} size="h2" data-testid="page-title">
          {item.beneficiaryName}
        </Title>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text size="sm">
            <Text span c="dimmed">
              {t('screening.print.institution')}:{' '}
            </Text>
            {item.institutionName}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              {t('screening.print.card')}:{' '}
            </Text>
            {item.report?.cardNumber ?? '—'}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              {t('screening.print.screenedAt')}:{' '}
            </Text>
            {formatDateTime(screening.screenedAt, language)}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              {t('screening.print.instrument')}:{' '}
            </Text>
            {t('screening.print.instrumentRevision', { revision: screening.instrumentRevision })}
          </Text>
        </SimpleGrid>
      </Paper>
      <ScreeningResult screening={screening} definition={definition} />
      <SimpleGrid cols={2} spacing="xl" mt="xl" className="atensi-print-only">
        <Stack gap={48}>
          <Text size="sm">{t('screening.print.worker')}</Text>
          <Text size="sm">(________________________)</Text>
        </Stack>
        <Stack gap={48}>
          <Text size="sm">{t('screening.print.person')}</Text>
          <Text size="sm">(________________________)</Text>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
