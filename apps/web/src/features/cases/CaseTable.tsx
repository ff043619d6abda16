import type { CaseList } from '@atensi/contracts';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCurrentUser } from '../auth/current-user';
import { CaseStatusBadge } from './case-labels';

type CaseSummary = CaseList['items'][number];

interface CaseTableProps {
  items: CaseSummary[];
  isStale: boolean;
  /** Leave the person's name out, on the person's own page. */
  withBeneficiary?: boolean;
}

/** Cases, each leading to its page; the worker is "you" or another worker (the API gives no names of colleagues). */
export function CaseTable({ items, isStale, withBeneficiary = true }: CaseTableProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const me = useCurrentUser();
  const workerOf = (id: string | null) => {
    if (id === null) return t('cases.unassigned');
    return id === me.id ? t('cases.you') : t('cases.otherWorker');
  };
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table
        aria-label={t('cases.workList.tableLabel')}
        aria-busy={isStale}
        highlightOnHover
        verticalSpacing="xs"
        style={{ opacity: isStale ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid="case-table"
      >
        <Table.Thead>
          <Table.Tr>
            {withBeneficiary && <Table.Th>{t('cases.columns.beneficiary')}</Table.Th>}
            <Table.Th>{t('cases.columns.status')}</Table.Th>
            <Table.Th>{t('cases.columns.openedAt')}</Table.Th>
            <Table.Th>{t('cases.columns.updatedAt')}</Table.Th>
            <Table.Th>{t('cases.columns.worker')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid="case-row" data-status={item.status}>
              {withBeneficiary && (
                <Table.Td>
                  <Anchor component={Link} to={`/cases/${item.id}`} data-testid="case-link">
                    {item.beneficiaryName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>
                {withBeneficiary ? (
                  <CaseStatusBadge status={item.status} size="sm" />
                ) : (
                  <Anchor component={Link} to={`/cases/${item.id}`} data-testid="case-link">
                    <CaseStatusBadge status={item.status} size="sm" />
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>{formatDate(item.openedAt, language)}</Table.Td>
              <Table.Td>
                <Text span size="sm">
                  {formatDateTime(item.updatedAt, language)}
                </Text>
              </Table.Td>
              <Table.Td>{workerOf(item.assignedWorkerId)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
