import type { Plan } from '@atensi/contracts';
import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCurrentUser } from '../auth/current-user';
import {
  GoalProgressBadge,
  PlanStatusBadge,
  useComponentLabel,
  useFrequencyLabel,
  useSettingLabel,
} from './plan-labels';

/** One revision of a plan: period and setting, goals with their progress, services, the family, its history. */
export function PlanView({ plan, actions, compact = false }: { plan: Plan; actions: ReactNode; compact?: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const me = useCurrentUser();
  const componentLabel = useComponentLabel();
  const settingLabel = useSettingLabel();
  const frequencyLabel = useFrequencyLabel();
  const goalNumber = new Map(plan.goals.map((goal, index) => [goal.id, index + 1]));
  const number = new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB');

  return (
    <Paper withBorder p="md" radius="md" data-testid="plan-view" data-plan-status={plan.status}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={3} size="h4">
                {t('plans.view.title', { revision: plan.revision })}
              </Title>
              <PlanStatusBadge status={plan.status} />
              <Badge miw="max-content" variant="outline" color={plan.requiresApproval ? 'indigo' : 'gray'} tt="none">
                {plan.requiresApproval ? t('plans.view.needsApproval') : t('plans.view.noApproval')}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('plans.view.period', {
                setting: settingLabel(plan.setting),
                from: formatDate(plan.startOn, language),
                to: formatDate(plan.plannedEndOn, language),
              })}
            </Text>
          </Stack>
          {actions}
        </Group>
        {plan.warnings.includes('residential_duration') && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="plan-warning">
            {t('plans.warnings.residential_duration')}
          </Alert>
        )}
        <Stack gap={6}>
          <Text fw={600} size="sm">
            {t('plans.view.goals')}
          </Text>
          {plan.goals.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('plans.view.noGoals')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table verticalSpacing="xs" data-testid="plan-goals">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>#</Table.Th>
                    <Table.Th>{t('plans.columns.component')}</Table.Th>
                    <Table.Th>{t('plans.columns.goal')}</Table.Th>
                    <Table.Th>{t('plans.columns.target')}</Table.Th>
                    <Table.Th>{t('plans.columns.progress')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.goals.map((goal, index) => (
                    <Table.Tr key={goal.id} data-testid="plan-goal">
                      <Table.Td>{index + 1}</Table.Td>
                      <Table.Td>{componentLabel(goal.component)}</Table.Td>
                      <Table.Td>{goal.description}</Table.Td>
                      <Table.Td>
                        <Stack gap={0}>
                          <Text size="sm">{goal.target}</Text>
                          {goal.targetDate && (
                            <Text size="xs" c="dimmed">
                              {t('plans.view.by', { date: formatDate(goal.targetDate, language) })}
                            </Text>
                          )}
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={2}>
                          <GoalProgressBadge progress={goal.progress} />
                          {goal.progressOn && (
                            <Text size="xs" c="dimmed">
                              {formatDate(goal.progressOn, language)}
                            </Text>
                          )}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
        <Stack gap={6}>
          <Text fw={600} size="sm">
            {t('plans.view.services')}
          </Text>
          {plan.services.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('plans.view.noServices')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="xs" data-testid="plan-services">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('plans.columns.service')}</Table.Th>
                    <Table.Th>{t('plans.columns.goalNumber')}</Table.Th>
                    <Table.Th>{t('plans.columns.frequency')}</Table.Th>
                    <Table.Th>{t('plans.columns.planned')}</Table.Th>
                    <Table.Th>{t('plans.columns.responsible')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.services.map((service) => (
                    <Table.Tr key={service.id} data-testid="plan-service">
                      <Table.Td>
                        <Stack gap={0}>
                          <Text size="sm">{service.catalogueItemName[language]}</Text>
                          <Text size="xs" c="dimmed">
                            {componentLabel(service.component)}
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td>{service.goalId ? (goalNumber.get(service.goalId) ?? '—') : '—'}</Table.Td>
                      <Table.Td>
                        {frequencyLabel(service.frequency)}
                        {service.unit !== 'session' &&
                          ` · ${t(`services.units.${service.unit}`, { value: number.format(service.quantity) })}`}
                      </Table.Td>
                      <Table.Td>{t('plans.view.occurrences', { count: service.plannedOccurrences })}</Table.Td>
                      <Table.Td>{service.responsibleStaffName ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
        {!compact && (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Stack gap={4}>
              <Text fw={600} size="sm">
                {t('plans.view.family')}
              </Text>
              <Text size="sm" c={plan.familyInvolvement ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
                {plan.familyInvolvement ?? t('plans.view.noFamily')}
              </Text>
            </Stack>
            <Stack gap={4}>
              <Text fw={600} size="sm">
                {t('plans.view.history')}
              </Text>
              <Timeline bulletSize={14} lineWidth={2} active={plan.events.length - 1} data-testid="plan-history">
                {plan.events.map((event) => (
                  <Timeline.Item key={event.id} title={t(`plans.events.${event.action}`)} data-action={event.action}>
                    {event.comment && (
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="plan-event-comment">
                        “{event.comment}”
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {formatDateTime(event.at, language)}
                      {event.actorId === me.id
                        ? ` ${t('cases.history.byYou')}`
                        : event.actorName
                          ? ` ${t('cases.history.by', { name: event.actorName })}`
                          : ''}
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            </Stack>
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
