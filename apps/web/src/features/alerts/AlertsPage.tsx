import { type Alert as AlertItem, AlertKind } from '@atensi/contracts';
import { Alert, Anchor, Badge, Button, Chip, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCheck, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { buildUrl } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { withParams } from '../../lib/search-params';
import { useCan } from '../auth/current-user';
import { useAlerts, useRunAlerts } from './alerts.api';

const kindColors: Record<AlertKind, string> = {
  institution_certification_expiring: 'yellow',
  institution_certification_expired: 'red',
  staff_certification_expiring: 'yellow',
  staff_certification_expired: 'red',
  no_certified_social_worker: 'orange',
  no_certified_counsellor: 'orange',
};

const all = 'all';

function isAlertKind(value: unknown): value is AlertKind {
  return AlertKind.safeParse(value).success;
}

/** Where an alert leads: the person for a staff certificate, otherwise the institution's tab concerned. */
function linkOf(alert: AlertItem): string {
  if (alert.staffId) return `/staff/${alert.staffId}`;
  if (alert.kind === 'staff_certification_expiring' || alert.kind === 'staff_certification_expired') {
    return buildUrl('', '/staff', { institutionId: alert.institutionId, q: alert.subjectLabel });
  }
  const tab = alert.kind.startsWith('no_certified') ? 'staff' : 'certification';
  return `/institutions/${alert.institutionId}?tab=${tab}`;
}

/** Open certification and staffing alerts, filtered by kind; national roles can recompute them now. */
export function AlertsPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  useDocumentTitle(t('app.documentTitle', { page: t('alerts.title') }));
  const canRun = useCan('certification:manage');
  const [searchParams, setSearchParams] = useSearchParams();
  const kindParam = searchParams.get('kind');
  const kind = isAlertKind(kindParam) ? kindParam : undefined;
  // One request for every kind: the counts per kind come from it, the filter is applied on screen.
  const alerts = useAlerts({});
  const run = useRunAlerts();
  const items = alerts.data?.items ?? [];
  const shown = kind ? items.filter((alert) => alert.kind === kind) : items;
  const countOf = (value: AlertKind) => items.filter((alert) => alert.kind === value).length;

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} data-testid="page-title">
            {t('alerts.title')}
          </Title>
          <Text c="dimmed">{t('alerts.description')}</Text>
        </Stack>
        {canRun && (
          <Button
            leftSection={<IconRefresh size={18} aria-hidden />}
            onClick={() => run.mutate()}
            loading={run.isPending}
            data-testid="alerts-run"
          >
            {t('alerts.run')}
          </Button>
        )}
      </Group>

      {run.isError && <QueryErrorAlert error={run.error} />}
      {run.data && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck aria-hidden />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => run.reset()}
          role="status"
          data-testid="alerts-run-result"
        >
          {t('alerts.runResult', run.data)}
        </Alert>
      )}

      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Chip.Group
            value={kind ?? all}
            onChange={(value) =>
              setSearchParams((current) => withParams(current, { kind: value === all ? null : value }))
            }
          >
            <Group gap="xs" role="radiogroup" aria-label={t('alerts.kindFilter')} data-testid="alerts-kind">
              <Chip value={all} size="sm" wrapperProps={{ 'data-testid': 'alerts-kind-all' }}>
                {t('alerts.allKinds', { count: items.length })}
              </Chip>
              {AlertKind.options.map((value) => (
                <Chip
                  key={value}
                  value={value}
                  size="sm"
                  color={kindColors[value]}
                  wrapperProps={{ 'data-testid': `alerts-kind-${value}` }}
                >
                  {t(`alerts.kinds.${value}`)} ({countOf(value)})
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {alerts.isPending && <LoadingState />}
          {alerts.isError && <QueryErrorAlert error={alerts.error} onRetry={() => void alerts.refetch()} />}
          {alerts.isSuccess && shown.length === 0 && (
            <Text c="dimmed" py="lg" ta="center" data-testid="alerts-empty">
              {canRun ? t('alerts.emptyRun') : t('alerts.empty')}
            </Text>
          )}
          {shown.length > 0 && (
            <Table.ScrollContainer minWidth={900}>
              <Table
                verticalSpacing="xs"
                highlightOnHover
                aria-label={t('alerts.tableLabel')}
                data-testid="alerts-table"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('alerts.columns.kind')}</Table.Th>
                    <Table.Th>{t('alerts.columns.institution')}</Table.Th>
                    <Table.Th>{t('alerts.columns.subject')}</Table.Th>
                    <Table.Th>{t('alerts.columns.dueOn')}</Table.Th>
                    <Table.Th>{t('alerts.columns.raisedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((alert) => (
                    <Table.Tr key={alert.id} data-testid="alert-row" data-kind={alert.kind}>
                      <Table.Td>
                        <Badge
                          color={kindColors[alert.kind]}
                          variant="light"
                          tt="none"
                          h="auto"
                          py={2}
                          styles={{ label: { whiteSpace: 'normal' } }}
                        >
                          {t(`alerts.kinds.${alert.kind}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/institutions/${alert.institutionId}`} size="sm">
                          {alert.institutionName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={linkOf(alert)} size="sm" data-testid="alert-link">
                          {alert.kind.startsWith('staff_') ? alert.subjectLabel : t(`alerts.open.${alert.kind}`)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{alert.dueOn ? formatDate(alert.dueOn, language) : '—'}</Table.Td>
                      <Table.Td>{formatDateTime(alert.raisedAt, language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
