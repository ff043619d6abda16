import type { Case } from '@atensi/contracts';
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCanAt } from '../auth/current-user';
import { RiskBadge } from './ScreeningResult';
import { useScreenings } from './screening.api';

/** Whether a case can be screened now: at intake or in screening. */
export function isScreenable(item: Case): boolean {
  return item.status === 'intake' || item.status === 'screening';
}

/** The button that opens the ASSIST interview, for those who may screen at the case's institution. */
export function StartScreeningButton({ item }: { item: Case }) {
  const { t } = useTranslation();
  const canWrite = useCanAt('beneficiaries:write', item.institutionId);
  if (!canWrite || !isScreenable(item)) return null;
  return (
    <Button
      component={Link}
      to={`/cases/${item.id}/screening`}
      leftSection={<IconClipboardCheck size={16} aria-hidden />}
      data-testid="case-start-assist"
    >
      {t('screening.tab.start')}
    </Button>
  );
}

/** The screenings of a case (mounted only while open: each read is audited). */
export function CaseScreeningsTab({ item }: { item: Case }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const list = useScreenings(item.id);
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Stack gap="md" data-testid="case-screenings">
      {list.data.items.length === 0 ? (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('screening.tab.empty')}
          </Text>
          <StartScreeningButton item={item} />
        </Group>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('screening.tab.screenedAt')}</Table.Th>
                <Table.Th>{t('screening.tab.routing')}</Table.Th>
                <Table.Th>{t('screening.tab.next')}</Table.Th>
                <Table.Th>{t('screening.tab.revision')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...list.data.items].reverse().map((screening) => (
                <Table.Tr key={screening.id} data-testid="case-screening">
                  <Table.Td>{formatDateTime(screening.screenedAt, language)}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <RiskBadge risk={screening.routingRisk} size="sm" />
                      {screening.injectingRisk && (
                        <Badge color="red" size="sm" variant="filled">
                          {t('screening.result.injecting')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`screening.nextSteps.${screening.nextStep}`)}</Table.Td>
                  <Table.Td>{screening.instrumentRevision}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/cases/${item.id}/screenings/${screening.id}`} size="sm">
                      {t('screening.tab.open')}
                    </Anchor>
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
