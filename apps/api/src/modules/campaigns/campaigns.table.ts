import type { CampaignChannel, TargetAudience } from '@atensi/contracts';
import { bigint, pgTable, text, uuid } from 'drizzle-orm/pg-core';

/** Mirrors migrations/0031_campaigns_surveys.sql: the campaign part of an activity of kind `kampanye`. */
export const campaigns = pgTable('campaigns', {
  activityId: uuid('activity_id').primaryKey(),
  channel: text('channel').$type<CampaignChannel>().notNull(),
  targetAudience: text('target_audience').$type<TargetAudience>().notNull(),
  audienceNote: text('audience_note'),
  audienceEstimate: bigint('audience_estimate', { mode: 'number' }),
  airings: bigint('airings', { mode: 'number' }),
  impressions: bigint('impressions', { mode: 'number' }),
  reach: bigint('reach', { mode: 'number' }),
  engagements: bigint('engagements', { mode: 'number' }),
  attendees: bigint('attendees', { mode: 'number' }),
  copiesDistributed: bigint('copies_distributed', { mode: 'number' }),
  materials: text('materials').array().notNull().default([]),
});
export type CampaignRow = typeof campaigns.$inferSelect;
