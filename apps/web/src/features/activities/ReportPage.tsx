import { ReportDimension } from '@atensi/contracts';
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Checkbox, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { buildUrl } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { withParams } from '../../lib/search-params';
import { useActivityReport } from './activities.api';
import { formatRupiah } from './activity-labels';

/** Activities by kind, month, organiser and region: a table, a chart of activities per kind, the Excel export. */
export function ReportPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  useDocumentTitle(t('app.documentTitle', { page: t('activities.report.title') }));
  const [searchParams, setSearchParams] = useSearchParams();
  const by = (searchParams.get('by') ?? 'kind,month')
    .split(',')
    .filter((value) => ReportDimension.safeParse(value).success);
  const year = String(new Date().getFullYear());
  const from = searchParams.get('from') ?? `${year}-01-01`;
  const to = searchParams.get('to') ?? `${year}-12-31`;
  const query = { by: by.join(',') || 'kind', from, to };
  const report = useActivityReport(query);
  const byKind = useActivityReport({ by: 'kind', from, to });
  const toggle = (dimension: string, checked: boolean) => {
    const next = checked ? [...by, dimension] : by.filter((value) => value !== dimension);
    setSearchParams((current) => withParams(current, { by: next.length > 0 ? next.join(',') : 'kind' }));
  };
  return (
    <Stack gap="lg" maw={1400}>
      <Stack gap={4}>
        <Title order={1} data-testid="page-title">
          {t('activities.report.title')}
        </Title>
        <Text c="dimmed">{t('activities.report.description')}</Text>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group gap="lg" align="flex-end" wrap="wrap">
            <Checkbox.Group label={t('activities.report.dimensions')} value={by}>
              <Group gap="md" mt={4}>
                {ReportDimension.options.map((dimension) => (
                  <Checkbox
                    key={dimension}
                    value={dimension}
                    label={t(`activities.report.by.${dimension}`)}
                    onChange={(event) => toggle(dimension, event.currentTarget.checked)}
                    data-testid={`report-by-${dimension}`}
                  />
                ))}
              </Group>
            </Checkbox.Group>
            <TextInput
              w={160}
              type="date"
              label={t('activities.filters.from')}
              value={from}
              onChange={(e) => setSearchParams((c) => withParams(c, { from: e.currentTarget.value }))}
            />
            <TextInput
              w={160}
              type="date"
              label={t('activities.filters.to')}
              value={to}
              onChange={(e) => setSearchParams((c) => withParams(c, { to: e.currentTarget.value }))}
            />
            <Anchor
              href={buildUrl('/api/v1', '/activities/report/export', { ...query, format: 'xlsx' })}
              size="sm"
              data-testid="report-export"
            >
              <Group gap={4}>
                <IconFileSpreadsheet size={16} aria-hidden />
                {t('activities.export.xlsx')}
              </Group>
            </Anchor>
          </Group>
          {byKind.data && (
            <BarChart
              h={240}
              data={byKind.data.rows.map((row) => ({
                kind: t(`activities.kinds.${row.kind ?? 'rakor_teknis'}`),
                held: row.held,
                planned: row.activities - row.held,
              }))}
              dataKey="kind"
              type="stacked"
              series={[
                { name: 'held', label: t('activities.statuses.held'), color: 'teal.6' },
                { name: 'planned', label: t('activities.report.notYetHeld'), color: 'yellow.5' },
              ]}
              withLegend
            />
          )}
          {report.isPending && <LoadingState />}
          {report.isError && <QueryErrorAlert error={report.error} />}
          {report.data && (
            <Table.ScrollContainer minWidth={800}>
              <Table striped data-testid="report-table">
                <Table.Thead>
                  <Table.Tr>
                    {by.includes('kind') && <Table.Th>{t('activities.report.by.kind')}</Table.Th>}
                    {by.includes('month') && <Table.Th>{t('activities.report.by.month')}</Table.Th>}
                    {by.includes('organiser') && <Table.Th>{t('activities.report.by.organiser')}</Table.Th>}
                    {by.includes('region') && <Table.Th>{t('activities.report.by.region')}</Table.Th>}
                    <Table.Th ta="right">{t('activities.report.activities')}</Table.Th>
                    <Table.Th ta="right">{t('activities.statuses.held')}</Table.Th>
                    <Table.Th ta="right">{t('activities.fields.participants')}</Table.Th>
                    <Table.Th ta="right">{t('activities.fields.budget')}</Table.Th>
                    <Table.Th ta="right">{t('activities.fields.realisedCost')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.data.rows.map((row) => (
                    <Table.Tr
                      key={`${row.kind}-${row.month}-${row.organiserInstitutionId}-${row.provinceCode}`}
                      data-testid="report-row"
                    >
                      {by.includes('kind') && <Table.Td>{row.kind ? t(`activities.kinds.${row.kind}`) : '–'}</Table.Td>}
                      {by.includes('month') && <Table.Td>{row.month}</Table.Td>}
                      {by.includes('organiser') && <Table.Td>{row.organiserName}</Table.Td>}
                      {by.includes('region') && <Table.Td>{row.provinceName}</Table.Td>}
                      <Table.Td ta="right">{row.activities}</Table.Td>
                      <Table.Td ta="right">{row.held}</Table.Td>
                      <Table.Td ta="right">{row.participants}</Table.Td>
                      <Table.Td ta="right">{formatRupiah(row.budgetIdr, language)}</Table.Td>
                      <Table.Td ta="right">{formatRupiah(row.realisedCostIdr, language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th colSpan={by.length}>{t('activities.report.total')}</Table.Th>
                    <Table.Th ta="right">{report.data.totals.activities}</Table.Th>
                    <Table.Th ta="right">{report.data.totals.held}</Table.Th>
                    <Table.Th ta="right">{report.data.totals.participants}</Table.Th>
                    <Table.Th ta="right">{formatRupiah(report.data.totals.budgetIdr, language)}</Table.Th>
                    <Table.Th ta="right">{formatRupiah(report.data.totals.realisedCostIdr, language)}</Table.Th>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
