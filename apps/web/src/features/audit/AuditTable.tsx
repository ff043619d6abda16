import type { AuditEvent } from '@atensi/contracts';
import { Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useRoleLabel } from '../auth/role-label';

export function AuditTable({ items }: { items: AuditEvent[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const roleLabel = useRoleLabel();
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table aria-label={t('audit.tableLabel')} verticalSpacing="xs" highlightOnHover data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('audit.columns.time')}</Table.Th>
            <Table.Th>{t('audit.columns.actor')}</Table.Th>
            <Table.Th>{t('audit.columns.action')}</Table.Th>
            <Table.Th>{t('audit.columns.entity')}</Table.Th>
            <Table.Th>{t('audit.columns.ip')}</Table.Th>
            <Table.Th>{t('audit.columns.requestId')}</Table.Th>
            <Table.Th>{t('audit.columns.changedFields')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((event) => (
            <Table.Tr key={event.id} data-testid="audit-row" data-action={event.action}>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(event.occurredAt, language, { withSeconds: true })}
                </Text>
              </Table.Td>
              <Table.Td>
                {event.actorUsername || event.actorId ? (
                  <Stack gap={0}>
                    <Text size="sm" fw={500}>
                      {event.actorUsername ?? event.actorId}
                    </Text>
                    {event.actorRole && (
                      <Text size="xs" c="dimmed">
                        {roleLabel(event.actorRole)}
                      </Text>
                    )}
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('audit.system')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Code data-testid="audit-action">{event.action}</Code>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{event.entityType}</Text>
                  {event.entityId && (
                    <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                      {event.entityId}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {event.ip ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  {event.requestId ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{event.changedFields.length > 0 ? event.changedFields.join(', ') : '—'}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
