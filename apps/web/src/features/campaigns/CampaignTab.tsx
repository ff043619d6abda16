import { Badge, Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useLanguage } from '../../lib/i18n/use-language';
import { formatNumber, formatRupiah } from '../activities/activity-labels';
import { CampaignForm } from './CampaignForm';
import { useCampaign } from './campaigns.api';

/** A campaign's channel, audience, reach and cost per person reached, on its activity page. */
export function CampaignTab({ activityId, canManage }: { activityId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const query = useCampaign(activityId);
  const [isEditing, setIsEditing] = useState(false);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <QueryErrorAlert error={query.error} />;
  const campaign = query.data.data;
  return (
    <Stack gap="md" data-testid="campaign-tab">
      <Group gap="xs">
        <Badge>{t(`campaigns.channels.${campaign.channel}`)}</Badge>
        <Badge variant="outline">{t(`campaigns.audiences.${campaign.targetAudience}`)}</Badge>
        {campaign.audienceNote && <Text size="sm">{campaign.audienceNote}</Text>}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {Object.entries(campaign.metrics).map(([metric, value]) => (
          <Stack key={metric} gap={0}>
            <Text size="xs" c="dimmed">
              {t(`campaigns.metrics.${metric as 'reach'}`)}
            </Text>
            <Text fw={600}>{formatNumber(value, language)}</Text>
          </Stack>
        ))}
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('campaigns.fields.peopleReached')}
          </Text>
          <Text fw={700} data-testid="campaign-people">
            {formatNumber(campaign.peopleReached, language)}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('campaigns.fields.costPerPerson')}
          </Text>
          <Text fw={700} data-testid="campaign-cost-per-person">
            {formatRupiah(campaign.costPerPersonIdr, language)}
          </Text>
        </Stack>
      </SimpleGrid>
      {campaign.materials.length > 0 && (
        <Text size="sm">
          {t('campaigns.fields.materials')}: {campaign.materials.join('; ')}
        </Text>
      )}
      {canManage && (
        <Group>
          <Button variant="light" onClick={() => setIsEditing(true)} data-testid="campaign-edit">
            {t('campaigns.edit')}
          </Button>
        </Group>
      )}
      <Modal opened={isEditing} onClose={() => setIsEditing(false)} title={t('campaigns.edit')} size="xl" centered>
        <CampaignForm
          campaign={campaign}
          etag={query.data.etag}
          defaultOrganiserId={null}
          onDone={() => setIsEditing(false)}
          onCancel={() => setIsEditing(false)}
        />
      </Modal>
    </Stack>
  );
}
