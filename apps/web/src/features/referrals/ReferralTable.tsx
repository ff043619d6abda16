import type { Referral } from '@atensi/contracts';
import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { OverdueBadge, ReferralStatusBadge } from './referral-labels';

interface ReferralTableProps {
  items: Referral[];
  isStale: boolean;
  /** Which end to name: the sender for incoming referrals, the receiver for outgoing ones. */
  counterpart: 'from' | 'to';
  /** Leave the person out, on the case's own page. */
  withBeneficiary?: boolean;
}

/** Referrals, each leading to its page (the packet and the answers). */
export function ReferralTable({ items, isStale, counterpart, withBeneficiary = true }: ReferralTableProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        aria-label={t('referrals.tableLabel')}
        aria-busy={isStale}
        highlightOnHover
        verticalSpacing="xs"
        style={{ opacity: isStale ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid="referral-table"
      >
        <Table.Thead>
          <Table.Tr>
            {withBeneficiary && <Table.Th>{t('referrals.columns.beneficiary')}</Table.Th>}
            <Table.Th>{counterpart === 'from' ? t('referrals.columns.from') : t('referrals.columns.to')}</Table.Th>
            <Table.Th>{t('referrals.columns.kind')}</Table.Th>
            <Table.Th>{t('referrals.columns.status')}</Table.Th>
            <Table.Th>{t('referrals.columns.createdAt')}</Table.Th>
            <Table.Th>{t('referrals.columns.dueOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const link = (
              <Anchor component={Link} to={`/referrals/${item.id}`} data-testid="referral-link">
                {withBeneficiary
                  ? item.beneficiary.fullName
                  : counterpart === 'from'
                    ? item.fromInstitutionName
                    : item.toInstitutionName}
              </Anchor>
            );
            return (
              <Table.Tr key={item.id} data-testid="referral-row" data-status={item.status}>
                {withBeneficiary && <Table.Td>{link}</Table.Td>}
                <Table.Td>
                  {withBeneficiary
                    ? counterpart === 'from'
                      ? item.fromInstitutionName
                      : item.toInstitutionName
                    : link}
                </Table.Td>
                <Table.Td>{t(`referrals.kinds.${item.kind}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <ReferralStatusBadge status={item.status} size="sm" />
                    {item.isOverdue && <OverdueBadge escalated={item.escalatedAt !== null} />}
                  </Group>
                </Table.Td>
                <Table.Td>{formatDate(item.createdAt, language)}</Table.Td>
                <Table.Td>
                  <Text span size="sm" c={item.isOverdue ? 'red' : undefined}>
                    {item.status === 'pending' ? formatDate(item.dueOn, language) : '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
