import {
  CAMPAIGN_CHANNELS,
  type Campaign,
  type CampaignList,
  type CampaignListQuery,
  type ChannelComparison,
  type CreateCampaignInput,
  type ReachMetric,
  type ReachMetrics,
  type UpdateCampaignInput,
} from '@atensi/contracts';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor, Caller } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, invalidField } from '../../platform/http/app-error.js';
import {
  type ActivitiesContext,
  type ActivityRow,
  activities,
  activityVisible,
  insertActivityRecord,
  presentActivities,
  scopeFor,
  updateActivityRecord,
} from '../activities/index.js';
import { type CampaignRow, campaigns } from './campaigns.table.js';
import { costPerPerson, misfitMetrics, peopleReached } from './channel-metrics.js';

const METRIC_COLUMNS: Record<ReachMetric, keyof CampaignRow> = {
  audienceEstimate: 'audienceEstimate',
  airings: 'airings',
  impressions: 'impressions',
  reach: 'reach',
  engagements: 'engagements',
  attendees: 'attendees',
  copiesDistributed: 'copiesDistributed',
};

function metricsOf(row: CampaignRow): Partial<Record<ReachMetric, number>> {
  const metrics: Partial<Record<ReachMetric, number>> = {};
  for (const [metric, column] of Object.entries(METRIC_COLUMNS) as [ReachMetric, keyof CampaignRow][]) {
    const value = row[column];
    if (typeof value === 'number') metrics[metric] = value;
  }
  return metrics;
}

function metricColumns(metrics: ReachMetrics): Partial<CampaignRow> {
  return Object.fromEntries(
    (Object.entries(METRIC_COLUMNS) as [ReachMetric, keyof CampaignRow][]).map(([metric, column]) => [
      column,
      metrics[metric] ?? null,
    ]),
  );
}

function checkMetrics(channel: CampaignRow['channel'], metrics: ReachMetrics): void {
  const [misfit] = misfitMetrics(channel, metrics);
  if (misfit) throw invalidField(`body.metrics.${misfit}`, 'campaign.metric_not_for_channel', { channel });
}

async function present(db: Db, rows: { activity: ActivityRow; campaign: CampaignRow }[]): Promise<Campaign[]> {
  const presented = await presentActivities(
    db,
    rows.map((row) => row.activity),
  );
  return presented.map((activity, index) => {
    const campaign = (rows[index] as { campaign: CampaignRow }).campaign;
    const metrics = metricsOf(campaign);
    const people = peopleReached(campaign.channel, metrics);
    const cost = activity.realisedCostIdr ?? activity.budgetIdr;
    return {
      ...activity,
      channel: campaign.channel,
      targetAudience: campaign.targetAudience,
      audienceNote: campaign.audienceNote,
      metrics,
      materials: campaign.materials,
      peopleReached: people,
      costIdr: cost,
      costPerPersonIdr: costPerPerson(cost, people),
    };
  });
}

async function findCampaignRows(db: Db, conditions: SQL[]) {
  return db
    .select({ activity: activities, campaign: campaigns })
    .from(campaigns)
    .innerJoin(activities, eq(activities.id, campaigns.activityId))
    .where(and(...conditions))
    .orderBy(desc(activities.startsOn), desc(activities.id))
    .limit(20_000);
}

function listConditions(scope: Parameters<typeof activityVisible>[0], query: CampaignListQuery): SQL[] {
  const conditions: SQL[] = [activityVisible(scope)];
  if (query.channel) conditions.push(eq(campaigns.channel, query.channel));
  if (query.from) conditions.push(sql`${activities.endsOn} >= ${query.from}`);
  if (query.to) conditions.push(sql`${activities.startsOn} <= ${query.to}`);
  if (query.provinceCode) conditions.push(sql`left(${activities.regionCode}, 2) = ${query.provinceCode}`);
  return conditions;
}

export async function listCampaigns(
  context: ActivitiesContext,
  actor: Actor,
  query: CampaignListQuery,
): Promise<CampaignList> {
  authorize(actor, 'activities:read');
  const scope = await scopeFor(context, actor);
  return { items: await present(context.db, await findCampaignRows(context.db, listConditions(scope, query))) };
}

