import type { InstitutionSummary } from '@atensi/contracts';
import { Anchor, Badge, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { CertificationBadge } from './institution-labels';

interface InstitutionTableProps {
  items: InstitutionSummary[];
  isStale: boolean;
  provinceName: (code: string | null) => string | null;
}

export function InstitutionTable({ items, isStale, provinceName }: InstitutionTableProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        aria-label={t('institutions.tableLabel')}
        aria-busy={isStale}
        highlightOnHover
        verticalSpacing="xs"
        style={{ opacity: isStale ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid="institution-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('institutions.fields.code')}</Table.Th>
            <Table.Th>{t('institutions.fields.name')}</Table.Th>
            <Table.Th>{t('institutions.fields.type')}</Table.Th>
            <Table.Th>{t('institutions.fields.province')}</Table.Th>
            <Table.Th miw={130}>{t('institutions.fields.certification')}</Table.Th>
            <Table.Th>{t('institutions.fields.validUntil')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((institution) => (
            <Table.Tr key={institution.id} data-testid="institution-row" data-code={institution.code}>
              <Table.Td>
                <Code bg="transparent" fz="sm" style={{ whiteSpace: 'nowrap' }}>
                  {institution.code}
                </Code>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/institutions/${institution.id}`} data-testid="institution-link">
                  {institution.name}
                </Anchor>
                {!institution.isActive && (
                  <Badge color="gray" variant="outline" ml={6}>
                    {t('institutions.inactive')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{t(`institutions.types.${institution.type}`)}</Table.Td>
              <Table.Td>
                {provinceName(institution.provinceCode) ?? (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <CertificationBadge status={institution.certificationStatus} />
              </Table.Td>
              <Table.Td>
                {institution.certificationValidUntil ? (
                  formatDate(institution.certificationValidUntil, language)
                ) : (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
