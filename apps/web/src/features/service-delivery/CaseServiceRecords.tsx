import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PaginationBar } from '../../components/PaginationBar';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { GoalProgressBadge, useComponentLabel } from '../plans/plan-labels';
import { recordsPageSize, useCaseServiceRecords } from './service-delivery.api';

/** The services a case received, newest first, in pages. */
export function CaseServiceRecords({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const componentLabel = useComponentLabel();
  const [page, setPage] = useState(1);
  const records = useCaseServiceRecords(caseId, page);
  return (
    <Stack gap={6} data-testid="service-records">
      <Title order={3} size="h5">
        {t('services.records.title')}
      </Title>
      {records.isError && <QueryErrorAlert error={records.error} onRetry={() => void records.refetch()} />}
      {records.data && records.data.items.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="service-records-empty">
          {t('services.records.empty')}
        </Text>
      )}
      {records.data && records.data.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('services.form.heldOn')}</Table.Th>
                  <Table.Th>{t('services.form.item')}</Table.Th>
                  <Table.Th>{t('services.sessions.kind')}</Table.Th>
                  <Table.Th>{t('services.form.staff')}</Table.Th>
                  <Table.Th>{t('services.form.progress')}</Table.Th>
                  <Table.Th>{t('services.form.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {records.data.items.map((record) => (
                  <Table.Tr
                    key={record.id}
                    data-testid="service-record"
                    data-kind={record.kind}
                    data-attended={record.attended}
                  >
                    <Table.Td>{formatDate(record.heldOn, language)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{record.catalogueItem.name[language]}</Text>
                      <Text size="xs" c="dimmed">
                        {componentLabel(record.catalogueItem.component)}
                        {record.durationMinutes
                          ? ` · ${t('services.records.minutes', { count: record.durationMinutes })}`
                          : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge miw="max-content" variant="light" color={record.attended ? 'blue' : 'red'} tt="none">
                        {record.kind === 'group'
                          ? record.attended
                            ? t('services.records.group', { count: record.attendeeCount })
                            : t('services.records.missed')
                          : t('services.kinds.individual')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{record.staffName}</Table.Td>
                    <Table.Td>
                      {record.goalProgress ? <GoalProgressBadge progress={record.goalProgress} /> : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                        {record.note ?? record.topic ?? ''}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PaginationBar page={page} pageSize={recordsPageSize} total={records.data.total} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
