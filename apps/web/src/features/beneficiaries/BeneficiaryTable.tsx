import type { BeneficiarySummary } from '@atensi/contracts';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { RegionName } from '../regions/RegionName';

/** People found: the NIK masked to its last four digits, as on every list. */
export function BeneficiaryTable({ items, isStale }: { items: BeneficiarySummary[]; isStale: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        aria-label={t('beneficiaries.search.tableLabel')}
        aria-busy={isStale}
        highlightOnHover
        verticalSpacing="xs"
        style={{ opacity: isStale ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid="beneficiary-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('beneficiaries.fields.nik')}</Table.Th>
            <Table.Th>{t('beneficiaries.fields.fullName')}</Table.Th>
            <Table.Th>{t('beneficiaries.fields.sex')}</Table.Th>
            <Table.Th>{t('beneficiaries.fields.birthDate')}</Table.Th>
            <Table.Th>{t('beneficiaries.search.region')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((person) => (
            <Table.Tr key={person.id} data-testid="beneficiary-row">
              <Table.Td>
                <Text span size="sm" ff="monospace" data-testid="beneficiary-nik-masked">
                  {person.nikMasked ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/beneficiaries/${person.id}`} data-testid="beneficiary-link">
                  {person.fullName}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`beneficiaries.sexes.${person.sex}`)}</Table.Td>
              <Table.Td>{formatDate(person.birthDate, language)}</Table.Td>
              <Table.Td>
                <RegionName code={person.regionCode} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
