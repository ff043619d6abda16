import { AtensiComponent, type InstitutionDetail } from '@atensi/contracts';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { todayInJakarta } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useComponentLabel } from '../plans/plan-labels';
import { serviceSummaryExportUrl, useServiceSummary } from './service-delivery.api';

// The chart (recharts) is loaded only when the summary is shown.
const ServicesChart = lazy(() => import('./ServicesChart').then((module) => ({ default: module.ServicesChart })));

function monthsBefore(month: string, count: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, index - 1 - count, 1)).toISOString().slice(0, 7);
}

/**
 * An institution's services per component per month, residential occupancy and bed days, with CSV and Excel
 * export. Aggregates only: counts of 1 to 4 people are hidden from national viewers.
 */
export function InstitutionServicesTab({ institution }: { institution: InstitutionDetail }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const componentLabel = useComponentLabel();
  const thisMonth = todayInJakarta().slice(0, 7);
  const [from, setFrom] = useState(monthsBefore(thisMonth, 5));
  const [to, setTo] = useState(thisMonth);
  const summary = useServiceSummary(institution.id, from, to);
  const number = new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { style: 'percent' });
  const data = summary.data;
  const people = (value: number | null) => (value === null ? '<5' : number.format(value));

  return (
    <Stack gap="md" data-testid="institution-services">
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end">
          <TextInput
            type="month"
            label={t('services.summary.from')}
            value={from}
            max={to}
            onChange={(event) => event.currentTarget.value && setFrom(event.currentTarget.value)}
            data-testid="summary-from"
          />
          <TextInput
            type="month"
            label={t('services.summary.to')}
            value={to}
            min={from}
            max={thisMonth}
            onChange={(event) => event.currentTarget.value && setTo(event.currentTarget.value)}
            data-testid="summary-to"
          />
        </Group>
        <Group gap="sm">
          <Button
            component="a"
            href={serviceSummaryExportUrl(institution.id, from, to, 'csv')}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            data-testid="summary-export-csv"
          >
            {t('services.summary.exportCsv')}
          </Button>
          <Button
            component="a"
            href={serviceSummaryExportUrl(institution.id, from, to, 'xlsx')}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            data-testid="summary-export-xlsx"
          >
            {t('services.summary.exportXlsx')}
          </Button>
        </Group>
      </Group>
      {summary.isError && <QueryErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />}
      {summary.isPending && <LoadingState />}
      {data && (
        <>
          {data.smallCountsSuppressed && (
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} data-testid="summary-suppressed">
              {t('services.summary.suppressed')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Paper withBorder p="md" radius="md" data-testid="summary-occupancy">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('services.summary.occupancy')}
              </Text>
              <Text size="xl" fw={700}>
                {data.occupancy.capacity === null
                  ? t('services.summary.residents', { count: data.occupancy.occupied })
                  : t('services.summary.beds', {
                      occupied: data.occupancy.occupied,
                      capacity: data.occupancy.capacity,
                    })}
              </Text>
              {data.occupancy.rate !== null && (
                <Text size="sm" c={data.occupancy.rate > 1 ? 'red' : 'dimmed'}>
                  {percent.format(data.occupancy.rate)}
                </Text>
              )}
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('services.summary.sessions')}
              </Text>
              <Text size="xl" fw={700} data-testid="summary-total-sessions">
                {number.format(data.totals.reduce((sum, line) => sum + line.sessions, 0))}
              </Text>
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('services.summary.services')}
              </Text>
              <Text size="xl" fw={700} data-testid="summary-total-services">
                {number.format(data.totals.reduce((sum, line) => sum + line.services, 0))}
              </Text>
            </Paper>
          </SimpleGrid>
          {data.rows.length > 0 && (
            <Suspense fallback={<LoadingState />}>
              <ServicesChart summary={data} />
            </Suspense>
          )}
          <Stack gap={6}>
            <Title order={3} size="h5">
              {t('services.summary.byComponent')}
            </Title>
            {data.rows.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid="summary-empty">
                {t('services.summary.empty')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="xs" striped data-testid="summary-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('services.summary.month')}</Table.Th>
                      <Table.Th>{t('plans.columns.component')}</Table.Th>
                      <Table.Th ta="right">{t('services.summary.sessions')}</Table.Th>
                      <Table.Th ta="right">{t('services.summary.services')}</Table.Th>
                      <Table.Th ta="right">{t('services.summary.people')}</Table.Th>
                      <Table.Th ta="right">{t('services.summary.hours')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.rows.map((row) => (
                      <Table.Tr key={`${row.month}-${row.component}`} data-testid="summary-row">
                        <Table.Td>{row.month}</Table.Td>
                        <Table.Td>{componentLabel(row.component)}</Table.Td>
                        <Table.Td ta="right">{number.format(row.sessions)}</Table.Td>
                        <Table.Td ta="right">{number.format(row.services)}</Table.Td>
                        <Table.Td ta="right">{people(row.beneficiaries)}</Table.Td>
                        <Table.Td ta="right">{number.format(row.minutes / 60)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    {AtensiComponent.options
                      .map((component) => data.totals.find((line) => line.component === component))
                      .filter((line) => line !== undefined)
                      .map((line) => (
                        <Table.Tr key={`total-${line.component}`}>
                          <Table.Th>{t('services.summary.total')}</Table.Th>
                          <Table.Th>{componentLabel(line.component)}</Table.Th>
                          <Table.Th ta="right">{number.format(line.sessions)}</Table.Th>
                          <Table.Th ta="right">{number.format(line.services)}</Table.Th>
                          <Table.Th ta="right">{people(line.beneficiaries)}</Table.Th>
                          <Table.Th ta="right">{number.format(line.minutes / 60)}</Table.Th>
                        </Table.Tr>
                      ))}
                  </Table.Tfoot>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
          <Stack gap={6}>
            <Title order={3} size="h5">
              {t('services.summary.occupancyByMonth')}
            </Title>
            <Table verticalSpacing="xs" data-testid="summary-occupancy-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('services.summary.month')}</Table.Th>
                  <Table.Th ta="right">{t('services.summary.admissions')}</Table.Th>
                  <Table.Th ta="right">{t('services.summary.discharges')}</Table.Th>
                  <Table.Th ta="right">{t('services.summary.bedDays')}</Table.Th>
                  <Table.Th ta="right">{t('services.summary.averageOccupied')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.occupancy.byMonth.map((month) => (
                  <Table.Tr key={month.month}>
                    <Table.Td>{month.month}</Table.Td>
                    <Table.Td ta="right">{month.admissions}</Table.Td>
                    <Table.Td ta="right">{month.discharges}</Table.Td>
                    <Table.Td ta="right">{number.format(month.bedDays)}</Table.Td>
                    <Table.Td ta="right">{number.format(month.averageOccupied)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </>
      )}
    </Stack>
  );
}