export async function getCampaign(context: ActivitiesContext, actor: Actor, id: string): Promise<Campaign> {
  authorize(actor, 'activities:read');
  const scope = await scopeFor(context, actor);
  const [row] = await findCampaignRows(context.db, [activityVisible(scope), eq(activities.id, id)]);
  if (!row) throw new AppError('not_found');
  const [campaign] = await present(context.db, [row]);
  if (!campaign) throw new Error('present lost a row');
  return campaign;
}

/** Records a prevention campaign: the activity (kind `kampanye`) and its channel, audience, reach and materials. */
export async function createCampaign(
  context: ActivitiesContext,
  caller: Caller,
  input: CreateCampaignInput,
): Promise<Campaign> {
  authorize(caller.actor, 'activities:manage');
  const { channel, targetAudience, audienceNote, metrics, materials, ...fields } = input;
  checkMetrics(channel, metrics);
  const scope = await scopeFor(context, caller.actor);
  const id = await context.db.transaction(async (tx) => {
    const activity = await insertActivityRecord(tx, caller, scope, 'kampanye', fields);
    await tx.insert(campaigns).values({
      activityId: activity.id,
      channel,
      targetAudience,
      audienceNote: audienceNote ?? null,
      materials,
      ...metricColumns(metrics),
    });
    return activity.id;
  });
  return getCampaign(context, caller.actor, id);
}

/** Edits a campaign (If-Match on its activity's version); `metrics` given replaces the recorded ones whole. */
export async function updateCampaign(
  context: ActivitiesContext,
  caller: Caller,
  id: string,
  expected: number,
  input: UpdateCampaignInput,
): Promise<Campaign> {
  authorize(caller.actor, 'activities:manage');
  const { channel, targetAudience, audienceNote, metrics, materials, ...fields } = input;
  const scope = await scopeFor(context, caller.actor);
  await context.db.transaction(async (tx) => {
    const [current] = await tx.select().from(campaigns).where(eq(campaigns.activityId, id)).for('update');
    if (!current) throw new AppError('not_found');
    await updateActivityRecord(tx, caller, scope, id, expected, fields, ['kampanye']);
    const nextChannel = channel ?? current.channel;
    checkMetrics(nextChannel, metrics ?? metricsOf(current));
    await tx
      .update(campaigns)
      .set({
        channel: nextChannel,
        ...(targetAudience ? { targetAudience } : {}),
        ...(audienceNote !== undefined ? { audienceNote } : {}),
        ...(materials ? { materials } : {}),
        ...(metrics ? metricColumns(metrics) : {}),
      })
      .where(eq(campaigns.activityId, id));
  });
  return getCampaign(context, caller.actor, id);
}

/**
 * Held campaigns' channels side by side: campaigns, people reached, cost and cost per person reached (total cost over total people
 * of the campaigns that recorded both), and each channel's share of everyone reached.
 */
export async function compareChannels(
  context: ActivitiesContext,
  actor: Actor,
  query: CampaignListQuery,
): Promise<ChannelComparison> {
  const { items } = await listCampaigns(context, actor, query);
  // Held campaigns only: a planned one has a budget but no reach yet, and would skew the cost per person.
  const live = items.filter((item) => item.status === 'held');
  const totalPeople = live.reduce((sum, item) => sum + (item.peopleReached ?? 0), 0);
  const rows = CAMPAIGN_CHANNELS.map((channel) => {
    const own = live.filter((item) => item.channel === channel);
    const people = own.reduce((sum, item) => sum + (item.peopleReached ?? 0), 0);
    const cost = own.reduce((sum, item) => sum + (item.costIdr ?? 0), 0);
    const both = own.filter((item) => item.peopleReached !== null && item.costIdr !== null);
    const bothCost = both.reduce((sum, item) => sum + (item.costIdr ?? 0), 0);
    const bothPeople = both.reduce((sum, item) => sum + (item.peopleReached ?? 0), 0);
    return {
      channel,
      campaigns: own.length,
      peopleReached: people,
      costIdr: cost,
      costPerPersonIdr: costPerPerson(both.length > 0 ? bothCost : null, bothPeople),
      shareOfReach: totalPeople === 0 ? 0 : Math.round((people / totalPeople) * 10_000) / 10_000,
    };
  }).filter((row) => row.campaigns > 0);
  return {
    items: rows,
    totals: {
      campaigns: live.length,
      peopleReached: totalPeople,
      costIdr: rows.reduce((sum, row) => sum + row.costIdr, 0),
    },
  };
}
