import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useLanguage } from '../../lib/i18n/use-language';
import { useSupervisionVisits } from './activities.api';
import { formatPeriod } from './activity-labels';
import { ScoreBadge } from './SupervisionTab';

/** An institution's supervision history, on its page: visits, scores, findings and open corrective actions. */
export function InstitutionSupervisionTab({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const visits = useSupervisionVisits({ institutionId });
  if (visits.isPending) return <LoadingState />;
  if (visits.isError) return <QueryErrorAlert error={visits.error} onRetry={() => void visits.refetch()} />;
  if (visits.data.items.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="supervision-history-empty">
        {t('activities.supervision.noHistory')}
      </Text>
    );
  return (
    <Stack gap="sm" data-testid="supervision-history">
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('activities.fields.period')}</Table.Th>
            <Table.Th>{t('activities.fields.organiser')}</Table.Th>
            <Table.Th>{t('activities.supervision.score')}</Table.Th>
            <Table.Th>{t('activities.supervision.findings')}</Table.Th>
            <Table.Th>{t('activities.supervision.openActions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.data.items.map((visit) => (
            <Table.Tr key={visit.activityId} data-testid="supervision-history-row">
              <Table.Td>
                <Anchor component={Link} to={`/activities/${visit.activityId}?tab=supervision`} size="sm">
                  {formatPeriod(visit.startsOn, visit.endsOn, language)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('activities.supervision.checklistVersion', { version: visit.checklistVersion })}
                </Text>
              </Table.Td>
              <Table.Td>{visit.organiserName}</Table.Td>
              <Table.Td>
                <ScoreBadge score={visit.score} />
              </Table.Td>
              <Table.Td>{visit.findings}</Table.Td>
              <Table.Td>
                {visit.openActions}
                {visit.overdueActions > 0 && (
                  <Text span c="red" size="sm">
                    {' '}
                    ({t('activities.supervision.overdueCount', { count: visit.overdueActions })})
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
