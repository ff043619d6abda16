import type { CaseloadStatus, InstitutionDetail, ProfessionLoad } from '@atensi/contracts';
import { Alert, Anchor, Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useStaffRoleLabel } from '../workforce/staff-labels';
import { useCaseload } from './caseload.api';

const statusColor: Record<CaseloadStatus, string> = { within_norm: 'teal', over_norm: 'orange', no_staff: 'red' };

function CaseloadBadge({ status }: { status: CaseloadStatus | null }) {
  const { t } = useTranslation();
  if (!status)
    return (
      <Text span size="sm" c="dimmed">
        {t('caseload.noNorm')}
      </Text>
    );
  return (
    <Badge color={statusColor[status]} variant="light" data-testid={`caseload-status-${status}`}>
      {t(`caseload.statuses.${status}`)}
    </Badge>
  );
}

function ProfessionCard({ load, activeCases }: { load: ProfessionLoad; activeCases: number }) {
  const { t } = useTranslation();
  const roleLabel = useStaffRoleLabel();
  const capacity = load.staffCount * load.norm;
  const used = capacity > 0 ? Math.min(100, (activeCases / capacity) * 100) : activeCases > 0 ? 100 : 0;
  return (
    <Paper withBorder p="md" radius="md" data-testid={`caseload-profession-${load.profession}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{roleLabel(load.profession)}</Text>
          <CaseloadBadge status={load.status} />
        </Group>
        <Text size="sm">{t('caseload.norm', { norm: load.norm })}</Text>
        <Progress value={used} color={statusColor[load.status]} aria-label={t('caseload.capacityUsed')} />
        <Text size="sm" data-testid={`caseload-staffing-${load.profession}`}>
          {t('caseload.staffing', { count: load.staffCount, required: load.required })}
        </Text>
        {load.shortfall > 0 && (
          <Text size="sm" c="orange.8" fw={500}>
            {t('caseload.shortfall', { count: load.shortfall })}
          </Text>
        )}
        {load.clientsPerStaff !== null && (
          <Text size="xs" c="dimmed">
            {t('caseload.clientsPerStaff', { value: load.clientsPerStaff })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Running cases against the staffing norms: per profession, then per worker (counts only, no client). */
export function CaseloadTab({ institution }: { institution: InstitutionDetail }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const roleLabel = useStaffRoleLabel();
  const query = useCaseload(institution.id);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const caseload = query.data;
  return (
    <Stack gap="md" data-testid="institution-caseload">
      <Group gap="xl">
        <Text size="sm" data-testid="caseload-active">
          {t('caseload.active', { count: caseload.activeCases })}
        </Text>
        <Text size="sm">{t('caseload.aftercare', { count: caseload.aftercareCases })}</Text>
        <Text size="xs" c="dimmed">
          {t('caseload.asOf', { date: formatDate(caseload.asOf, language) })}
        </Text>
      </Group>
      {caseload.unassignedCases > 0 && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          data-testid="caseload-unassigned"
        >
          {t('caseload.unassigned', { count: caseload.unassignedCases })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {caseload.professions.map((load) => (
          <ProfessionCard key={load.profession} load={load} activeCases={caseload.activeCases} />
        ))}
      </SimpleGrid>
      {caseload.workers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('caseload.noWorkers')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs" data-testid="caseload-workers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('caseload.columns.worker')}</Table.Th>
                <Table.Th>{t('caseload.columns.role')}</Table.Th>
                <Table.Th ta="right">{t('caseload.columns.active')}</Table.Th>
                <Table.Th ta="right">{t('caseload.columns.aftercare')}</Table.Th>
                <Table.Th ta="right">{t('caseload.columns.norm')}</Table.Th>
                <Table.Th>{t('caseload.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {caseload.workers.map((worker) => (
                <Table.Tr key={worker.staffId ?? worker.userId ?? worker.name} data-testid="caseload-worker">
                  <Table.Td>
                    {worker.staffId ? (
                      <Anchor component={Link} to={`/staff/${worker.staffId}`} size="sm">
                        {worker.name}
                      </Anchor>
                    ) : (
                      <Text size="sm">{worker.name}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {worker.role ? (
                      roleLabel(worker.role)
                    ) : (
                      <Badge color="gray" variant="outline" size="sm">
                        {t('caseload.notInRegistry')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{worker.activeCases}</Table.Td>
                  <Table.Td ta="right">{worker.aftercareCases}</Table.Td>
                  <Table.Td ta="right">{worker.norm ?? '–'}</Table.Td>
                  <Table.Td>
                    <CaseloadBadge status={worker.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
