import { ScreeningReport, ScreeningReportQuery } from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/auth/actor.js';
import { type ReportsContext, screeningReport } from './reports.service.js';

export const reportsRoutes: FastifyPluginAsyncZod<{ context: ReportsContext }> = async (app, { context }) => {
  app.get(
    '/reports/screenings',
    {
      config: { policy: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary: 'Screenings of a period by routing risk, per month, institution, province or substance group',
        description:
          'From the reporting views `screening_facts` and `screening_substance_facts` (migration 0012), within ' +
          'the caller’s scope. Counts of 1 to 4 are suppressed (`null`). Up to 60 months.',
        querystring: ScreeningReportQuery,
        response: { 200: ScreeningReport },
      },
    },
    async (request) => screeningReport(context, actorOf(request), request.query),
  );
};
