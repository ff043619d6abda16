import {
  ASSIST_SUBSTANCES,
  type AssistSubstance,
  ScreeningReportDimension,
  type ScreeningReportRow,
} from '@atensi/contracts';
import { Alert, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useLanguage } from '../../lib/i18n/use-language';
import { withParams } from '../../lib/search-params';
import { localized } from '../screening/assist-text';
import { useInstrument } from '../screening/screening.api';
import { useScreeningReport } from './reports.api';

const ScreeningReportChart = lazy(() => import('./ScreeningReportChart'));

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function thisMonth(offset = 0): string {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return date.toISOString().slice(0, 7);
}

/** Screenings by routing risk per month, institution, province or substance group: aggregates only. */
export function ScreeningReportPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  useDocumentTitle(t('app.documentTitle', { page: t('reports.screenings.title') }));
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? thisMonth(-11);
  const to = params.get('to') ?? thisMonth();
  const parsedBy = ScreeningReportDimension.safeParse(params.get('by'));
  const by = parsedBy.success ? parsedBy.data : 'month';
  const isValid = MONTH.test(from) && MONTH.test(to) && from <= to;
  const report = useScreeningReport({ from, to, by }, isValid);
  const assist = useInstrument('assist-3.0');
  const set = (values: Record<string, string | null>) =>
    setParams((current) => withParams(current, values), { replace: true });

  const labelOf = (row: ScreeningReportRow) => {
    if (by === 'substance' && (ASSIST_SUBSTANCES as readonly string[]).includes(row.key)) {
      const entry = assist.data?.definition.substances.find((item) => item.key === (row.key as AssistSubstance));
      return entry ? localized(entry.label, language) : row.label;
    }
    return row.label;
  };
  const count = (value: number | null) =>
    value === null ? (
      <Text span c="dimmed" title={t('reports.suppressedHint', { below: report.data?.suppressBelow ?? 5 })}>
        {t('reports.suppressed', { below: report.data?.suppressBelow ?? 5 })}
      </Text>
    ) : (
      value.toLocaleString(language === 'id' ? 'id-ID' : 'en-GB')
    );

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1} data-testid="page-title">
          {t('reports.screenings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reports.screenings.description')}
        </Text>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end" gap="md">
          <TextInput
            type="month"
            label={t('reports.from')}
            value={from}
            onChange={(event) => set({ from: event.currentTarget.value || null })}
            error={MONTH.test(from) ? undefined : t('reports.monthFormat')}
            data-testid="report-from"
          />
          <TextInput
            type="month"
            label={t('reports.to')}
            value={to}
            onChange={(event) => set({ to: event.currentTarget.value || null })}
            error={
              isValid || !MONTH.test(to) ? (MONTH.test(to) ? undefined : t('reports.monthFormat')) : t('reports.order')
            }
            data-testid="report-to"
          />
          <Select
            label={t('reports.by')}
            value={by}
            allowDeselect={false}
            data={ScreeningReportDimension.options.map((value) => ({ value, label: t(`reports.dimensions.${value}`) }))}
            onChange={(value) => set({ by: value })}
            data-testid="report-by"
          />
        </Group>
      </Paper>
      <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
        {t(by === 'substance' ? 'reports.screenings.bySubstance' : 'reports.screenings.byRouting')}{' '}
        {t('reports.suppressedHint', { below: report.data?.suppressBelow ?? 5 })}
      </Alert>
      {report.isPending && isValid && <LoadingState />}
      {report.isError && <QueryErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        <Stack gap="md">
          {report.data.rows.length > 0 && (
            <Paper withBorder p="md" radius="md">
              <Suspense fallback={<LoadingState />}>
                <ScreeningReportChart rows={report.data.rows.map((row) => ({ ...row, label: labelOf(row) }))} />
              </Suspense>
            </Paper>
          )}
          <Table.ScrollContainer minWidth={720}>
            <Table striped withTableBorder verticalSpacing="xs" data-testid="screening-report">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t(`reports.dimensions.${by}`)}</Table.Th>
                  <Table.Th ta="right">{t('reports.columns.screenings')}</Table.Th>
                  <Table.Th ta="right">{t('screening.risks.low')}</Table.Th>
                  <Table.Th ta="right">{t('screening.risks.moderate')}</Table.Th>
                  <Table.Th ta="right">{t('screening.risks.high')}</Table.Th>
                  <Table.Th ta="right">{t('reports.columns.injecting')}</Table.Th>
                  <Table.Th ta="right">{t('reports.columns.furtherAssessment')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.data.rows.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={7}>
                      <Text size="sm" c="dimmed">
                        {t('reports.empty')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {[...report.data.rows, report.data.total].map((row) => (
                  <Table.Tr
                    key={row.key}
                    fw={row.key === 'total' ? 700 : undefined}
                    data-testid="report-row"
                    data-key={row.key}
                  >
                    <Table.Td>{row.key === 'total' ? t('reports.total') : labelOf(row)}</Table.Td>
                    <Table.Td ta="right">{count(row.screenings)}</Table.Td>
                    <Table.Td ta="right">{count(row.low)}</Table.Td>
                    <Table.Td ta="right">{count(row.moderate)}</Table.Td>
                    <Table.Td ta="right">{count(row.high)}</Table.Td>
                    <Table.Td ta="right">{count(row.injecting)}</Table.Td>
                    <Table.Td ta="right">{count(row.furtherAssessment)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Stack>
  );
}
