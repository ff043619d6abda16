import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCan } from '../auth/current-user';
import { useSettingLabel } from './plan-labels';
import { usePlansAwaiting } from './plans.api';

/** On a manager's work list: the plans waiting for their decision (their own ones marked: another manager decides). */
export function PlansAwaitingPanel() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const canApprove = useCan('plans:approve');
  const awaiting = usePlansAwaiting(canApprove);
  const settingLabel = useSettingLabel();
  if (!canApprove) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="plans-awaiting">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('plans.awaiting.title')}
        </Title>
        {awaiting.isError && <QueryErrorAlert error={awaiting.error} onRetry={() => void awaiting.refetch()} />}
        {awaiting.data && awaiting.data.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('cases.workList.sectionEmpty')}
          </Text>
        )}
        {awaiting.data && awaiting.data.items.length > 0 && (
          <Table verticalSpacing="xs">
            <Table.Tbody>
              {awaiting.data.items.map((plan) => (
                <Table.Tr key={plan.id} data-testid="plan-awaiting-row">
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/cases/${plan.caseId}?tab=plan`}
                      size="sm"
                      data-testid="plan-awaiting-link"
                    >
                      {plan.beneficiaryName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t('plans.tab.revision', { revision: plan.revision })} · {settingLabel(plan.setting)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {t('plans.awaiting.submitted', {
                        date: formatDateTime(plan.submittedAt, language),
                        name: plan.submittedByName ?? '—',
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {!plan.canDecide && (
                      <Badge miw="max-content" variant="outline" color="gray" tt="none">
                        {t('plans.awaiting.own')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
