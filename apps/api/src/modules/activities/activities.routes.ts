import {
  Activity,
  ActivityChildParams,
  ActivityDetail,
  ActivityExportQuery,
  ActivityList,
  ActivityListQuery,
  ActivityReport,
  ActivityReportExportQuery,
  ActivityReportQuery,
  AddParticipantInput,
  CreateActivityInput,
  HeadcountsInput,
  IdParams,
  UpdateActivityInput,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, callerOf } from '../../platform/auth/actor.js';
import { expectedVersion, setEtag } from '../../platform/db/concurrency.js';
import { sendTable } from '../../platform/table-export.js';
import type { ActivitiesContext } from './activities.context.js';
import { ACTIVITY_COLUMNS, REPORT_COLUMNS } from './activities.export.js';
import { reportActivities } from './activities.report.js';
import { createActivity, getActivity, listActivities, updateActivity } from './activities.service.js';
import { followUpRoutes } from './follow-up.routes.js';
import { addParticipant, removeParticipant, setHeadcounts } from './participants.service.js';
import { supervisionRoutes } from './supervision.routes.js';
import { trainingRoutes } from './training.routes.js';

const tags = ['activities'];
const Download = z.string().meta({ description: 'CSV (UTF-8 with BOM) or XLSX' });
const produces = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** The Directorate's indirect services: activities of the seven kinds, and (below) their follow-up, bimtek and supervision. */
export const activitiesRoutes: FastifyPluginAsyncZod<{ context: ActivitiesContext }> = async (app, { context }) => {
  app.get(
    '/activities',
    {
      config: { policy: 'activities:read' },
      schema: {
        tags,
        summary: 'Activities within the caller’s scope (calendar and list)',
        description:
          'Filters by kind, status, period (`from`/`to` overlap), organiser and province. Non-national roles see the ' +
          'activities that involve their scope: organised there, a participant, a visit or an action there.',
        querystring: ActivityListQuery,
        response: { 200: ActivityList },
      },
    },
    async (request) => listActivities(context, actorOf(request), request.query),
  );

  app.get(
    '/activities/export',
    {
      config: { policy: 'activities:read' },
      schema: {
        tags,
        summary: 'The activity list (same filters) as Excel or CSV',
        querystring: ActivityExportQuery,
        produces,
        response: { 200: Download },
      },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      // The whole filtered list, not a page (an export is for the spreadsheet, up to 20,000 rows).
      const { items } = await listActivities(context, actorOf(request), { ...filter, limit: 20_000, offset: 0 });
      return sendTable(reply, 'kegiatan', format, ACTIVITY_COLUMNS, items);
    },
  );

  app.get(
    '/activities/report',
    {
      config: { policy: 'activities:read' },
      schema: {
        tags,
        summary: 'Activities counted by kind, month, organiser and region',
        description:
          '`by` picks the dimensions (comma-separated `kind,month,organiser,region`; region is the province). Each ' +
          'row counts activities, those held, participants (named who attended plus headcounts), budget and cost.',
        querystring: ActivityReportQuery,
        response: { 200: ActivityReport },
      },
    },
    async (request) => reportActivities(context, actorOf(request), request.query),
  );

  app.get(
    '/activities/report/export',
    {
      config: { policy: 'activities:read' },
      schema: {
        tags,
        summary: 'The activity report (same dimensions and filters) as Excel or CSV',
        querystring: ActivityReportExportQuery,
        produces,
        response: { 200: Download },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await reportActivities(context, actorOf(request), query);
      return sendTable(reply, 'laporan-kegiatan', format, REPORT_COLUMNS, report.rows);
    },
  );

  app.post(
    '/activities',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Record an activity: bimtek, policy reflection, guideline, coordination meeting or advocacy',
        description:
          'Campaigns are recorded with POST /campaigns and supervision visits with POST /supervision-visits. A ' +
          'Balai/Loka manager records only activities their own unit organises.',
        body: CreateActivityInput,
        response: { 201: Activity },
      },
    },
    async (request, reply) => {
      const activity = await createActivity(context, callerOf(request), request.body);
      setEtag(reply, activity.version);
      return reply.code(201).header('location', `/api/v1/activities/${activity.id}`).send(activity);
    },
  );

  app.get(
    '/activities/:id',
    {
      config: { policy: 'activities:read' },
      schema: {
        tags,
        summary: 'One activity with participants, headcounts, documents and follow-up actions',
        params: IdParams,
        response: { 200: ActivityDetail },
      },
    },
    async (request, reply) => {
      const activity = await getActivity(context, actorOf(request), request.params.id);
      setEtag(reply, activity.version);
      return activity;
    },
  );

  app.patch(
    '/activities/:id',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Edit an activity (If-Match): dates, status, place, budget and cost, outcomes',
        params: IdParams,
        body: UpdateActivityInput,
        response: { 200: Activity },
      },
    },
    async (request, reply) => {
      const activity = await updateActivity(
        context,
        callerOf(request),
        request.params.id,
        expectedVersion(request),
        request.body,
      );
      setEtag(reply, activity.version);
      return activity;
    },
  );

  app.post(
    '/activities/:id/participants',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Add a participant: a staff member of the registry or an external person with an origin',
        params: IdParams,
        body: AddParticipantInput,
        response: { 201: ActivityDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addParticipant(context, callerOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/activities/:id/participants/:childId',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Remove a participant entered by mistake (not one holding a certificate)',
        params: ActivityChildParams,
        response: { 200: ActivityDetail },
      },
    },
    async (request) => removeParticipant(context, callerOf(request), request.params.id, request.params.childId),
  );

  app.put(
    '/activities/:id/headcounts',
    {
      config: { policy: 'activities:manage' },
      schema: {
        tags,
        summary: 'Set the attendees counted without names, by origin (added to the named participants)',
        params: IdParams,
        body: HeadcountsInput,
        response: { 200: ActivityDetail },
      },
    },
    async (request) => setHeadcounts(context, callerOf(request), request.params.id, request.body),
  );

  await app.register(followUpRoutes, { context });
  await app.register(trainingRoutes, { context });
  await app.register(supervisionRoutes, { context });
};
