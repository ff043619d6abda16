import type { InstitutionDetail } from '@atensi/contracts';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';

/** The periods of the institution's name and parent: a renaming or a move opens a new one, never overwrites. */
export function HistoryTab({ institution }: { institution: InstitutionDetail }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const periods = [...institution.history].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  if (periods.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('institutions.history.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={t('institutions.tabs.history')} verticalSpacing="xs" data-testid="history-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('institutions.history.from')}</Table.Th>
            <Table.Th>{t('institutions.history.until')}</Table.Th>
            <Table.Th>{t('institutions.fields.name')}</Table.Th>
            <Table.Th>{t('institutions.fields.parent')}</Table.Th>
            <Table.Th>{t('institutions.history.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {periods.map((period) => (
            <Table.Tr key={period.validFrom} data-testid="history-row">
              <Table.Td>{formatDate(period.validFrom, language)}</Table.Td>
              <Table.Td>
                {period.validUntil ? formatDate(period.validUntil, language) : t('institutions.history.current')}
              </Table.Td>
              <Table.Td>{period.name}</Table.Td>
              <Table.Td>
                {period.parentId ? (
                  <Anchor component={Link} to={`/institutions/${period.parentId}`}>
                    {period.parentName ?? period.parentId}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>{period.reason ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
