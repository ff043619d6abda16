import type { Case } from '@atensi/contracts';
import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCurrentUser } from '../auth/current-user';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {children ?? (
          <Text span c="dimmed" size="sm">
            {t('institutions.notRecorded')}
          </Text>
        )}
      </Text>
    </Stack>
  );
}

/** Who the case is about, where, since when, with whom, and how it ended. */
export function CaseSummary({ item }: { item: Case }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const me = useCurrentUser();
  const worker =
    item.assignedWorkerId === null
      ? t('cases.unassigned')
      : item.assignedWorkerId === me.id
        ? t('cases.you')
        : (item.assignedWorkerName ?? t('cases.otherWorker'));
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <Field label={t('cases.page.beneficiary')}>
          <Anchor component={Link} to={`/beneficiaries/${item.beneficiaryId}`} size="sm" data-testid="case-beneficiary">
            {item.beneficiaryName}
          </Anchor>
        </Field>
        <Field label={t('cases.page.institution')} testId="case-institution">
          <Anchor component={Link} to={`/institutions/${item.institutionId}`} size="sm">
            {item.institutionName}
          </Anchor>
        </Field>
        <Field label={t('cases.page.intakeSource')}>{t(`cases.intakeSources.${item.intakeSource}`)}</Field>
        <Field label={t('cases.page.openedAt')}>{formatDateTime(item.openedAt, language)}</Field>
        <Field label={t('cases.page.worker')}>{worker}</Field>
        <Field label={t('cases.page.report')} testId="case-report-shown">
          {item.report
            ? `${item.report.cardNumber} · ${t('cases.page.reportBy', {
                reporter: t(`beneficiaries.reporters.${item.report.reporter}`),
                date: formatDate(item.report.reportedOn, language),
              })}`
            : null}
        </Field>
        {item.terminationReason && (
          <Field label={t('cases.page.terminated')} testId="case-termination">
            {t('cases.page.terminatedBecause', {
              reason: t(`cases.terminationReasons.${item.terminationReason}`),
              date: item.terminatedOn ? formatDate(item.terminatedOn, language) : '—',
            })}
          </Field>
        )}
        {item.previousCaseId && (
          <Field label={t('cases.page.previousCase')}>
            <Anchor component={Link} to={`/cases/${item.previousCaseId}`} size="sm">
              {t('cases.page.previousCase')}
            </Anchor>
          </Field>
        )}
      </SimpleGrid>
    </Paper>
  );
}
