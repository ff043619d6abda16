import type { Staff } from '@atensi/contracts';
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { StaffCertificationBadge, useStaffRoleLabel } from './staff-labels';

interface StaffTableProps {
  items: Staff[];
  isStale: boolean;
  /** Leave the institution column out, on an institution's own page. */
  withInstitution?: boolean;
}

export function StaffTable({ items, isStale, withInstitution = true }: StaffTableProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const roleLabel = useStaffRoleLabel();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table
        aria-label={t('staff.tableLabel')}
        aria-busy={isStale}
        highlightOnHover
        verticalSpacing="xs"
        style={{ opacity: isStale ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid="staff-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('staff.fields.fullName')}</Table.Th>
            <Table.Th>{t('staff.fields.role')}</Table.Th>
            {withInstitution && <Table.Th>{t('staff.fields.institution')}</Table.Th>}
            <Table.Th miw={130}>{t('staff.fields.certification')}</Table.Th>
            <Table.Th>{t('staff.fields.employedFrom')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((member) => (
            <Table.Tr key={member.id} data-testid="staff-row" data-name={member.fullName}>
              <Table.Td>
                <Anchor component={Link} to={`/staff/${member.id}`} data-testid="staff-link">
                  {member.fullName}
                </Anchor>
                {!member.isEmployed && (
                  <Badge color="gray" variant="outline" ml={6}>
                    {t('staff.former')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{roleLabel(member.role)}</Table.Td>
              {withInstitution && (
                <Table.Td>
                  <Anchor component={Link} to={`/institutions/${member.institutionId}`} size="sm">
                    {member.institutionName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>
                <StaffCertificationBadge status={member.certificationStatus} />
              </Table.Td>
              <Table.Td>
                <Text span size="sm">
                  {formatDate(member.employedFrom, language)}
                  {member.employedUntil ? ` – ${formatDate(member.employedUntil, language)}` : ''}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
