import {
  CAMPAIGN_CHANNELS,
  type Campaign,
  CampaignChannel,
  CHANNEL_METRICS,
  normaliseRegionCode,
  type ReachMetric,
  TargetAudience,
} from '@atensi/contracts';
import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { serverFieldError } from '../../lib/field-errors';
import { todayInJakarta } from '../../lib/format';
import { parseWhole } from '../activities/activity-labels';
import { InstitutionSelect } from '../institutions/InstitutionSelect';
import { type RegionPick, RegionSelect } from '../regions/RegionSelect';
import { useCreateCampaign, useUpdateCampaign } from './campaigns.api';

/** A campaign's channel, audience and the reach metrics that fit its channel; creating also sets the activity. */
export function CampaignForm({
  campaign,
  etag,
  defaultOrganiserId,
  onDone,
  onCancel,
}: {
  campaign: Campaign | null;
  etag?: string | undefined;
  defaultOrganiserId: string | null;
  onDone: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  const mutation = campaign ? update : create;
  const [title, setTitle] = useState(campaign?.title ?? '');
  const [channel, setChannel] = useState<string>(campaign?.channel ?? 'social_media');
  const [audience, setAudience] = useState<string>(campaign?.targetAudience ?? 'youth');
  const [note, setNote] = useState(campaign?.audienceNote ?? '');
  const [startsOn, setStartsOn] = useState(campaign?.startsOn ?? todayInJakarta());
  const [endsOn, setEndsOn] = useState(campaign?.endsOn ?? todayInJakarta());
  const [region, setRegion] = useState<RegionPick | null>(
    campaign ? { code: campaign.regionCode, path: campaign.regionName } : null,
  );
  const [organiserId, setOrganiserId] = useState<string | null>(campaign?.organiserInstitutionId ?? defaultOrganiserId);
  const [status, setStatus] = useState<string>(campaign?.status ?? 'planned');
  const [budget, setBudget] = useState<string | number>(campaign?.budgetIdr ?? '');
  const [cost, setCost] = useState<string | number>(campaign?.realisedCostIdr ?? '');
  const [metrics, setMetrics] = useState<Partial<Record<ReachMetric, string | number>>>({
    ...(campaign?.metrics ?? {}),
  });
  const [materials, setMaterials] = useState((campaign?.materials ?? []).join('\n'));
  const allowed = CHANNEL_METRICS[CampaignChannel.parse(channel)];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (title.trim().length < 3 || !region || !organiserId) return;
    const reach = Object.fromEntries(
      allowed.flatMap((metric) => {
        const value = parseWhole(metrics[metric] ?? '');
        return value === null ? [] : [[metric, value]];
      }),
    );
    const fields = {
      title: title.trim(),
      startsOn,
      endsOn,
      status: status as Campaign['status'],
      regionCode: normaliseRegionCode(region.code),
      budgetIdr: parseWhole(budget),
      realisedCostIdr: parseWhole(cost),
      channel: CampaignChannel.parse(channel),
      targetAudience: TargetAudience.parse(audience),
      audienceNote: note.trim() || null,
      metrics: reach,
      materials: materials
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length >= 2),
    };
    if (campaign)
      update.mutate(
        { id: campaign.id, etag: etag ?? `"${campaign.version}"`, input: fields },
        { onSuccess: () => onDone(campaign.id) },
      );
    else
      create.mutate({ ...fields, organiserInstitutionId: organiserId }, { onSuccess: (created) => onDone(created.id) });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="campaign-form">
      <Stack gap="sm">
        {mutation.isError && <QueryErrorAlert error={mutation.error} />}
        <TextInput
          label={t('campaigns.fields.title')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          required
          data-testid="campaign-title"
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('campaigns.fields.channel')}
            data={CAMPAIGN_CHANNELS.map((value) => ({ value, label: t(`campaigns.channels.${value}`) }))}
            value={channel}
            onChange={(value) => value && setChannel(value)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="campaign-channel"
          />
          <Select
            label={t('campaigns.fields.audience')}
            data={TargetAudience.options.map((value) => ({ value, label: t(`campaigns.audiences.${value}`) }))}
            value={audience}
            onChange={(value) => value && setAudience(value)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('activities.fields.status')}
            data={['planned', 'held', 'cancelled'].map((value) => ({
              value,
              label: t(`activities.statuses.${value as 'held'}`),
            }))}
            value={status}
            onChange={(value) => value && setStatus(value)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            type="date"
            label={t('activities.fields.startsOn')}
            value={startsOn}
            onChange={(event) => setStartsOn(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('activities.fields.endsOn')}
            value={endsOn}
            onChange={(event) => setEndsOn(event.currentTarget.value)}
            error={serverFieldError(mutation.error, 'endsOn')}
          />
          <RegionSelect
            label={t('activities.fields.region')}
            value={region}
            onChange={setRegion}
            levels={['province', 'regency']}
            placeholder={t('activities.form.regionPlaceholder')}
            required
            testId="campaign-region"
          />
        </SimpleGrid>
        {!campaign && (
          <InstitutionSelect
            label={t('activities.fields.organiser')}
            value={organiserId}
            onChange={setOrganiserId}
            types={['direktorat', 'balai', 'loka']}
            required
            error={serverFieldError(mutation.error, 'organiserInstitutionId')}
            testId="campaign-organiser"
          />
        )}
        <TextInput
          label={t('campaigns.fields.audienceNote')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Text size="sm" fw={600}>
          {t('campaigns.fields.reach')}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {allowed.map((metric) => (
            <NumberInput
              key={metric}
              label={t(`campaigns.metrics.${metric}`)}
              value={metrics[metric] ?? ''}
              onChange={(value) => setMetrics((current) => ({ ...current, [metric]: value }))}
              min={0}
              thousandSeparator="."
              decimalSeparator=","
              error={serverFieldError(mutation.error, `metrics.${metric}`)}
              data-testid={`campaign-metric-${metric}`}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('activities.fields.budget')}
            value={budget}
            onChange={setBudget}
            min={0}
            thousandSeparator="."
            decimalSeparator=","
            prefix="Rp "
          />
          <NumberInput
            label={t('activities.fields.realisedCost')}
            value={cost}
            onChange={setCost}
            min={0}
            thousandSeparator="."
            decimalSeparator=","
            prefix="Rp "
            data-testid="campaign-cost"
          />
        </SimpleGrid>
        <Textarea
          label={t('campaigns.fields.materials')}
          description={t('campaigns.fields.materialsHint')}
          value={materials}
          onChange={(event) => setMaterials(event.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="campaign-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
