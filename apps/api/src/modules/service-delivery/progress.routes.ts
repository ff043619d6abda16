import {
  CaseProgress,
  IdParams,
  ServiceSummary,
  ServiceSummaryExportQuery,
  ServiceSummaryQuery,
} from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContextOf } from '../../platform/auth/actor.js';
import type { ClientDataContext } from '../beneficiaries/index.js';
import { readCaseProgress } from './progress.service.js';
import { serviceSummaryCsv, serviceSummaryXlsx } from './service-summary.export.js';
import { readServiceSummary } from './service-summary.service.js';

export const progressRoutes: FastifyPluginAsyncZod<{ context: ClientDataContext }> = async (app, { context }) => {
  app.get(
    '/cases/:id/progress',
    {
      config: { policy: 'beneficiaries:read' },
      schema: {
        tags: ['services'],
        summary: 'A case’s progress: planned against delivered per component and service, goals, stays (audited)',
        description:
          'Planned occurrences come from the active plan (or the latest revision before one is active): so many a ' +
          'week or month over the plan’s days, or a total. Delivered: services attended since the plan’s start.',
        params: IdParams,
        response: { 200: CaseProgress },
      },
    },
    async (request) => readCaseProgress(context, actorOf(request), request.params.id, auditContextOf(request)),
  );

  app.get(
    '/institutions/:id/service-summary',
    {
      config: { policy: 'services:summary' },
      schema: {
        tags: ['services'],
        summary: 'An institution’s services per component per month, occupancy and bed days (aggregates)',
        description:
          'At most 24 months (default: the last six). Counts of 1 to 4 people are suppressed (null) for viewers ' +
          'without access to client records.',
        params: IdParams,
        querystring: ServiceSummaryQuery,
        response: { 200: ServiceSummary },
      },
    },
    async (request) => readServiceSummary(context, actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/institutions/:id/service-summary/export',
    {
      config: { policy: 'services:summary' },
      schema: {
        tags: ['services'],
        summary: 'The service summary as CSV or Excel (services per month and component; occupancy in Excel)',
        params: IdParams,
        querystring: ServiceSummaryExportQuery,
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: z.string().meta({ description: 'CSV (UTF-8 with BOM) or XLSX' }) },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const summary = await readServiceSummary(context, actorOf(request), request.params.id, query);
      const name = `atensi-layanan-${summary.from}-${summary.to}.${format}`;
      void reply.header('content-disposition', `attachment; filename="${name}"`);
      if (format === 'xlsx') {
        void reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        // Binary: the schema's string documents the body; it is sent as is.
        return reply.send((await serviceSummaryXlsx(summary)) as unknown as string);
      }
      return reply.type('text/csv; charset=utf-8').send(serviceSummaryCsv(summary));
    },
  );
};
