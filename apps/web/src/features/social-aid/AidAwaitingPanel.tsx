import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCan } from '../auth/current-user';
import { DtksStatusBadge } from '../dtks/dtks-labels';
import { useAidAwaiting } from './social-aid.api';

/** On a manager's work list: social aid requests waiting for a decision, with each person's DTKS standing. */
export function AidAwaitingPanel() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const canApprove = useCan('social_aid:approve');
  const awaiting = useAidAwaiting(canApprove);
  const number = new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB');
  if (!canApprove) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="aid-awaiting">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('socialAid.awaiting')}
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
              {awaiting.data.items.map((aid) => (
                <Table.Tr key={aid.id} data-testid="aid-awaiting-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/cases/${aid.caseId}?tab=socialAid`} size="sm">
                      {aid.beneficiaryName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t(`socialAid.types.${aid.aidType}`)}
                      {aid.amountRupiah !== null ? ` · Rp ${number.format(aid.amountRupiah)}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {formatDate(aid.requestedAt, language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <DtksStatusBadge status={aid.dtksStatus} />
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
