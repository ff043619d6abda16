import { Badge, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useComponentLabel } from '../plans/plan-labels';
import { useServiceSessions } from './service-delivery.api';

/** The sessions recorded for one day: the caller's own, or the whole institution's. */
export function DaySessions({ on }: { on: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const componentLabel = useComponentLabel();
  const [mine, setMine] = useState(true);
  const sessions = useServiceSessions(on, mine);
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="day-sessions">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('services.sessions.title', { date: formatDate(on, language) })}
          </Title>
          <SegmentedControl
            size="xs"
            value={mine ? 'mine' : 'all'}
            onChange={(value) => setMine(value === 'mine')}
            data={[
              { value: 'mine', label: t('services.sessions.mine') },
              { value: 'all', label: t('services.sessions.all') },
            ]}
          />
        </Group>
        {sessions.isError && <QueryErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
        {sessions.data && sessions.data.items.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="day-sessions-empty">
            {t('services.sessions.empty')}
          </Text>
        )}
        {sessions.data && sessions.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('services.form.item')}</Table.Th>
                  <Table.Th>{t('services.sessions.kind')}</Table.Th>
                  <Table.Th>{t('services.sessions.people')}</Table.Th>
                  <Table.Th>{t('services.form.staff')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sessions.data.items.map((session) => (
                  <Table.Tr key={session.id} data-testid="day-session" data-kind={session.kind}>
                    <Table.Td>
                      <Text size="sm">{session.catalogueItem.name[language]}</Text>
                      <Text size="xs" c="dimmed">
                        {componentLabel(session.catalogueItem.component)}
                        {session.topic ? ` · ${session.topic}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge miw="max-content" variant="light" tt="none">
                        {t(`services.kinds.${session.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {session.records
                          .map((record) =>
                            record.attended
                              ? record.beneficiaryName
                              : t('services.sessions.absent', { name: record.beneficiaryName }),
                          )
                          .join(', ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>{session.staffName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
