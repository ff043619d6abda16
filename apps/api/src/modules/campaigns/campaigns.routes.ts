import {
  Campaign,
  CampaignExportQuery,
  CampaignList,
  CampaignListQuery,
  ChannelComparison,
  CreateCampaignInput,
  IdParams,
  UpdateCampaignInput,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import { type ExportColumn, sendTable } from '../../platform/table-export.js';
import type { ActivitiesContext } from '../activities/index.js';
import { compareChannels, createCampaign, getCampaign, listCampaigns, updateCampaign } from './campaigns.service.js';

const tags = ['campaigns'];

const COLUMNS: ExportColumn<Campaign>[] = [
  { header: 'judul', width: 44, value: (row) => row.title },
  { header: 'saluran', width: 14, value: (row) => row.channel },
  { header: 'sasaran', width: 16, value: (row) => row.targetAudience },
  { header: 'status', width: 10, value: (row) => row.status },
  { header: 'mulai', width: 12, value: (row) => row.startsOn },
  { header: 'selesai', width: 12, value: (row) => row.endsOn },
  { header: 'penyelenggara', width: 36, value: (row) => row.organiserName },
  { header: 'provinsi', width: 24, value: (row) => row.provinceName },
  { header: 'perkiraan_pemirsa', width: 14, value: (row) => row.metrics.audienceEstimate ?? null },
  { header: 'tayangan', width: 10, value: (row) => row.metrics.airings ?? null },
  { header: 'impresi', width: 12, value: (row) => row.metrics.impressions ?? null },
  { header: 'jangkauan_unik', width: 12, value: (row) => row.metrics.reach ?? null },
  { header: 'interaksi', width: 12, value: (row) => row.metrics.engagements ?? null },
  { header: 'hadirin', width: 10, value: (row) => row.metrics.attendees ?? null },
  { header: 'eksemplar', width: 10, value: (row) => row.metrics.copiesDistributed ?? null },
  { header: 'orang_terjangkau', width: 14, value: (row) => row.peopleReached },
  { header: 'biaya_idr', width: 16, value: (row) => row.costIdr },
  { header: 'biaya_per_orang_idr', width: 14, value: (row) => row.costPerPersonIdr },
];

/** Prevention campaigns: the registry, one campaign, channel comparison, export. */
export const campaignsRoutes: FastifyPluginAsyncZod<{ context: ActivitiesContext }> = async (app, { context }) => {
  app.get(
    '/campaigns',
    {
      config: { policy: 'activities:read' },
      schema: {
        tags,
        summary: 'Campaigns within scope, with people reached and cost per person reached',
        querystring: CampaignListQuery,
        response: { 200: CampaignList },
      },
    },
    async (request) => listCampaigns(context, actorOf(request), request.query),
  );

  app.get(
    '/campaigns/channels',
    {
      config: { policy: 'activities:read' },
      schema: {
        tags,
        summary: 'Channels compared: campaigns, people reached, cost, cost per person, share of reach',
        querystring: CampaignListQuery,
        response: { 200: ChannelComparison },
      },
    },
    async (request) => compareChannels(context, actorOf(request), request.query),
  );

  app.get(
    '/campaigns/export',
    {
      config: { policy: 'activities:read' },
      schema: {
        tags,
        summary: 'The campaign registry (same filters) as Excel or CSV',
        querystring: CampaignExportQuery,
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: z.string().meta({ description: 'CSV (UTF-8 with BOM) or XLSX' }) },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const { items } = await listCampaigns(context, actorOf(request), query);
      return sendTable(reply, 'kampanye', format, COLUMNS, items);
    },
  );

  app.post(
    '/campaigns',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Record a prevention campaign (an activity of kind kampanye)',
        description:
          'Reach metrics must fit the channel (`CHANNEL_METRICS`): audience and airings for TV and radio, ' +
          'impressions, unique reach and engagements for social media, copies for print, attendees (and a ' +
          'broadcast audience) for talkshows, arts and culture, concerts and films.',
        body: CreateCampaignInput,
        response: { 201: Campaign },
      },
    },
    async (request, reply) => {
      const campaign = await createCampaign(context, callerOf(request), request.body);
      setEtag(reply, campaign.version);
      return reply.code(201).header('location', `/api/v1/campaigns/${campaign.id}`).send(campaign);
    },
  );

  app.get(
    '/campaigns/:id',
    {
      config: { policy: 'activities:read' },
      schema: { tags, summary: 'One campaign', params: IdParams, response: { 200: Campaign } },
    },
    async (request, reply) => {
      const campaign = await getCampaign(context, actorOf(request), request.params.id);
      setEtag(reply, campaign.version);
      return campaign;
    },
  );

  app.patch(
    '/campaigns/:id',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Edit a campaign (If-Match): reach, cost, materials, status...',
        params: IdParams,
        body: UpdateCampaignInput,
        response: { 200: Campaign },
      },
    },
    async (request, reply) => {
      const campaign = await updateCampaign(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, campaign.version);
      return campaign;
    },
  );
};
