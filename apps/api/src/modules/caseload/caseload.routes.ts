import { Caseload, IdParams } from '@atensi/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/auth/actor.js';
import { type CaseloadContext, getCaseload } from './caseload.service.js';

export const caseloadRoutes: FastifyPluginAsyncZod<{ context: CaseloadContext }> = async (app, { context }) => {
  app.get(
    '/institutions/:id/caseload',
    {
      config: { policy: 'workforce:read' },
      schema: {
        tags: ['workforce'],
        summary: 'Caseload of an institution against the staffing norms, per profession and per worker',
        description:
          'Running cases (intake to reintegration) per profession against the norm (default: 1 social worker per ' +
          '7 clients, 1 addiction counsellor per 10; `CASELOAD_CLIENTS_PER_SOCIAL_WORKER`, ' +
          '`CASELOAD_CLIENTS_PER_COUNSELLOR`), and per worker with their aftercare cases. Counts only.',
        params: IdParams,
        response: { 200: Caseload },
      },
    },
    async (request) => getCaseload(context, actorOf(request), request.params.id),
  );
};
