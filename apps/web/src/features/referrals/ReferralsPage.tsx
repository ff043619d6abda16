import { ReferralStatus } from '@atensi/contracts';
import { Group, Paper, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { withParams } from '../../lib/search-params';
import { ReferralTable } from './ReferralTable';
import { useReferralStatusOptions } from './referral-labels';
import { type ReferralDirection, useReferralList } from './referrals.api';

/** Referrals received (Masuk) and sent (Keluar) by the caller's institutions; the address holds only the filters. */
export function ReferralsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('referrals.title') }));
  const [searchParams, setSearchParams] = useSearchParams();
  const direction: ReferralDirection = searchParams.get('direction') === 'outgoing' ? 'outgoing' : 'incoming';
  const parsedStatus = ReferralStatus.safeParse(searchParams.get('status'));
  const status = parsedStatus.success ? parsedStatus.data : undefined;
  const statusOptions = useReferralStatusOptions();
  const list = useReferralList({ direction, status });

  return (
    <Stack gap="lg" maw={1400}>
      <Stack gap={4}>
        <Title order={1} data-testid="page-title">
          {t('referrals.title')}
        </Title>
        <Text c="dimmed">{t('referrals.description')}</Text>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Tabs
              value={direction}
              onChange={(next) =>
                setSearchParams((current) => withParams(current, { direction: next === 'outgoing' ? next : null }))
              }
            >
              <Tabs.List>
                <Tabs.Tab value="incoming" data-testid="referrals-incoming">
                  {t('referrals.incoming')}
                </Tabs.Tab>
                <Tabs.Tab value="outgoing" data-testid="referrals-outgoing">
                  {t('referrals.outgoing')}
                </Tabs.Tab>
              </Tabs.List>
            </Tabs>
            <Select
              w={{ base: '100%', xs: 240 }}
              label={t('referrals.columns.status')}
              placeholder={t('referrals.allStatuses')}
              data={statusOptions}
              value={status ?? null}
              onChange={(value) => setSearchParams((current) => withParams(current, { status: value }))}
              clearable
              data-testid="referrals-status"
            />
          </Group>
          {list.isPending && <LoadingState />}
          {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
          {list.data && list.data.items.length === 0 && (
            <Text c="dimmed" py="lg" ta="center" data-testid="referrals-empty">
              {t('referrals.empty')}
            </Text>
          )}
          {list.data && list.data.items.length > 0 && (
            <ReferralTable
              items={list.data.items}
              isStale={list.isPlaceholderData}
              counterpart={direction === 'incoming' ? 'from' : 'to'}
            />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
