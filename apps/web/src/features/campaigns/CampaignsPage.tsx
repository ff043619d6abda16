import { CAMPAIGN_CHANNELS } from '@atensi/contracts';
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { buildUrl } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { withParams } from '../../lib/search-params';
import { formatNumber, formatPeriod, formatRupiah } from '../activities/activity-labels';
import { useCan, useCurrentUser } from '../auth/current-user';
import { CampaignForm } from './CampaignForm';
import { useCampaigns, useChannelComparison } from './campaigns.api';

/** The campaign registry and the channels compared by people reached and cost per person reached. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  useDocumentTitle(t('app.documentTitle', { page: t('campaigns.title') }));
  const navigate = useNavigate();
  const me = useCurrentUser();
  const canManage = useCan('activities:manage');
  const [searchParams, setSearchParams] = useSearchParams();
  const query = {
    channel: searchParams.get('channel') ?? undefined,
    from: searchParams.get('from') ?? undefined,
    to: searchParams.get('to') ?? undefined,
  };
  const list = useCampaigns(query);
  const comparison = useChannelComparison({ from: query.from, to: query.to });
  const [isCreating, setIsCreating] = useState(false);
  const set = (key: string, value: string | null) =>
    setSearchParams((current) => withParams(current, { [key]: value }));
  const chart = (comparison.data?.items ?? []).map((row) => ({
    channel: t(`campaigns.channels.${row.channel}`),
    people: row.peopleReached,
    costPerPerson: row.costPerPersonIdr ?? 0,
    share: Math.round(row.shareOfReach * 1000) / 10,
  }));

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} data-testid="page-title">
            {t('campaigns.title')}
          </Title>
          <Text c="dimmed">{t('campaigns.description')}</Text>
        </Stack>
        {canManage && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setIsCreating(true)}
            data-testid="campaign-create"
          >
            {t('campaigns.create')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Title order={3}>{t('campaigns.comparison.title')}</Title>
          {comparison.isError && <QueryErrorAlert error={comparison.error} />}
          {comparison.data && (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" data-testid="channel-charts">
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('campaigns.comparison.people')}
                </Text>
                <BarChart
                  h={260}
                  data={chart}
                  dataKey="channel"
                  series={[{ name: 'people', label: t('campaigns.fields.peopleReached'), color: 'blue.6' }]}
                  valueFormatter={(value) => formatNumber(value, language)}
                />
              </Stack>
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('campaigns.comparison.costPerPerson')}
                </Text>
                <BarChart
                  h={260}
                  data={chart}
                  dataKey="channel"
                  series={[{ name: 'costPerPerson', label: t('campaigns.fields.costPerPerson'), color: 'orange.6' }]}
                  valueFormatter={(value) => formatRupiah(value, language)}
                />
              </Stack>
            </SimpleGrid>
          )}
          {comparison.data && (
            <Table striped data-testid="channel-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('campaigns.fields.channel')}</Table.Th>
                  <Table.Th ta="right">{t('campaigns.comparison.campaigns')}</Table.Th>
                  <Table.Th ta="right">{t('campaigns.fields.peopleReached')}</Table.Th>
                  <Table.Th ta="right">{t('campaigns.comparison.share')}</Table.Th>
                  <Table.Th ta="right">{t('campaigns.comparison.cost')}</Table.Th>
                  <Table.Th ta="right">{t('campaigns.fields.costPerPerson')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {comparison.data.items.map((row) => (
                  <Table.Tr key={row.channel} data-testid="channel-row" data-channel={row.channel}>
                    <Table.Td>{t(`campaigns.channels.${row.channel}`)}</Table.Td>
                    <Table.Td ta="right">{row.campaigns}</Table.Td>
                    <Table.Td ta="right">{formatNumber(row.peopleReached, language)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(row.shareOfReach * 100, language, 1)}%</Table.Td>
                    <Table.Td ta="right">{formatRupiah(row.costIdr, language)}</Table.Td>
                    <Table.Td ta="right">{formatRupiah(row.costPerPersonIdr, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group align="flex-end" gap="sm" justify="space-between" wrap="wrap">
            <Group align="flex-end" gap="sm">
              <Select
                w={220}
                label={t('campaigns.fields.channel')}
                placeholder={t('campaigns.allChannels')}
                data={CAMPAIGN_CHANNELS.map((value) => ({ value, label: t(`campaigns.channels.${value}`) }))}
                value={query.channel ?? null}
                onChange={(value) => set('channel', value)}
                clearable
                data-testid="campaign-filter-channel"
              />
              <TextInput
                w={160}
                type="date"
                label={t('activities.filters.from')}
                value={query.from ?? ''}
                onChange={(e) => set('from', e.currentTarget.value || null)}
              />
              <TextInput
                w={160}
                type="date"
                label={t('activities.filters.to')}
                value={query.to ?? ''}
                onChange={(e) => set('to', e.currentTarget.value || null)}
              />
            </Group>
            <Anchor
              href={buildUrl('/api/v1', '/campaigns/export', { ...query, format: 'xlsx' })}
              size="sm"
              data-testid="campaigns-export"
            >
              <Group gap={4}>
                <IconFileSpreadsheet size={16} aria-hidden />
                {t('activities.export.xlsx')}
              </Group>
            </Anchor>
          </Group>
          {list.isPending && <LoadingState />}
          {list.isError && <QueryErrorAlert error={list.error} />}
          {list.data && list.data.items.length === 0 && (
            <Text c="dimmed" ta="center" py="lg">
              {t('campaigns.empty')}
            </Text>
          )}
          {list.data && list.data.items.length > 0 && (
            <Table.ScrollContainer minWidth={900}>
              <Table striped highlightOnHover data-testid="campaign-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('campaigns.fields.title')}</Table.Th>
                    <Table.Th>{t('campaigns.fields.channel')}</Table.Th>
                    <Table.Th>{t('activities.fields.period')}</Table.Th>
                    <Table.Th>{t('activities.fields.province')}</Table.Th>
                    <Table.Th ta="right">{t('campaigns.fields.peopleReached')}</Table.Th>
                    <Table.Th ta="right">{t('campaigns.comparison.cost')}</Table.Th>
                    <Table.Th ta="right">{t('campaigns.fields.costPerPerson')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((item) => (
                    <Table.Tr key={item.id} data-testid="campaign-row">
                      <Table.Td>
                        <Anchor component={Link} to={`/activities/${item.id}?tab=campaign`} size="sm">
                          {item.title}
                        </Anchor>
                        {item.status !== 'held' && (
                          <Badge ml={6} size="xs" variant="outline">
                            {t(`activities.statuses.${item.status}`)}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{t(`campaigns.channels.${item.channel}`)}</Table.Td>
                      <Table.Td>{formatPeriod(item.startsOn, item.endsOn, language)}</Table.Td>
                      <Table.Td>{item.provinceName}</Table.Td>
                      <Table.Td ta="right">{formatNumber(item.peopleReached, language)}</Table.Td>
                      <Table.Td ta="right">{formatRupiah(item.costIdr, language)}</Table.Td>
                      <Table.Td ta="right">{formatRupiah(item.costPerPersonIdr, language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Paper>
      <Modal opened={isCreating} onClose={() => setIsCreating(false)} title={t('campaigns.create')} size="xl" centered>
        <CampaignForm
          campaign={null}
          defaultOrganiserId={me.institutionId}
          onDone={(id) => {
            setIsCreating(false);
            void navigate(`/activities/${id}?tab=campaign`);
          }}
          onCancel={() => setIsCreating(false)}
        />
      </Modal>
    </Stack>
  );
}
