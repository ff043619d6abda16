import type { ActivityDetail } from '@atensi/contracts';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconCheck, IconPencil } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import type { Tagged } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { withParams } from '../../lib/search-params';
import { useCanAt } from '../auth/current-user';
import { ActivityFormModal } from './ActivityFormModal';
import { KindBadge, StatusBadge } from './ActivityTable';
import { useActivity, useUpdateActivity } from './activities.api';
import { formatPeriod, formatRupiah } from './activity-labels';
import { BimtekTab } from './BimtekTab';
import { DocumentsTab } from './DocumentsTab';
import { FollowUpTab } from './FollowUpTab';
import { ParticipantsTab } from './ParticipantsTab';
import { SupervisionTab } from './SupervisionTab';

const CampaignTab = lazy(() => import('../campaigns/CampaignTab').then((module) => ({ default: module.CampaignTab })));

const tabs = ['overview', 'participants', 'followUp', 'documents', 'bimtek', 'supervision', 'campaign'] as const;
type Tab = (typeof tabs)[number];

/** One activity: what, when, where, who organised it, participants, documents, outcomes and follow-up. */
export function ActivityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useActivity(id);
  useDocumentTitle(t('app.documentTitle', { page: query.data?.data.title ?? t('activities.title') }));
  return (
    <Stack gap="lg" maw={1400}>
      <Anchor component={Link} to="/activities" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('activities.back')}
        </Group>
      </Anchor>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <ActivityView tagged={query.data} />}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

function ActivityView({ tagged }: { tagged: Tagged<ActivityDetail> }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const activity = tagged.data;
  const canManage = useCanAt('activities:manage', activity.organiserInstitutionId);
  const markHeld = useUpdateActivity();
  const [isEditing, setIsEditing] = useState(false);
  const [searchParams, setSearchParams] = useSearchParams();
  const special: Tab | null =
    activity.kind === 'bimtek'
      ? 'bimtek'
      : activity.kind === 'supervisi'
        ? 'supervision'
        : activity.kind === 'kampanye'
          ? 'campaign'
          : null;
  const asked = searchParams.get('tab');
  const tab: Tab =
    tabs.includes(asked as Tab) &&
    (!['bimtek', 'supervision', 'campaign'].includes(asked as string) || asked === special)
      ? (asked as Tab)
      : 'overview';

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={1} data-testid="page-title">
            {activity.title}
          </Title>
          <Group gap="xs">
            <KindBadge kind={activity.kind} />
            <StatusBadge status={activity.status} />
            <Text size="sm" c="dimmed">
              {formatPeriod(activity.startsOn, activity.endsOn, language)}
            </Text>
          </Group>
        </Stack>
        {canManage && (
          <Group gap="sm">
            {activity.status === 'planned' && (
              <Button
                variant="light"
                color="teal"
                leftSection={<IconCheck size={16} aria-hidden />}
                loading={markHeld.isPending}
                onClick={() =>
                  markHeld.mutate({
                    id: activity.id,
                    etag: tagged.etag ?? `"${activity.version}"`,
                    input: { status: 'held' },
                  })
                }
                data-testid="activity-mark-held"
              >
                {t('activities.markHeld')}
              </Button>
            )}
            <Button
              variant="light"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setIsEditing(true)}
              data-testid="activity-edit"
            >
              {t('activities.edit')}
            </Button>
          </Group>
        )}
      </Group>
      {markHeld.isError && <QueryErrorAlert error={markHeld.error} />}
      <Paper withBorder radius="md">
        <Tabs
          value={tab}
          onChange={(value) =>
            setSearchParams((current) => withParams(current, { tab: value === 'overview' ? null : value }), {
              replace: true,
            })
          }
          keepMounted={false}
        >
          <Tabs.List px="sm" pt="xs">
            <Tabs.Tab value="overview" data-testid="tab-overview">
              {t('activities.tabs.overview')}
            </Tabs.Tab>
            {special && (
              <Tabs.Tab value={special} data-testid={`tab-${special}`}>
                {t(`activities.tabs.${special}`)}
              </Tabs.Tab>
            )}
            <Tabs.Tab value="participants" data-testid="tab-participants">
              {t('activities.tabs.participants', { count: activity.participantTotal })}
            </Tabs.Tab>
            <Tabs.Tab value="followUp" data-testid="tab-follow-up">
              {t('activities.tabs.followUp', { count: activity.actions.length })}
            </Tabs.Tab>
            <Tabs.Tab value="documents" data-testid="tab-documents">
              {t('activities.tabs.documents', { count: activity.documents.length })}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="overview" p="md">
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
              <Fact label={t('activities.fields.organiser')}>{activity.organiserName}</Fact>
              <Fact label={t('activities.fields.region')}>
                {activity.regionName}, {activity.provinceName}
              </Fact>
              <Fact label={t('activities.fields.venue')}>{activity.venue ?? '–'}</Fact>
              <Fact label={t('activities.fields.budget')}>{formatRupiah(activity.budgetIdr, language)}</Fact>
              <Fact label={t('activities.fields.realisedCost')}>
                {formatRupiah(activity.realisedCostIdr, language)}
              </Fact>
              <Fact label={t('activities.fields.participants')}>{activity.participantTotal}</Fact>
            </SimpleGrid>
            {activity.description && (
              <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
                {activity.description}
              </Text>
            )}
            {activity.outcomes && (
              <Stack gap={4} mt="md">
                <Text fw={600}>{t('activities.fields.outcomes')}</Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {activity.outcomes}
                </Text>
              </Stack>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="participants" p="md">
            <ParticipantsTab activity={activity} canManage={canManage} />
          </Tabs.Panel>
          <Tabs.Panel value="followUp" p="md">
            <FollowUpTab activity={activity} canManage={canManage} />
          </Tabs.Panel>
          <Tabs.Panel value="documents" p="md">
            <DocumentsTab activity={activity} canManage={canManage} />
          </Tabs.Panel>
          {special === 'bimtek' && (
            <Tabs.Panel value="bimtek" p="md">
              <BimtekTab activity={activity} canManage={canManage} />
            </Tabs.Panel>
          )}
          {special === 'supervision' && (
            <Tabs.Panel value="supervision" p="md">
              <SupervisionTab activity={activity} canManage={canManage} />
            </Tabs.Panel>
          )}
          {special === 'campaign' && (
            <Tabs.Panel value="campaign" p="md">
              <Suspense fallback={<LoadingState />}>
                <CampaignTab activityId={activity.id} canManage={canManage} />
              </Suspense>
            </Tabs.Panel>
          )}
        </Tabs>
      </Paper>
      <ActivityFormModal
        mode={isEditing ? { kind: 'edit', activity, etag: tagged.etag ?? `"${activity.version}"` } : null}
        onClose={() => setIsEditing(false)}
        onSaved={() => setIsEditing(false)}
      />
    </Stack>
  );
}
