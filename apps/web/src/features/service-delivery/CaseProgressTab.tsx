import type { Case } from '@atensi/contracts';
import { Anchor, Badge, Button, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCanAt } from '../auth/current-user';
import {
  GoalProgressBadge,
  PlanStatusBadge,
  useComponentLabel,
  useFrequencyLabel,
  useSettingLabel,
} from '../plans/plan-labels';
import { CaseServiceRecords } from './CaseServiceRecords';
import { ResidentialStays } from './ResidentialStays';
import { useCaseProgress } from './service-delivery.api';
import { VocationalOutcomeList } from './VocationalOutcomeList';

/** A case's progress: planned against delivered per component and service, its goals, stays, outcomes, records. */
export function CaseProgressTab({ item }: { item: Case }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const progress = useCaseProgress(item.id);
  const canWrite = useCanAt('beneficiaries:write', item.institutionId);
  const componentLabel = useComponentLabel();
  const settingLabel = useSettingLabel();
  const frequencyLabel = useFrequencyLabel();
  const number = new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB');
  if (progress.isPending) return <LoadingState />;
  if (progress.isError) return <QueryErrorAlert error={progress.error} onRetry={() => void progress.refetch()} />;
  const data = progress.data;
  const canRecord =
    canWrite && item.activePlanId !== null && ['planned', 'in_service', 'reintegration'].includes(item.status);

  return (
    <Stack gap="lg" data-testid="case-progress">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          {data.plan ? (
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t('plans.tab.revision', { revision: data.plan.revision })}
              </Text>
              <PlanStatusBadge status={data.plan.status} size="sm" />
              <Text size="sm" c="dimmed">
                {t('plans.view.period', {
                  setting: settingLabel(data.plan.setting),
                  from: formatDate(data.plan.startOn, language),
                  to: formatDate(data.plan.plannedEndOn, language),
                })}
              </Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed" data-testid="progress-no-plan">
              {t('services.progress.noPlan')}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('services.progress.asOf', { date: formatDate(data.asOf, language) })} ·{' '}
            {t('services.progress.attendance', data.attendance)}
          </Text>
        </Stack>
        {canRecord && (
          <Button
            component={Link}
            to={`/services/new?case=${item.id}`}
            leftSection={<IconPlus size={16} aria-hidden />}
            data-testid="progress-record"
          >
            {t('services.progress.record')}
          </Button>
        )}
      </Group>

      <Stack gap={6}>
        <Title order={3} size="h5">
          {t('services.progress.byComponent')}
        </Title>
        {data.components.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('services.progress.nothing')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" data-testid="progress-components">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plans.columns.component')}</Table.Th>
                  <Table.Th ta="right">{t('services.progress.planned')}</Table.Th>
                  <Table.Th ta="right">{t('services.progress.due')}</Table.Th>
                  <Table.Th ta="right">{t('services.progress.delivered')}</Table.Th>
                  <Table.Th w={220}>{t('services.progress.againstDue')}</Table.Th>
                  <Table.Th>{t('services.progress.last')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.components.map((line) => {
                  const ratio = line.plannedToDate > 0 ? Math.min(100, (line.delivered / line.plannedToDate) * 100) : 0;
                  return (
                    <Table.Tr key={line.component} data-testid="progress-component" data-component={line.component}>
                      <Table.Td>{componentLabel(line.component)}</Table.Td>
                      <Table.Td ta="right" data-testid="progress-planned">
                        {line.planned}
                      </Table.Td>
                      <Table.Td ta="right">{line.plannedToDate}</Table.Td>
                      <Table.Td ta="right" fw={600} data-testid="progress-delivered">
                        {line.delivered}
                      </Table.Td>
                      <Table.Td>
                        {line.plannedToDate > 0 ? (
                          <Progress
                            value={ratio}
                            color={ratio >= 80 ? 'teal' : ratio >= 50 ? 'yellow' : 'red'}
                            aria-label={t('services.progress.againstDue')}
                          />
                        ) : (
                          <Text size="xs" c="dimmed">
                            {line.planned === 0 ? t('services.progress.unplannedOnly') : '—'}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{line.lastDeliveredOn ? formatDate(line.lastDeliveredOn, language) : '—'}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      {data.services.length > 0 && (
        <Stack gap={6}>
          <Title order={3} size="h5">
            {t('services.progress.byService')}
          </Title>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" data-testid="progress-services">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plans.columns.service')}</Table.Th>
                  <Table.Th>{t('plans.columns.frequency')}</Table.Th>
                  <Table.Th ta="right">{t('services.progress.planned')}</Table.Th>
                  <Table.Th ta="right">{t('services.progress.due')}</Table.Th>
                  <Table.Th ta="right">{t('services.progress.delivered')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.services.map((line) => (
                  <Table.Tr key={line.planServiceId} data-testid="progress-service">
                    <Table.Td>{line.catalogueItem.name[language]}</Table.Td>
                    <Table.Td>{frequencyLabel(line.frequency)}</Table.Td>
                    <Table.Td ta="right">
                      {line.planned}
                      {line.catalogueItem.unit !== 'session' &&
                        ` (${t(`services.units.${line.catalogueItem.unit}`, { value: number.format(line.quantityPlanned) })})`}
                    </Table.Td>
                    <Table.Td ta="right">{line.plannedToDate}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {line.delivered}
                      {line.catalogueItem.unit !== 'session' &&
                        ` (${t(`services.units.${line.catalogueItem.unit}`, { value: number.format(line.quantityDelivered) })})`}
                    </Table.Td>
                  </Table.Tr>
                ))}
                {data.unplanned.map((line) => (
                  <Table.Tr key={line.catalogueItem.id} data-testid="progress-unplanned">
                    <Table.Td>
                      {line.catalogueItem.name[language]}{' '}
                      <Badge miw="max-content" size="xs" variant="outline" color="gray" tt="none">
                        {t('services.progress.notInPlan')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>—</Table.Td>
                    <Table.Td ta="right">0</Table.Td>
                    <Table.Td ta="right">0</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {line.delivered}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}

      {data.goals.length > 0 && (
        <Stack gap={6}>
          <Title order={3} size="h5">
            {t('plans.view.goals')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {data.goals.map((goal) => (
              <Stack key={goal.id} gap={2} data-testid="progress-goal">
                <Group gap="xs">
                  <GoalProgressBadge progress={goal.progress} />
                  <Text size="xs" c="dimmed">
                    {componentLabel(goal.component)}
                    {goal.progressOn ? ` · ${formatDate(goal.progressOn, language)}` : ''}
                  </Text>
                </Group>
                <Text size="sm" fw={500}>
                  {goal.description}
                </Text>
                <Text size="xs" c="dimmed">
                  {goal.target}
                </Text>
              </Stack>
            ))}
          </SimpleGrid>
        </Stack>
      )}

      <ResidentialStays item={item} stays={data.stays} planSetting={data.plan?.setting ?? null} canWrite={canWrite} />
      <VocationalOutcomeList outcomes={data.vocationalOutcomes} />
      <CaseServiceRecords caseId={item.id} />
      {!canRecord && canWrite && item.status === 'planned' && (
        <Anchor component={Link} to={`/cases/${item.id}?tab=plan`} size="sm">
          {t('services.progress.planFirst')}
        </Anchor>
      )}
    </Stack>
  );
}
