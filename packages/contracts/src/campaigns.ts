import { z } from 'zod';
import { Activity, ActivityFieldsInput, ActivityStatus, ExportFormat } from './activities.js';
import { IsoDate } from './atensi.js';

// Prevention campaigns (kampanye pencegahan): an activity of kind `kampanye` with a channel, an audience and the
// reach metrics that fit the channel (seed 000: TV, social media, banners/brochures/pamphlets, talkshows, arts and
// culture, anti-drug concerts, films and advertisements).

export const CampaignChannel = z.enum([
  'tv',
  'social_media',
  'print',
  'radio',
  'talkshow',
  'arts_culture',
  'concert',
  'film',
  'advertisement',
  'other',
]);
export type CampaignChannel = z.infer<typeof CampaignChannel>;
export const CAMPAIGN_CHANNELS = CampaignChannel.options;

export const TargetAudience = z.enum([
  'students',
  'youth',
  'parents',
  'workers',
  'general_public',
  'community_leaders',
  'high_risk_groups',
  'other',
]);
export type TargetAudience = z.infer<typeof TargetAudience>;

export const ReachMetric = z.enum([
  'audienceEstimate',
  'airings',
  'impressions',
  'reach',
  'engagements',
  'attendees',
  'copiesDistributed',
]);
export type ReachMetric = z.infer<typeof ReachMetric>;

/** The metrics a channel may record (`channel-metrics.ts` holds which of them count people). */
export const CHANNEL_METRICS: Record<CampaignChannel, readonly ReachMetric[]> = {
  tv: ['audienceEstimate', 'airings'],
  radio: ['audienceEstimate', 'airings'],
  social_media: ['impressions', 'reach', 'engagements'],
  advertisement: ['impressions', 'reach', 'airings'],
  print: ['copiesDistributed'],
  talkshow: ['attendees', 'audienceEstimate', 'airings'],
  arts_culture: ['attendees', 'audienceEstimate'],
  concert: ['attendees', 'audienceEstimate'],
  film: ['attendees', 'audienceEstimate', 'airings'],
  other: ['audienceEstimate', 'airings', 'impressions', 'reach', 'engagements', 'attendees', 'copiesDistributed'],
};

const Count = z.number().int().min(0).max(10_000_000_000);
export const ReachMetrics = z
  .object({
    audienceEstimate: Count.nullable().optional().meta({ description: 'Estimated viewers or listeners' }),
    airings: Count.nullable().optional().meta({ description: 'Spots or broadcasts aired' }),
    impressions: Count.nullable().optional(),
    reach: Count.nullable().optional().meta({ description: 'Unique accounts reached' }),
    engagements: Count.nullable().optional().meta({ description: 'Likes, shares, comments' }),
    attendees: Count.nullable().optional(),
    copiesDistributed: Count.nullable().optional().meta({ description: 'Banners, brochures, pamphlets handed out' }),
  })
  .strict();
export type ReachMetrics = z.infer<typeof ReachMetrics>;

const campaignFields = {
  channel: CampaignChannel,
  targetAudience: TargetAudience,
  audienceNote: z.string().trim().max(500).nullable().optional(),
  metrics: ReachMetrics.default({}),
  materials: z.array(z.string().trim().min(2).max(200)).max(50).default([]),
};

export const CreateCampaignInput = ActivityFieldsInput.extend(campaignFields).strict();
export type CreateCampaignInput = z.infer<typeof CreateCampaignInput>;

// Without the create's defaults: a PATCH that leaves out metrics or materials keeps them.
export const UpdateCampaignInput = ActivityFieldsInput.omit({ organiserInstitutionId: true, status: true })
  .extend({
    ...campaignFields,
    status: ActivityStatus,
    metrics: ReachMetrics,
    materials: z.array(z.string().trim().min(2).max(200)).max(50),
  })
  .partial()
  .strict();
export type UpdateCampaignInput = z.infer<typeof UpdateCampaignInput>;

export const Campaign = Activity.extend({
  channel: CampaignChannel,
  targetAudience: TargetAudience,
  audienceNote: z.string().nullable(),
  metrics: z.partialRecord(ReachMetric, z.number().int()),
  materials: z.array(z.string()),
  peopleReached: z.number().int().nullable().meta({ description: 'From the channel’s people-counting metrics' }),
  costIdr: z.number().int().nullable().meta({ description: 'The realised cost, or the budget while none' }),
  costPerPersonIdr: z.number().nullable(),
}).meta({ id: 'Campaign' });
export type Campaign = z.infer<typeof Campaign>;

export const CampaignListQuery = z
  .object({
    channel: CampaignChannel.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    provinceCode: z
      .string()
      .regex(/^\d{2}$/, { error: 'region.code_format' })
      .optional(),
  })
  .strict();
export type CampaignListQuery = z.infer<typeof CampaignListQuery>;
export const CampaignList = z.object({ items: z.array(Campaign) });
export type CampaignList = z.infer<typeof CampaignList>;
export const CampaignExportQuery = CampaignListQuery.extend({ format: ExportFormat.default('xlsx') }).strict();

export const ChannelComparison = z.object({
  items: z.array(
    z.object({
      channel: CampaignChannel,
      campaigns: z.number().int(),
      peopleReached: z.number().int(),
      costIdr: z.number().int(),
      costPerPersonIdr: z.number().nullable(),
      shareOfReach: z.number().meta({ description: '0 to 1: this channel’s share of all people reached' }),
    }),
  ),
  totals: z.object({ campaigns: z.number().int(), peopleReached: z.number().int(), costIdr: z.number().int() }),
});
export type ChannelComparison = z.infer<typeof ChannelComparison>;
