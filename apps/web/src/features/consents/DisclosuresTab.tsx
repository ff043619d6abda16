import { ConsentPurpose, DataCategory } from '@atensi/contracts';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useDisclosures } from './consents.api';

/** The accounting of disclosures: every time the person's data left an institution, to whom, why, what. */
export function DisclosuresTab({ beneficiaryId }: { beneficiaryId: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const list = useDisclosures(beneficiaryId);
  // The contract gives purposes and categories as plain strings: translate the ones the app knows.
  const purposeLabel = (purpose: string) => {
    const parsed = ConsentPurpose.safeParse(purpose);
    return parsed.success ? t(`consents.purposes.${parsed.data}`) : purpose;
  };
  const categoryLabel = (category: string) => {
    const parsed = DataCategory.safeParse(category);
    return parsed.success ? t(`consents.categories.${parsed.data}`) : category;
  };

  return (
    <Stack gap="md" data-testid="disclosures">
      <Text size="sm" c="dimmed">
        {t('disclosures.description')}
      </Text>
      {list.isPending && <LoadingState />}
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="disclosures-empty">
          {t('disclosures.empty')}
        </Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label={t('disclosures.tableLabel')} verticalSpacing="xs" data-testid="disclosure-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('disclosures.columns.disclosedAt')}</Table.Th>
                <Table.Th>{t('disclosures.columns.from')}</Table.Th>
                <Table.Th>{t('disclosures.columns.to')}</Table.Th>
                <Table.Th>{t('disclosures.columns.purpose')}</Table.Th>
                <Table.Th>{t('disclosures.columns.categories')}</Table.Th>
                <Table.Th>{t('disclosures.columns.case')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((item) => (
                <Table.Tr key={item.id} data-testid="disclosure-row">
                  <Table.Td>{formatDateTime(item.disclosedAt, language)}</Table.Td>
                  <Table.Td>{item.fromInstitutionName}</Table.Td>
                  <Table.Td>{item.recipientInstitutionName}</Table.Td>
                  <Table.Td>{purposeLabel(item.purpose)}</Table.Td>
                  <Table.Td>{item.categories.map(categoryLabel).join(', ')}</Table.Td>
                  <Table.Td>
                    {item.caseId ? (
                      <Anchor component={Link} to={`/cases/${item.caseId}`} size="sm">
                        {t('disclosures.openCase')}
                      </Anchor>
                    ) : (
                      '—'
                    )}
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
